// The console's own-organization page with a token pasted in (--token, for an organization the test made):
// the token form, free places in two clicks, a refused figure and refused opening hours that keep what was
// typed, hours saved, verified today, and the service page.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { options, run, assert } from './browser.mjs';

const opts = options();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const shot = (page, name) => page.screenshot({ path: join(dirname(opts.screenshot), `console-org-${name}.png`), fullPage: true });

await run('own organization', async (page) => {
  await page.goto(`${opts.base}/console`);
  await page.waitForSelector('body[data-ready][data-view="signin"]', { timeout: 60000 });
  await page.click('#token-form button[type="submit"]');
  const empty = await page.textContent('#token-error');
  assert(empty.startsWith('Token de acceso:'), `an empty token is refused, the field named: ${empty}`);
  await page.fill('#token', opts.token);
  await page.click('#token-form button[type="submit"]');
  await page.waitForSelector('body[data-view="search"]');

  await page.click('a[href="#org"]');
  const card = page.locator('#org-services section[data-service]').first();
  await card.waitFor();
  await page.addScriptTag({ path: AXE });
  const axe = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, `axe on the organization page: ${bad.map((v) => v.id).join(', ')}`);
  assert((await card.textContent()).includes('12 de 30 libres'), 'the capacity as it is');

  await card.locator('button[data-step="-1"]').click();
  await page.waitForFunction(() => document.querySelector('#org-services section').textContent.includes('11 de 30 libres'));
  const available = card.locator('input[type="number"]');
  await available.fill('99');
  await card.locator('button[data-step="set"]').click();
  const capacityError = await card.locator('form[data-kind="capacity"] .error').textContent();
  assert(capacityError.startsWith('Lugares libres (de 30):'), `a figure above the total is refused in place: ${capacityError}`);
  assert(await available.inputValue() === '99', 'the refused figure stays');
  await available.fill('10');
  await card.locator('button[data-step="set"]').click();
  await page.waitForFunction(() => document.querySelector('#org-services section').textContent.includes('10 de 30 libres'));

  await card.locator('button[data-act="add-row"]').click();
  const row = card.locator('tbody tr').last();
  await row.locator('select').selectOption('TUESDAY');
  await row.locator('input.opens').fill('25:00');
  await row.locator('input.closes').fill('14:00');
  await card.locator('form[data-kind="hours"] button[type="submit"]').click();
  const hoursError = await row.locator('.error').first().textContent();
  assert(hoursError.startsWith('Abre:'), `a bad time is refused in place, the field named: ${hoursError}`);
  assert(await row.locator('input.opens').inputValue() === '25:00' && await row.locator('input.closes').inputValue() === '14:00',
    'the hours typed stay');
  await shot(page, 'refused');
  await row.locator('input.opens').fill('10:00');
  await card.locator('form[data-kind="hours"] button[type="submit"]').click();
  await page.waitForFunction(() => document.querySelectorAll('#org-services section tbody tr').length === 2
    && document.querySelector('#org-status').textContent.startsWith('Guardado'));

  await card.locator('button[data-act="verified"]').click();
  await page.waitForFunction(() => !document.querySelector('#org-services section .meta').textContent.includes('nunca'));
  await shot(page, 'saved');

  await card.locator('h3 a').click();
  await page.waitForSelector('body[data-view="service"]');
  await page.waitForFunction(() => document.querySelector('#service-body').textContent.includes('Fuente'));
  const details = await page.textContent('#service-body');
  assert(details.includes('martes 10:00–14:00') && details.includes('10 de 30 libres'), `the service page: ${details}`);
}, { screenshot: opts.screenshot });
