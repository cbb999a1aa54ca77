// The needs form's profile against a running demo node: a Tapachula DAM asks for shelter for one adult and says
// nothing more; the women's refuge and the men's shelter are not offered but shown apart, each with its question;
// the officer answers "Hombre" in place, and the men's shelter becomes a match while the refuge becomes a near miss.
// Age groups that do not add up are refused in place; a child alone gets child protection first and no adult or
// family shelter; the consent form never shares the profile unless ticked. axe-core checks the page.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { options, run, assert } from './browser.mjs';

const opts = options();
const NS = 'https://w3id.org/enlace/ns#';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const REFUGE = 'Refugio para mujeres con niñas y niños (demo)';
const MEN = 'Hospedaje para hombres adultos (demo)';
const MINORS = 'Acogimiento de niñas, niños y adolescentes no acompañados (demo)';
const CHILD_PROTECTION = 'Protección de niñas, niños y adolescentes migrantes (demo)';
const shot = (page, name) => page.screenshot({ path: join(dirname(opts.screenshot), `console-profile-${name}.png`), fullPage: true });

const names = (page, selector) => page.locator(`${selector} > h4`).allTextContents();

async function matched(page, submit) {
  const before = await page.getAttribute('body', 'data-matched');
  await submit();
  await page.waitForFunction((was) => document.body.dataset.matched && document.body.dataset.matched !== was, before);
}

await run('profile and depends', async (page) => {
  await page.goto(`${opts.base}/console`);
  await page.waitForSelector('body[data-ready][data-view="signin"]', { timeout: 60000 });
  await page.selectOption('#demo-org', 'demo-org-tap-dam');
  await page.click('#demo-form button[type="submit"]');
  await page.waitForSelector('body[data-view="search"]');
  await page.click('a[href="#match"]');
  await page.waitForSelector('body[data-view="match"]');

  // Every profile field is optional and says why it is asked.
  for (const id of ['n-gender', 'n-lgbti', 'n-pregnant', 'n-mobility', 'n-protected']) {
    const why = await page.locator(`#${id}-why`).textContent();
    assert(why.trim().length > 20, `${id} says why it is asked: ${why}`);
    assert(await page.inputValue(`#${id}`) === '', `${id} starts as not said`);
  }

  await page.check(`#n-categories input[value="${NS}shelter"]`);
  await page.fill('#n-municipality', 'Tapachula, Chiapas');
  await page.fill('#n-adults', '1');
  await page.fill('#n-children', '0');
  await matched(page, () => page.click('#need-form button[type="submit"]'));
  const offered = await names(page, 'li.match');
  assert(!offered.includes(REFUGE) && !offered.includes(MEN), `nothing said: neither refuge nor men's shelter offered: ${offered}`);
  const depends = page.locator('li.depends');
  const waiting = await names(page, 'li.depends');
  assert(waiting.includes(REFUGE) && waiting.includes(MEN), `both shown apart, as depending on the person: ${waiting}`);
  const menItem = depends.filter({ has: page.locator(`h4:text-is("${MEN}")`) });
  assert((await menItem.textContent()).includes('¿La persona es hombre?'), 'the men\'s shelter asks whether the person is a man');
  const refugeItem = depends.filter({ has: page.locator(`h4:text-is("${REFUGE}")`) });
  assert((await refugeItem.textContent()).includes('¿La persona es mujer?'), 'the refuge asks whether the person is a woman');
  await page.addScriptTag({ path: AXE });
  const axe = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, `axe on the needs page with questions: ${bad.map((v) => `${v.id}: ${v.nodes.slice(0, 2).map((n) => n.html.slice(0, 120)).join(' | ')}`).join('; ')}`);
  console.log(`axe profile: ${axe.passes.length} rules passed, no serious or critical violations`);
  await shot(page, 'questions');

  // Switching language asks the same question in English, without losing the form.
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.querySelector('#match-results').textContent.includes('Is the person a man?'));
  await page.click('[data-lang="es"]');
  await page.waitForFunction(() => document.querySelector('#match-results').textContent.includes('¿La persona es hombre?'));

  // The officer answers in place.
  await matched(page, () => menItem.locator('button[data-answer="GENDER"][data-value="MAN"]').click());
  assert(await page.inputValue('#n-gender') === 'MAN', 'the answer went into the profile');
  const now = await names(page, 'li.match');
  assert(now.includes(MEN), `the men's shelter is now offered: ${now}`);
  const misses = await page.locator('li.near-miss').allTextContents();
  assert(misses.some((m) => m.includes(REFUGE) && /A quién recibe: takes women and their children only/.test(m)),
    `the refuge is now a near miss, and says why: ${misses.join(' | ')}`);
  const status = await page.textContent('#match-status');
  assert(status.startsWith('Anotado en el perfil: Género: Hombre.'), `the status says what was recorded: ${status}`);
  assert(await page.evaluate(() => document.activeElement.id) === 'match-status', 'the focus goes to the news');
  await shot(page, 'answered');

  // Age groups that do not add up to the children counted are refused in place, naming the field.
  await page.fill('#n-children', '2');
  await page.fill('#n-infants', '1');
  await page.click('#need-form button[type="submit"]');
  const ages = await page.textContent('#n-adolescents-error');
  assert(ages.startsWith('De 12 a 17 años:') && ages.includes('2'), `the ages must add up, the field named: ${ages}`);
  assert(await page.inputValue('#n-infants') === '1', 'what was typed stays');

  // A child alone: child protection first, no adult or family shelter.
  await page.fill('#n-adults', '0');
  await page.fill('#n-children', '1');
  await page.fill('#n-infants', '');
  await page.selectOption('#n-gender', '');
  await matched(page, () => page.click('#need-form button[type="submit"]'));
  const first = await names(page, 'li.first-step');
  assert(first[0] === CHILD_PROTECTION, `child protection comes first: ${first}`);
  assert((await page.textContent('.first-step')).includes('Procuraduría de Protección'), 'and says why');
  const forChild = await names(page, 'li.match');
  assert(forChild.length === 1 && forChild[0] === MINORS, `only the facility for unaccompanied minors: ${forChild}`);
  await shot(page, 'child-alone');

  await page.click(`li.first-step:has(h4:text-is("${CHILD_PROTECTION}")) button[data-choose]`);
  await page.waitForSelector('#consent-form:not([hidden])');
  assert((await page.textContent('#c-service')).includes(CHILD_PROTECTION), 'the consent form names child protection');
  assert(!(await page.isChecked('#c-field-PROFILE')), 'the profile is shared only when ticked');
  assert(await page.isChecked('#c-field-HOUSEHOLD'), 'the household is shared as before');
}, { screenshot: opts.screenshot });
