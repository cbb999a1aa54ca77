// The office console end to end against a running demo node: a Tapachula DAM searches shelters for a family
// holding TVRH cards, sees why the full and the men's shelter are not offered, refers the family to the
// family shelter with consent; the shelter, signed in in a second browser, sees it arrive live and accepts;
// the DAM sees it accepted, then cancels it (the bed comes back). Every form is tried with bad input first;
// axe-core checks the search, match and inbox pages. A screenshot per step goes beside --screenshot.
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { options, run, assert, FLAGS } from './browser.mjs';

const opts = options();
const NS = 'https://w3id.org/enlace/ns#';
const DAM = 'demo-org-tap-dam';
const SHELTER_ORG = 'demo-org-tap-alb-familias-1';
const FAMILY_SHELTER = 'Hospedaje temporal para familias (demo)';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const shots = dirname(opts.screenshot);
mkdirSync(shots, { recursive: true });
let step = 0;

async function shot(page, name) {
  step += 1;
  await page.screenshot({ path: join(shots, `console-${String(step).padStart(2, '0')}-${name}.png`), fullPage: true });
}

/** axe-core on the page as it is: no serious or critical violation of WCAG 2.0/2.1 A and AA. */
async function accessible(page, where) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document,
    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, `${where}: axe found ${JSON.stringify(bad.map((v) => v.nodes.map((n) => n.failureSummary + ' ' + n.html.slice(0, 200))))} ${bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3)
    .map((n) => n.target.join(' ')).join(', ')}`).join('; ')}`);
  console.log(`axe ${where}: ${result.passes.length} rules passed, no serious or critical violations`);
}

async function signIn(page, organization) {
  await page.goto(`${opts.base}/console`);
  await page.waitForSelector('body[data-ready]', { timeout: 60000 });
  await page.waitForSelector('body[data-view="signin"]');
  await page.selectOption('#demo-org', organization);
  await page.click('#demo-form button[type="submit"]');
  await page.waitForSelector('body[data-view="search"]');
  await page.waitForSelector('body[data-live="live"]', { timeout: 20000 });
}

async function errorOf(page, id) {
  return page.locator(`#${id}-error`).textContent();
}

