// The coordinator's page against a running demo node: demo token, a category picked, a circle per
// municipality with a point, the municipalities without a DAM listed as the API ranks them, English.
import { options, run, assert } from './browser.mjs';

const SHELTER = 'https://w3id.org/enlace/ns#shelter';
const opts = options();

await run('coordinator page', async (page) => {
  await page.goto(`${opts.base}/coordinator`);
  await page.waitForSelector('body[data-ready]');
  assert(await page.locator('.mexico-map path.state').count() === 32, 'the 32 states are drawn');
  await page.click('#demo-token');
  await page.waitForSelector('body[data-loaded]', { timeout: 60000 });
  await page.selectOption('#category', SHELTER);
  await page.waitForSelector(`body[data-loaded="${SHELTER}"]`, { timeout: 60000 });

  const expected = await page.evaluate(async (category) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json',
      Authorization: `Bearer ${sessionStorage.getItem('enlace.token')}` }, body: JSON.stringify({ query:
      `query ($c: [String!]!) { gaps(categories: $c, top: 50) { municipalities { code centroid { latitude } categories { services } }
        withoutDam { name } } }`, variables: { c: [category] } }) });
    const gaps = (await response.json()).data.gaps;
    return { located: gaps.municipalities.filter((m) => m.centroid).length,
      withoutDam: gaps.withoutDam.map((m) => m.name),
      served: gaps.municipalities.filter((m) => m.categories[0].services > 0).map((m) => m.code) };
  }, SHELTER);
  const circles = await page.locator('#map circle.municipality').count();
  assert(circles === expected.located, `a circle per municipality with a point: ${circles} vs ${expected.located}`);
  assert(expected.located > 2000, `the whole country's municipalities: ${expected.located}`);
  const listed = await page.locator('#without-dam tbody tr td:first-child').allTextContents();
  assert(listed.length === expected.withoutDam.length && listed.length > 0, `without-DAM rows: ${listed.length}`);
  assert(listed.join('|') === expected.withoutDam.join('|'), `listed as the API ranks them: ${listed.slice(0, 3)}`);
  const tapachula = await page.locator('#map circle[data-code="07089"]').getAttribute('fill');
  assert(expected.served.includes('07089') && tapachula === 'var(--ok)', `Tapachula has shelters: ${tapachula}`);

  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.querySelector('h1').textContent === 'Gaps of the network');
  await page.waitForSelector(`body[data-loaded="${SHELTER}"][data-loading="false"]`);
  await page.click('[data-lang="es"]');
  await page.waitForFunction(() => document.querySelector('h1').textContent === 'Brechas de la red');
  await page.waitForSelector(`body[data-loaded="${SHELTER}"][data-loading="false"]`);
}, { screenshot: opts.screenshot });
