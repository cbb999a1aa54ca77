// The console across regions, against the federation tests' nodes: the Tapachula DAM, signed in on the south
// (--base, --token), searches with "other regions too", refers a family to the centre's family shelter from its
// result through the consent form (bad input refused in place first); the shelter, signed in on the centre
// (--centre, --centre-token), sees it arrive live and accepts; the DAM's outbox shows it accepted.
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { options, run, assert, FLAGS } from './browser.mjs';

const opts = options();
const NS = 'https://w3id.org/enlace/ns#';
const CENTRE_SHELTER = 'Hospedaje para familias (demo)';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const shot = (page, name) => page.screenshot({ path: join(dirname(opts.screenshot), `console-federation-${name}.png`), fullPage: true });

async function accessible(page, where) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document,
    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, `${where}: axe found ${bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('; ')}`);
  console.log(`axe ${where}: no serious or critical violations`);
}

async function signIn(page, base, token) {
  await page.goto(`${base}/console`);
  await page.waitForSelector('body[data-ready][data-view="signin"]', { timeout: 60000 });
  await page.fill('#token', token);
  await page.click('#token-form button[type="submit"]');
  await page.waitForSelector('body[data-view="search"]');
  await page.waitForSelector('body[data-live="live"]', { timeout: 20000 });
}

const errorOf = (page, id) => page.locator(`#${id}-error`).textContent();

await run('console across regions', async (page) => {
  await signIn(page, opts.base, opts.token);
  await page.fill('#s-municipality', 'Gustavo A. Madero, Ciudad de México');
  await page.selectOption('#s-category', `${NS}shelter`);
  await page.check(`#s-documents input[value="${NS}doc-tvrh"]`);
  await page.check('#s-federated');
  await page.click('#search-form button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#search-status').textContent.includes('Otras regiones:'));
  const result = page.locator(`#search-results li.item:has(h3 a:text-is("${CENTRE_SHELTER}"))`);
  assert((await result.textContent()).includes('región centre'), 'the centre shelter is marked as another region\'s');
  assert(await page.locator('#search-results li.item button[data-refer]').count()
    === await page.locator('#search-results li.item:has-text("región centre"), #search-results li.item:has-text("región north")').count(),
  'only results of other regions offer "Canalizar" here (this region\'s go through the needs page)');
  await accessible(page, 'federated search');
  await shot(page, 'search');

  // The service page of that result offers the same action.
  await result.locator('h3 a').click();
  await page.waitForSelector('body[data-view="service"]');
  await page.waitForSelector('#service-body button[data-refer]');
  await page.goBack();
  await page.waitForSelector('body[data-view="search"]');

  const other = await chromium.launch({ executablePath: process.env.ENLACE_CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS });
  try {
    const shelter = await (await other.newContext({ viewport: { width: 1200, height: 900 }, locale: 'es-MX' })).newPage();
    const shelterErrors = [];
    shelter.on('pageerror', (e) => shelterErrors.push(e.message));
    await signIn(shelter, opts.centre, opts['centre-token']);
    await shelter.click('a[href="#inbox"]');
    await shelter.waitForSelector('body[data-view="inbox"][data-boxes]');

    await result.locator('button[data-refer]').click();
    await page.waitForSelector('body[data-view="match"] #consent-form:not([hidden])');
    assert((await page.textContent('#c-service')).includes('región centre'), 'the form says where it goes');
    assert(!(await page.isHidden('#c-remote')), 'and that the receiver is pending until that region receives it');
    assert(await page.isChecked(`#n-categories input[value="${NS}shelter"]`), 'the need comes from the search: category');
    assert(await page.isChecked(`#n-documents input[value="${NS}doc-tvrh"]`), 'documents held');
    assert((await page.inputValue('#n-municipality')).startsWith('Gustavo A. Madero'), 'municipality');
    assert((await page.textContent('#c-notice-title')).includes('aviso-enlace-2026-02'), 'the notice version is shown');

    await page.fill('#n-adults', '0');
    await page.fill('#n-children', '0');
    await page.fill('#c-recorded-by', 'oficial-12');
    await page.click('#consent-form button[type="submit"]');
    const nobody = await errorOf(page, 'n-adults');
    assert(nobody.startsWith('Personas adultas:'), `the household is checked before sending, the field named: ${nobody}`);
    await page.fill('#n-adults', '2');
    await page.fill('#n-children', '2');
    await page.selectOption('#n-urgency', 'URGENT');
    await page.click('#consent-form button[type="submit"]');
    const reference = await errorOf(page, 'c-reference');
    const agreed = await errorOf(page, 'c-agreed');
    assert(reference.startsWith('Referencia interna'), `the reference error names the field: ${reference}`);
    assert(agreed.startsWith('Leí el aviso'), `the consent box must be ticked: ${agreed}`);
    assert(await page.inputValue('#c-recorded-by') === 'oficial-12' && await page.inputValue('#n-adults') === '2',
      'nothing typed is lost');
    await accessible(page, 'consent for another region');
    await shot(page, 'consent-refused');
    await page.fill('#c-reference', 'TAP-2026-0077');
    await page.check('#c-agreed');
    await page.click('#consent-form button[type="submit"]');
    await page.waitForSelector('body[data-referred]');
    const id = await page.getAttribute('body', 'data-referred');
    const status = await page.textContent('#match-status');
    assert(status.includes('región centre') && status.includes('Solicitada'), `sent to the other region: ${status}`);
    await shot(page, 'referred');

    await page.click('a[href="#inbox"]');
    const sent = page.locator(`#outbox li[data-referral="${id}"]`);
    await sent.waitFor();
    const sentText = await sent.textContent();
    assert(sentText.includes('Urgente') && sentText.includes('TAP-2026-0077'), `the outbox shows it: ${sentText}`);
    console.log(`outbox on arrival: ${sentText.includes('receptor pendiente') ? 'receiver pending' : 'receiver named'}`);

    await shelter.waitForSelector(`#inbox li[data-referral="${id}"][data-status="REQUESTED"]`, { timeout: 60000 });
    const arrived = await shelter.locator(`#inbox li[data-referral="${id}"]`).textContent();
    assert(arrived.includes('TAP-2026-0077') && arrived.includes('2 adultos, 2 menores'), `the centre sees what the consent shares: ${arrived}`);
    await accessible(shelter, 'centre inbox');
    await shelter.click(`#inbox li[data-referral="${id}"] button[data-move="accept"]`);
    await shelter.waitForSelector(`#inbox li[data-referral="${id}"][data-status="ACCEPTED"]`);
    await shelter.screenshot({ path: join(dirname(opts.screenshot), 'console-federation-centre-accepted.png'), fullPage: true });
    assert(shelterErrors.length === 0, `the centre's page reported errors: ${shelterErrors}`);

    await page.waitForSelector(`#outbox li[data-referral="${id}"][data-status="ACCEPTED"]`, { timeout: 60000 });
    assert(!(await sent.textContent()).includes('receptor pendiente'), 'once accepted, no longer pending');
    await shot(page, 'accepted');
    // The bed comes back: the DAM cancels.
    await page.click(`#outbox li[data-referral="${id}"] button[data-move="cancel"]`);
    await page.waitForSelector(`#outbox li[data-referral="${id}"][data-status="CANCELLED"]`);
  } finally {
    await other.close();
  }
}, { screenshot: opts.screenshot });
