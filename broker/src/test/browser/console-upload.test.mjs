// An office uploads its Excel workbook from "Mi organización" (--file, made by the JUnit test with Apache POI):
// the preview says what each row would do, with a warning and its candidates worded by the node, nothing is saved
// until the office confirms; once confirmed the new service is found by search. axe-core on the upload page.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import { options, run, assert } from './browser.mjs';

const opts = options();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function accessible(page, where) {
  await page.addScriptTag({ path: AXE });
  const axe = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, `axe on ${where}: ${bad.map((v) => `${v.id}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`).join('; ')}`);
  console.log(`axe ${where}: ${axe.passes.length} rules passed`);
}

async function found(page, text) {
  return page.evaluate(async (q) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: `{ searchServices(municipality: "07089", radiusKm: 5, text: "${q}", first: 5) { edges { node { name } } } }` }) });
    return (await response.json()).data.searchServices.edges.map((e) => e.node.name);
  }, text);
}

await run('console upload', async (page) => {
  await page.goto(`${opts.base}/console`);
  await page.waitForSelector('body[data-ready][data-view="signin"]', { timeout: 60000 });
  await page.fill('#token', opts.token);
  await page.click('#token-form button[type="submit"]');
  await page.waitForSelector('body[data-view="search"]');
  await page.click('a[href="#org"]');
  await page.waitForSelector('#org-upload:not([hidden])');
  await page.waitForFunction(() => document.getElementById('org-status').textContent.length > 0
    && !document.getElementById('org-status').textContent.includes('…'));

  await page.click('#upload-form button[type="submit"]');
  assert((await page.textContent('#upload-error')).startsWith('Archivo'), 'no file: the field is named');
  await page.setInputFiles('#upload-file', { name: basename(opts.file),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(opts.file) });
  await page.click('#upload-form button[type="submit"]');
  await page.waitForSelector('#upload-result table.preview');
  const rows = await page.locator('#upload-result tbody tr').allTextContents();
  assert(rows.length === 2 && rows.every((r) => r.includes('Se crea')), `two rows would be created: ${rows}`);
  assert((await page.textContent('#upload-result tbody tr[data-where="line 5"] th')) === 'fila 5', 'rows as Excel numbers them');
  const warning = await page.textContent('#upload-result tbody tr[data-where="line 5"] td:nth-child(3)');
  assert(warning.includes('¿quiso decir') && warning.includes('Candidatos'), `the warning with its candidates: ${warning}`);
  assert((await found(page, opts.service)).length === 0, 'nothing is saved by the preview');
  await accessible(page, 'the upload preview');

  const suggestion = page.locator('#upload-result tbody tr[data-where="line 5"] button[data-act="choose"]').first();
  const picked = await suggestion.getAttribute('data-label');
  await suggestion.click();
  await page.waitForFunction(() => document.getElementById('upload-status').textContent.startsWith('Se usará'));
  const after = await page.textContent('#upload-result tbody tr[data-where="line 5"] td:nth-child(3)');
  assert(!after.includes('¿quiso decir'), `the chosen value leaves no warning: ${after}`);

  await page.click('#upload-result button[data-act="confirm"]');
  await page.waitForFunction(() => document.getElementById('upload-status').textContent.startsWith('Importado'));
  assert((await page.textContent('#upload-status')).includes('2 nuevos'), await page.textContent('#upload-status'));
  const names = await found(page, opts.service);
  assert(names.some((n) => n.startsWith(opts.service)), `the new service is found by search: ${names}`);
  const categories = await page.evaluate(async (name) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: `{ searchServices(municipality: "07089", radiusKm: 5, text: "${name}", first: 1) { edges { node { categories { label(lang: "es") } } } } }` }) });
    return (await response.json()).data.searchServices.edges.flatMap((e) => e.node.categories.map((c) => c.label));
  }, `Psicología ${opts.org}`);
  assert(categories.includes(picked), `the chosen category is the service's: ${categories} (picked ${picked})`);
}, { screenshot: opts.screenshot });
