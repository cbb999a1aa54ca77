// Field notes on the console's service page, with a partner's token pasted in (--token): another partner's note
// (--note) read with its organization and age, confirmed in one click; a note with a person's data refused under
// the text, which stays; a note written with a concept; the English switch; axe-core on the page.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { options, run, assert } from './browser.mjs';

const opts = options();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const shot = (page, name) => page.screenshot({ path: join(dirname(opts.screenshot), `console-notes-${name}.png`), fullPage: true });

await run('field notes', async (page) => {
  await page.goto(`${opts.base}/console`);
  await page.waitForSelector('body[data-ready][data-view="signin"]', { timeout: 60000 });
  await page.fill('#token', opts.token);
  await page.click('#token-form button[type="submit"]');
  await page.waitForSelector('body[data-view="search"]');

  await page.evaluate((id) => { location.hash = `#service/${encodeURIComponent(id)}`; }, opts.service);
  await page.waitForSelector('#service-notes:not([hidden]) #notes-list li.note', { timeout: 20000 });
  const other = page.locator('#notes-list li.note', { hasText: opts.note });
  const before = await other.textContent();
  assert(before.includes(opts.author) && before.includes('reciente') && before.includes('0 la confirman'),
    `another partner's note with its organization, age and verdicts: ${before}`);

  await other.locator('button[data-action="confirmFieldNote"]').click();
  await page.waitForFunction((text) => [...document.querySelectorAll('#notes-list li.note')]
    .some((li) => li.textContent.includes(text) && li.textContent.includes('1 la confirman')), opts.note);
  assert((await other.textContent()).includes('Su organización: la confirma'), 'the page says what this organization said');

  const personal = 'la señora dejó su teléfono 962 555 0101 para que le avisen';
  await page.fill('#note-text', personal);
  await page.click('#note-form button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#note-text-error').textContent.length > 0);
  const refused = await page.textContent('#note-text-error');
  assert(refused.startsWith('Nueva nota') && refused.includes('un número de teléfono'),
    `a person's data is refused under the field, naming what was found: ${refused}`);
  assert(await page.inputValue('#note-text') === personal, 'the text stays to be corrected');
  assert(await page.evaluate(() => document.activeElement.id) === 'note-text', 'the focus goes to the text');
  await shot(page, 'refused');

  const text = `${opts.note.split(' ')[0]} la sucursal abre cuentas con TVRH de lunes a viernes`;
  await page.fill('#note-text', text);
  await page.locator('#note-concepts label', { hasText: 'TVRH' }).locator('input').check();
  await page.click('#note-form button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#notes-status').textContent === 'Nota publicada.');
  const mine = await page.locator('#notes-list li.note').first().textContent();
  assert(mine.includes(text) && mine.includes('Trata de:') && mine.includes('TVRH'), `the new note comes first: ${mine}`);
  assert(!(await page.locator('#notes-list li.note').first().locator('button[data-action="confirmFieldNote"]').count()),
    'no confirming one\'s own note');

  await page.addScriptTag({ path: AXE });
  const axe = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, `axe on the service page with notes: ${bad.map((v) => `${v.id} ${v.nodes.map((n) => n.html.slice(0, 120))}`).join(', ')}`);
  console.log('axe service notes: no serious or critical violations');
  await shot(page, 'written');

  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.querySelector('#notes-title').textContent === 'Field notes'
    && document.querySelector('#notes-list').textContent.includes('confirm it'));
  await page.click('[data-lang="es"]');
  await page.waitForFunction(() => document.querySelector('#notes-title').textContent === 'Notas de campo');
}, { screenshot: opts.screenshot });
