// The public page /documentos against a running demo node, without signing in: every shared document of the
// ontology is a row whose cells say what the ontology says (asked through SPARQL and GraphQL), the English
// page says the same, a municipality typed wrong gets "¿quiso decir…?", Tapachula lists nearby services that
// accept each document, axe-core finds no serious or critical problem, and the page prints on one sheet.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { options, run, assert } from './browser.mjs';

const opts = options();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const NS = 'https://w3id.org/enlace/ns#';
const COLUMNS = ['right-work', 'right-bank-account', 'right-curp', 'right-transit'];

async function accessible(page, where) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document,
    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, `${where}: axe found ${bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3)
    .map((n) => n.target.join(' ')).join(', ')}`).join('; ')}`);
  console.log(`axe ${where}: ${result.passes.length} rules passed, no serious or critical violations`);
}

/** What the ontology says, asked the way any client would: SPARQL for grants, withholdings and legal basis. */
async function ontology(page) {
  const query = `PREFIX enl: <${NS}> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?doc ?label ?basis (GROUP_CONCAT(DISTINCT STR(?g); separator=" ") AS ?grants)
           (GROUP_CONCAT(DISTINCT STR(?w); separator=" ") AS ?withheld)
    WHERE { ?doc a enl:Document ; skos:prefLabel ?label . FILTER(lang(?label) = "es")
      FILTER(STRSTARTS(STR(?doc), STR(enl:)))
      OPTIONAL { ?doc enl:legalBasis ?basis FILTER(lang(?basis) = "es") }
      OPTIONAL { ?doc enl:grants ?g } OPTIONAL { ?doc enl:doesNotGrant ?w } }
    GROUP BY ?doc ?label ?basis`;
  return page.evaluate(async (q) => {
    const response = await fetch('/sparql', { method: 'POST', body: q,
      headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' } });
    return (await response.json()).results.bindings.map((b) => ({ doc: b.doc.value, label: b.label.value,
      basis: b.basis ? b.basis.value : null, grants: (b.grants ? b.grants.value : '').split(' ').filter(Boolean),
      withheld: (b.withheld ? b.withheld.value : '').split(' ').filter(Boolean) }));
  }, query);
}

await run('documents page', async (page) => {
  await page.goto(`${opts.base}/documentos`);
  assert(await page.getAttribute('html', 'lang') === 'es', 'Spanish first');
  assert((await page.textContent('h1')).startsWith('Qué permite'), 'the Spanish title');
  const facts = await ontology(page);
  const rows = await page.locator('table.documents tbody tr').count();
  assert(rows === facts.length && rows >= 14, `a row per document of the ontology: ${rows} vs ${facts.length}`);
  for (const f of facts) {
    const id = f.doc.replace(NS, '');
    const row = page.locator(`tr#${id}`);
    assert(await row.locator('th').textContent() === f.label, `${id} is labelled as the ontology labels it`);
    for (const right of COLUMNS) {
      const cell = await row.locator(`td[data-right="${right}"]`).getAttribute('class');
      if (f.grants.includes(NS + right)) assert(cell === 'yes', `${id} grants ${right}: ${cell}`);
      else if (f.withheld.includes(NS + right)) assert(cell === 'no', `${id} withholds ${right}: ${cell}`);
      else assert(cell === 'unknown' || cell === 'yes-with', `${id} says nothing alone of ${right}: ${cell}`);
    }
    if (f.basis) assert((await row.textContent()).includes(f.basis), `${id} cites ${f.basis}`);
  }
  const fmmWork = await page.textContent('tr#doc-fmm td[data-right="right-work"]');
  assert(fmmWork === 'No', `an FMM does not allow work: ${fmmWork}`);
  const comarWork = await page.textContent('tr#doc-comar-certificate td[data-right="right-work"]');
  assert(comarWork.startsWith('Sí, junto con') && comarWork.includes('CURP'), `COMAR with a CURP: ${comarWork}`);
  await accessible(page, 'documents (es)');

  await page.fill('#municipio', 'Tapachla');
  await page.click('.near-form button');
  await page.waitForSelector('.choices a');
  assert((await page.textContent('.problem')).includes('¿Quiso decir'), 'a typo gets "¿quiso decir…?"');
  await page.click('.choices a:has-text("Tapachula")');
  await page.waitForSelector('.near-document');
  assert((await page.textContent('.around')).includes('Tapachula, Chiapas'), 'the place chosen is said');
  const tvrh = await page.locator('.near-document[data-document="doc-tvrh"] li').allTextContents();
  assert(tvrh.length > 0 && tvrh.every((s) => s.includes('(demo)') && s.includes('km')),
    `services near Tapachula that accept a TVRH: ${tvrh}`);
  await accessible(page, 'documents near Tapachula');

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  mkdirSync(dirname(opts.screenshot), { recursive: true });
  writeFileSync(join(dirname(opts.screenshot), 'documentos.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert(pages === 1, `the page prints on one sheet, with the services near Tapachula: ${pages} pages`);

  await page.click('.lang a');
  await page.waitForSelector('html[lang="en"]');
  assert((await page.textContent('h1')).startsWith('What each document'), 'the English title');
  assert(await page.inputValue('#municipio') === '07089', 'the place chosen stays when the language changes');
  assert(await page.textContent('tr#doc-fmm td[data-right="right-work"]') === 'No', 'the same facts in English');
  await accessible(page, 'documents (en)');
  await page.goto(`${opts.base}/documentos?lang=es`);
  await page.keyboard.press('Tab');
  assert(await page.evaluate(() => document.activeElement.className) === 'skip', 'the first Tab reaches the skip link');
}, { screenshot: opts.screenshot });