await run('office console', async (page) => {
  await page.goto(`${opts.base}/console`);
  await page.waitForSelector('body[data-ready]', { timeout: 60000 });
  await shot(page, 'sign-in');
  await signIn(page, DAM);
  assert((await page.textContent('#who')).includes('Tapachula'), 'signed in as the Tapachula DAM');

  // Search: bad input first, then shelters near Tapachula for TVRH holders.
  await page.fill('#s-municipality', 'Tapachulaa');
  await page.fill('#s-radius', '999');
  await page.fill('#s-text', 'familia');
  await page.click('#search-form button[type="submit"]');
  const where = await errorOf(page, 's-municipality');
  const radius = await errorOf(page, 's-radius');
  assert(where.startsWith('Municipio:') && where.includes('Tapachulaa'), `the municipality error names the field: ${where}`);
  assert(radius.startsWith('Radio (km):'), `the radius error names the field: ${radius}`);
  assert(await page.inputValue('#s-text') === 'familia' && await page.inputValue('#s-radius') === '999',
    'nothing typed is lost');
  assert(await page.evaluate(() => document.activeElement.id) === 's-municipality', 'the first bad field has the focus');
  await shot(page, 'search-bad-input');
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.querySelector('#search-title').textContent === 'Find services');
  assert(await page.inputValue('#s-text') === 'familia', 'switching language keeps what was typed');
  await page.click('[data-lang="es"]');
  await page.waitForFunction(() => document.querySelector('#search-title').textContent === 'Buscar servicios');

  await page.fill('#s-municipality', 'Tapachula, Chiapas');
  await page.fill('#s-radius', '25');
  await page.fill('#s-text', '');
  await page.selectOption('#s-category', `${NS}shelter`);
  await page.check(`#s-documents input[value="${NS}doc-tvrh"]`);
  await page.click('#search-form button[type="submit"]');
  await page.waitForSelector('#search-results li.item');
  const found = await page.locator('#search-results li.item h3').allTextContents();
  assert(found.includes(FAMILY_SHELTER), `the family shelter is found: ${found}`);
  const points = await page.locator('#search-map circle[data-service]').count();
  assert(points === found.length, `a point per result on the map: ${points} of ${found.length}`);
  const first = await page.locator('#search-results li.item').first().textContent();
  assert(/km/.test(first) && /Verificado/.test(first) && /(Abierto|Cerrado) ahora/.test(first), `a result says distance, opening, verification: ${first}`);
  await accessible(page, 'search');
  await shot(page, 'search-results');
  await page.click('#search-map svg', { position: { x: 60, y: 60 } });
  await page.waitForFunction(() => document.querySelector('#s-where').textContent.startsWith('Alrededor del punto')
    && document.body.dataset.searching === 'false');
  assert(await page.inputValue('#s-municipality') === '', 'a click on the map searches around its point instead');
  await page.fill('#s-municipality', 'Tapachula, Chiapas');
  await page.check('#s-federated');
  await page.click('#search-form button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#search-status').textContent.includes('Otras regiones:'));
  assert((await page.locator('#search-results li.item h3').allTextContents()).includes(FAMILY_SHELTER),
    'a federated search keeps this region\'s results');
  await page.uncheck('#s-federated');

  // The shelter's browser, signed in and live before the referral is sent.
  const other = await chromium.launch({ executablePath: process.env.ENLACE_CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS });
  try {
    const shelterContext = await other.newContext({ viewport: { width: 1200, height: 900 }, locale: 'es-MX' });
    const shelter = await shelterContext.newPage();
    const shelterErrors = [];
    shelter.on('pageerror', (e) => shelterErrors.push(e.message));
    await signIn(shelter, SHELTER_ORG);
    await shelter.click('a[href="#inbox"]');
    await shelter.waitForSelector('body[data-view="inbox"][data-boxes]');
    await shelter.evaluate(() => { window.sameDocument = true; });

    // Needs: bad household first, then the TVRH family of four.
    await page.click('a[href="#match"]');
    await page.waitForSelector('body[data-view="match"]');
    await page.check(`#n-categories input[value="${NS}shelter"]`);
    await page.check(`#n-documents input[value="${NS}doc-tvrh"]`);
    await page.fill('#n-municipality', 'Tapachula, Chiapas');
    await page.fill('#n-adults', '2');
    await page.fill('#n-children', '-1');
    await page.click('#need-form button[type="submit"]');
    const children = await errorOf(page, 'n-children');
    assert(children.startsWith('Niñas y niños:'), `the household error names the field: ${children}`);
    assert(await page.isChecked(`#n-documents input[value="${NS}doc-tvrh"]`) && await page.inputValue('#n-adults') === '2',
      'the need keeps what was entered');
    await shot(page, 'needs-bad-input');
    await page.fill('#n-children', '2');
    await page.click('#need-form button[type="submit"]');
    await page.waitForSelector('body[data-matched]');
    const offered = await page.locator('li.match h4').allTextContents();
    assert(offered.includes(FAMILY_SHELTER), `the family shelter is offered: ${offered}`);
    const misses = await page.locator('li.near-miss').allTextContents();
    const full = misses.find((m) => /Cupo: full: 0 of 120/.test(m));
    const men = misses.find((m) => /hombres/.test(m) && /A quién recibe: takes adult men only, not households with children/.test(m));
    assert(full, `the full shelter is a near miss and says so: ${misses.join(' | ')}`);
    assert(men, `the men's shelter is a near miss and says it takes no children: ${misses.join(' | ')}`);
    const offeredText = (await page.locator('li.match').allTextContents()).join(' ');
    assert(!/San José Obrero/.test(offeredText), 'the men\'s shelter is not offered');
    await accessible(page, 'match');
    await shot(page, 'matches');

    // Consent: hard to skip, and what was typed stays when it is refused.
    await page.click(`li.match:has(h4:text-is("${FAMILY_SHELTER}")) button[data-choose]`);
    await page.waitForSelector('#consent-form:not([hidden])');
    assert((await page.textContent('#c-notice-title')).includes('aviso-enlace-2026-02'), 'the notice version is shown');
    await page.fill('#c-phone', '+52 962 555 0101');
    await page.fill('#c-recorded-by', 'oficial-12');
    await page.click('#consent-form button[type="submit"]');
    const reference = await errorOf(page, 'c-reference');
    const agreed = await errorOf(page, 'c-agreed');
    assert(reference.startsWith('Referencia interna'), `the reference error names the field: ${reference}`);
    assert(agreed.startsWith('Leí el aviso'), `the consent box must be ticked, and the error says which: ${agreed}`);
    assert(await page.inputValue('#c-phone') === '+52 962 555 0101' && await page.inputValue('#c-recorded-by') === 'oficial-12',
      'the consent form keeps what was typed');
    await shot(page, 'consent-refused');
    await page.fill('#c-reference', 'TAP-2026-0042');
    await page.check('#c-agreed');
    await page.click('#consent-form button[type="submit"]');
    await page.waitForSelector('body[data-referred]');
    const id = await page.getAttribute('body', 'data-referred');
    await shot(page, 'referred');

    // The DAM watches its outbox; the shelter sees the referral arrive without reloading and accepts it.
    await page.click('a[href="#inbox"]');
    await page.waitForSelector(`#outbox li[data-referral="${id}"][data-status="REQUESTED"]`);
    await shelter.waitForSelector(`#inbox li[data-referral="${id}"][data-status="REQUESTED"]`, { timeout: 20000 });
    assert(await shelter.evaluate(() => window.sameDocument === true), 'the shelter page was not reloaded');
    const arrived = await shelter.locator(`#inbox li[data-referral="${id}"]`).textContent();
    assert(arrived.includes('TAP-2026-0042') && arrived.includes('+52 962 555 0101'), `the shelter sees the consented data: ${arrived}`);
    await accessible(shelter, 'inbox');
    await shelter.screenshot({ path: join(shots, `console-${String(++step).padStart(2, '0')}-shelter-inbox.png`), fullPage: true });
    await shelter.click(`#inbox li[data-referral="${id}"] button[data-move="reject"]`);
    const rejectReason = await shelter.locator(`#inbox li[data-referral="${id}"] .error`).first().textContent();
    assert(rejectReason.startsWith('Motivo del rechazo'), `rejecting needs a reason, named: ${rejectReason}`);
    await shelter.click(`#inbox li[data-referral="${id}"] button[data-move="accept"]`);
    await shelter.waitForSelector(`#inbox li[data-referral="${id}"][data-status="ACCEPTED"]`);
    await shelter.screenshot({ path: join(shots, `console-${String(++step).padStart(2, '0')}-shelter-accepted.png`), fullPage: true });
    assert(shelterErrors.length === 0, `the shelter's page reported errors: ${shelterErrors}`);

    await page.waitForSelector(`#outbox li[data-referral="${id}"][data-status="ACCEPTED"]`, { timeout: 20000 });
    await accessible(page, 'outbox');
    await shot(page, 'dam-sees-accepted');

    // Leave the demo as it was: the DAM cancels, the bed comes back.
    await page.click(`#outbox li[data-referral="${id}"] button[data-move="cancel"]`);
    await page.waitForSelector(`#outbox li[data-referral="${id}"][data-status="CANCELLED"]`);
  } finally {
    await other.close();
  }
}, { screenshot: opts.screenshot });
