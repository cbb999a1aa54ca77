// The person's profile in the needs form: every field optional, each with a line saying why it is asked, read
// into NeedInput.profile; and the services whose audience depends on it, with their questions answered in place
// (the answer goes into the form's field and the options are asked for again).
import { fieldError } from './forms.js';
import { escape, km } from './format.js';

const $ = (id) => document.getElementById(id);
export const GENDERS = ['WOMAN', 'MAN', 'NON_BINARY', 'NOT_SAID'];
/** The form's yes/no fields by the profile field a question names, with their NeedInput.profile key. */
const FLAGS = {
  LGBTI_SAFE_PLACE: ['n-lgbti', 'lgbtiSafePlace'],
  PREGNANT: ['n-pregnant', 'pregnant'],
  REDUCED_MOBILITY: ['n-mobility', 'reducedMobility'],
  PROTECTED_PLACE: ['n-protected', 'protectedPlace'],
};
const AGES = [['n-adolescents', 'ADOLESCENT'], ['n-kids', 'CHILD'], ['n-infants', 'INFANT']];

/** Fills the profile's choices in the chosen language, keeping what was chosen. */
export function relabel(ctx) {
  const { t } = ctx;
  options($('n-gender'), [['', t('notSaid')], ...GENDERS.map((g) => [g, t(`gender${g}`)])]);
  Object.values(FLAGS).forEach(([id]) => options($(id), [['', t('notSaid')], ['true', t('yes')], ['false', t('no')]]));
}

function options(select, pairs) {
  const kept = select.value;
  select.replaceChildren(...pairs.map(([value, label]) => new Option(label, value)));
  select.value = kept;
}

/**
 * The profile as NeedInput takes it, or undefined when nothing was said; null after showing an error (the age
 * groups must add up to the children counted above).
 */
export function read(ctx, adults, children) {
  const profile = {};
  if ($('n-gender').value) profile.gender = $('n-gender').value;
  Object.values(FLAGS).forEach(([id, key]) => { if ($(id).value) profile[key] = $(id).value === 'true'; });
  const given = AGES.filter(([id]) => $(id).value.trim() !== '');
  if (given.length) {
    const counts = AGES.map(([id]) => Number($(id).value.trim() || '0'));
    const bad = counts.some((n) => !Number.isInteger(n) || n < 0 || n > 50);
    if (bad || (children != null && counts.reduce((a, b) => a + b, 0) !== children)) {
      fieldError('n-adolescents', ctx.t('errAges', { children: children ?? '—' }));
      return null;
    }
    if (adults != null) {
      profile.ageGroups = [...Array(adults).fill('ADULT'), ...AGES.flatMap(([, group], i) => Array(counts[i]).fill(group))];
    }
  }
  return Object.keys(profile).length ? profile : undefined;
}

/** Puts an answer to a service's question into the form; returns the words that say what was recorded. */
export function answer(ctx, field, value) {
  if (field === 'GENDER') {
    $('n-gender').value = value;
    return `${ctx.t('gender')}: ${ctx.t(`gender${value}`)}`;
  }
  const [id] = FLAGS[field];
  $(id).value = value;
  return `${document.querySelector(`label[for="${id}"]`).textContent}: ${ctx.t(value === 'true' ? 'yes' : 'no')}`;
}

/** The services that depend on what the person has not said, each with its questions and the answers to give. */
export function renderDepends(ctx, list) {
  const { t, i18n } = ctx;
  if (!list.length) return '';
  return `<h4>${t('depends')}</h4><p class="hint">${t('dependsHint')}</p>
    <ol class="list depends">${list.map((m) => `<li class="item depends" data-service="${escape(m.service.id)}">
      <h4>${escape(m.service.name)}</h4>
      <div class="meta"><span>${escape(m.service.organization.name)}</span><span>${km(m.distanceKm, i18n)}</span></div>
      ${m.questions.map((q) => question(ctx, q)).join('')}</li>`).join('')}</ol>`;
}

function question(ctx, q) {
  const { t, i18n } = ctx;
  const text = i18n.lang === 'en' ? q.en : q.es;
  const answers = q.field === 'GENDER' ? GENDERS.map((g) => [g, t(`gender${g}`)]) : [['true', t('yes')], ['false', t('no')]];
  return `<div class="question"><p>${escape(text)}</p>
    <div class="actions" role="group" aria-label="${escape(text)}">${answers.map(([value, label]) =>
      `<button type="button" data-answer="${q.field}" data-value="${value}">${escape(label)}</button>`).join('')}</div></div>`;
}

/** What a receiver may see of the profile, in words. */
export function describe(ctx, p) {
  const { t } = ctx;
  const parts = [];
  if (p.gender) parts.push(t(`gender${p.gender}`));
  if (p.ageGroups.length) {
    const counts = {};
    p.ageGroups.forEach((g) => { counts[g] = (counts[g] || 0) + 1; });
    parts.push(Object.entries(counts).map(([g, n]) => `${n} ${t(`age${g}`)}`).join(', '));
  }
  [['lgbtiSafePlace', 'lgbtiSafePlace'], ['pregnant', 'pregnant'], ['reducedMobility', 'reducedMobility'],
    ['protectedPlace', 'protectedPlace']].forEach(([key, label]) => {
    if (p[key] != null) parts.push(`${t(label)}: ${t(p[key] ? 'yes' : 'no')}`);
  });
  return parts.join(' · ');
}
