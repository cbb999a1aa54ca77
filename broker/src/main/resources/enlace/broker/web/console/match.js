// A person's needs (no name) and, if they wish, their profile: for a child alone the child protection office
// first, then the broker's matches with their reasons, the services that depend on a question (answered in place)
// and the near misses with why they missed; choosing one opens the consent form, which must be filled and ticked
// before the referral is sent.
// A service of another region chosen in a federated search comes here too (ctx.refer): the need is prefilled
// from the search and read from the form (household, urgency) when the referral is sent.
import { graphql } from '/web/common/api.js';
import { clearErrors, fieldError, focusFirstError, serverError, wholeNumber } from './forms.js';
import { capacity, escape, km } from './format.js';
import { checks, ticked } from './search.js';
import * as profile from './profile.js';

const $ = (id) => document.getElementById(id);
export const NOTICE_VERSION = 'aviso-enlace-2026-02';
const FIELDS = ['DOCUMENTS', 'LANGUAGES', 'HOUSEHOLD', 'LOCATION', 'CONTACT', 'PROFILE'];
/** Shared only when the person says so: never ticked for them. */
const ASKED_FIRST = ['PROFILE'];
const URGENCIES = ['ROUTINE', 'URGENT', 'ASAP', 'STAT'];

const MATCH = `query Match($need: NeedInput!, $lang: String) { matchServices(need: $need, first: 5) {
  need { iri label(lang: $lang) }
  firstStep { es: why(lang: "es") en: why(lang: "en") services { ...Offer } }
  matches { ...Offer }
  depends { service { id name organization { name } } distanceKm
    questions { field es: text(lang: "es") en: text(lang: "en") } }
  nearMisses { service { id name organization { name } } distanceKm reasons { rule passed depends explanation } } } }
fragment Offer on ServiceMatch { need service { id name organization { name } capacity { available total unit updatedAt stale } }
  distanceKm score eligible capacityStale reasons { rule passed depends explanation } }`;

const CREATE = `mutation Refer($input: ReferralInput!) { createReferral(input: $input) {
  id status expiresAt serviceRegion service { name } } }`;

let need = null;
let chosen = null;
let last = null;

export function init(ctx) {
  relabel(ctx);
  ctx.refer = (service) => referTo(ctx, service);
  $('need-form').addEventListener('submit', (event) => {
    event.preventDefault();
    findMatches(ctx);
  });
  $('match-results').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-choose]');
    if (button) choose(ctx, JSON.parse(button.dataset.choose));
    const answer = event.target.closest('button[data-answer]');
    if (answer) answered(ctx, answer.dataset.answer, answer.dataset.value);
  });
  $('consent-form').addEventListener('submit', (event) => {
    event.preventDefault();
    send(ctx);
  });
  $('c-purpose').addEventListener('input', () => { $('c-purpose').dataset.auto = 'false'; });
  $('c-cancel').addEventListener('click', () => {
    $('consent-form').hidden = true;
    $('match-results').querySelector('button[data-choose]')?.focus();
  });
}

export function reset(ctx) {
  if (ctx.home && !$('n-municipality').value) $('n-municipality').value = ctx.municipalityLabel(ctx.home);
  if (ctx.me && !$('c-recorded-by').value) $('c-recorded-by').value = '';
}

export function show() {}

export function relabel(ctx) {
  const top = ctx.vocabulary.categories.filter((c) => c.broader.length === 0);
  checks($('n-categories'), 'n-cat', top);
  checks($('n-documents'), 'n-doc', ctx.vocabulary.documents);
  const urgency = $('n-urgency').value || 'ROUTINE';
  $('n-urgency').replaceChildren(...URGENCIES.map((u) => new Option(ctx.t(`urgency${u}`), u)));
  $('n-urgency').value = urgency;
  profile.relabel(ctx);
  const kept = new Set([...$('c-fields').querySelectorAll('input:checked')].map((i) => i.value));
  const fresh = kept.size === 0 && !$('c-fields').children.length;
  $('c-fields').replaceChildren(...FIELDS.map((f) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    const checked = fresh ? !ASKED_FIRST.includes(f) : kept.has(f);
    Object.assign(input, { type: 'checkbox', value: f, id: `c-field-${f}`, checked });
    label.append(input, ` ${ctx.t(`field${f}`)}`);
    return label;
  }));
  $('c-notice-title').textContent = ctx.t('noticeTitle', { version: NOTICE_VERSION });
  $('c-notice-text').textContent = ctx.t('noticeText');
  if (!$('c-purpose').value || $('c-purpose').dataset.auto === 'true') {
    $('c-purpose').value = ctx.t('defaultPurpose');
    $('c-purpose').dataset.auto = 'true';
  }
  if (last) render(ctx, last);
}

function readNeed(ctx) {
  const form = $('need-form');
  clearErrors(form);
  $('match-status').textContent = '';
  const categories = ticked($('n-categories'));
  if (!categories.length) fieldError('n-categories', ctx.t('errPickOne'));
  const typed = $('n-municipality').value;
  const m = ctx.findMunicipality(typed);
  if (!m) fieldError('n-municipality', typed.trim() ? ctx.t('errMunicipality', { typed }) : ctx.t('errRequired'));
  const radiusKm = wholeNumber('n-radius', 1, 250, ctx.t);
  const adults = wholeNumber('n-adults', 0, 50, ctx.t);
  const children = wholeNumber('n-children', 0, 50, ctx.t);
  if (adults === 0 && children === 0) fieldError('n-adults', ctx.t('errNobody'));
  const person = profile.read(ctx, adults, children);
  const languages = $('n-languages').value.split(',').map((s) => s.trim()).filter(Boolean);
  const badLanguage = languages.find((l) => !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(l));
  if (badLanguage) fieldError('n-languages', ctx.t('errLanguage', { typed: badLanguage }));
  if (!focusFirstError(form)) return null;
  return {
    categories, documents: ticked($('n-documents')), languages, municipality: m.code, radiusKm,
    household: { adults, children }, profile: person, urgency: $('n-urgency').value,
  };
}

async function findMatches(ctx) {
  const wanted = readNeed(ctx);
  if (!wanted) return;
  need = wanted;
  $('consent-form').hidden = true;
  $('match-status').textContent = ctx.t('loading');
  try {
    last = (await graphql(MATCH, { need, lang: ctx.i18n.lang })).matchServices;
    render(ctx, last);
    document.body.dataset.matched = String(Date.now());
  } catch (e) {
    $('match-status').textContent = '';
    serverError(e, { 'need.municipality': 'n-municipality', 'need.categories': 'n-categories',
      'need.radiusKm': 'n-radius', 'need.languages': 'n-languages', 'need.household.children': 'n-children',
      'need.household': 'n-adults', 'need.profile.ageGroups': 'n-adolescents', 'need.profile': 'n-gender' },
    'n-categories-error');
  }
}

/** A question of a service answered in place: the answer goes into the profile and the options come again. */
async function answered(ctx, field, value) {
  const said = profile.answer(ctx, field, value);
  await findMatches(ctx);
  $('match-status').textContent = `${ctx.t('answered', { said })} ${$('match-status').textContent}`;
  $('match-status').focus();
}

function reasons(ctx, list, onlyFailed) {
  const verdict = (r) => (r.passed ? 'passed' : r.depends ? 'depends' : 'failed');
  return `<ul class="reasons">${list.filter((r) => !onlyFailed || !r.passed).map((r) =>
    `<li class="${verdict(r)}"><span class="sr-only">${ctx.t(verdict(r))}</span>
      <strong>${ctx.t(`rule${r.rule}`)}</strong>: ${escape(r.explanation)}</li>`).join('')}</ul>`;
}

/** A service the person can be sent to: a match, or a first step. */
function offer(ctx, m, kind) {
  const { t, i18n } = ctx;
  return `<li class="item ${kind}" data-service="${escape(m.service.id)}">
    <h4>${escape(m.service.name)}</h4>
    <div class="meta"><span>${escape(m.service.organization.name)}</span><span>${km(m.distanceKm, i18n)}</span>
      <span>${capacity(m.service.capacity, i18n)}</span>
      ${m.capacityStale ? `<span class="badge warn">${t('callFirst')}</span>` : ''}</div>
    <details><summary>${t('why')}</summary>${reasons(ctx, m.reasons, false)}</details>
    <button type="button" class="primary" data-choose="${escape(JSON.stringify({ id: m.service.id,
      name: m.service.name, need: m.need }))}">${t('choose')}: ${escape(m.service.name)}</button></li>`;
}

function firstStep(ctx, step) {
  if (!step) return '';
  const { t, i18n } = ctx;
  return `<div class="first-step"><h4>${t('firstStep')}</h4><p>${escape(i18n.lang === 'en' ? step.en : step.es)}</p>
    <ol class="list first-steps">${step.services.map((m) => offer(ctx, m, 'first-step')).join('')}</ol></div>`;
}

function render(ctx, results) {
  const { t, i18n } = ctx;
  $('match-status').textContent = t('matchesFound', { n: results.reduce((n, r) => n + r.matches.length, 0) });
  $('match-results').innerHTML = results.map((r) => `
    <section class="card" aria-label="${escape(r.need.label)}"><h3>${escape(r.need.label)}</h3>
      ${firstStep(ctx, r.firstStep)}
      <h4>${t('matches')}</h4>
      ${r.matches.length ? '' : `<p class="hint">${t('noMatches')}</p>`}
      <ol class="list matches">${r.matches.map((m) => offer(ctx, m, 'match')).join('')}</ol>
      ${profile.renderDepends(ctx, r.depends)}
      <h4>${t('nearMisses')}</h4>
      ${r.nearMisses.length ? '' : `<p class="hint">${t('none')}</p>`}
      <ol class="list near-misses">${r.nearMisses.map((m) => `<li class="item near-miss" data-service="${escape(m.service.id)}">
        <h4>${escape(m.service.name)}</h4>
        <div class="meta"><span>${escape(m.service.organization.name)}</span><span>${km(m.distanceKm, i18n)}</span></div>
        ${reasons(ctx, m.reasons, true)}</li>`).join('')}</ol></section>`).join('');
}

/** Opens the consent form for a service of another region, the need prefilled from the search. */
function referTo(ctx, service) {
  const top = topCategory(ctx, service.category);
  $('n-categories').querySelectorAll('input').forEach((i) => { i.checked = i.value === top; });
  $('n-documents').querySelectorAll('input').forEach((i) => { i.checked = service.documents.includes(i.value); });
  const m = service.municipality && ctx.municipalities.find((x) => x.code === service.municipality);
  if (m) $('n-municipality').value = ctx.municipalityLabel(m);
  last = null;
  $('match-results').replaceChildren();
  $('match-status').textContent = '';
  const open = () => choose(ctx, { id: service.id, name: service.name, need: service.category, region: service.region });
  if (location.hash === '#match') open();
  else {
    window.addEventListener('hashchange', open, { once: true });
    location.hash = '#match';
  }
}

function topCategory(ctx, iri) {
  const byIri = new Map(ctx.vocabulary.categories.map((c) => [c.iri, c]));
  let c = byIri.get(iri);
  while (c && c.broader.length) c = byIri.get(c.broader[0].iri);
  return c && c.iri;
}

function choose(ctx, service) {
  chosen = service;
  $('c-service').textContent = service.region && service.region !== ctx.settings.region
    ? `${service.name} (${ctx.t('otherRegion', { region: service.region })})` : service.name;
  $('c-remote').hidden = !chosen.region || chosen.region === ctx.settings.region;
  $('c-remote').textContent = ctx.t('remoteHint', { region: chosen.region || '' });
  $('consent-form').hidden = false;
  clearErrors($('consent-form'));
  $('c-notice').focus();
  $('consent-form').scrollIntoView({ block: 'start' });
}

function readConsent(ctx) {
  const form = $('consent-form');
  clearErrors(form);
  const { t } = ctx;
  const purpose = $('c-purpose').value.trim();
  if (purpose.length < 5) fieldError('c-purpose', t('errPurpose'));
  const fields = ticked($('c-fields'));
  if (!fields.length) fieldError('c-fields', t('errPickOne'));
  const reference = $('c-reference').value.trim();
  if (!reference) fieldError('c-reference', t('errRequired'));
  else if (!/^[\p{L}\p{N}._/-]{1,64}$/u.test(reference)) fieldError('c-reference', t('errReference'));
  const phone = $('c-phone').value.trim();
  if (phone && !/^\+?[0-9 ()-]{7,20}$/.test(phone)) fieldError('c-phone', t('errPhone'));
  if (phone && !fields.includes('CONTACT')) fieldError('c-phone', t('errContactNotShared'));
  const recordedBy = $('c-recorded-by').value.trim();
  if (!recordedBy) fieldError('c-recorded-by', t('errRequired'));
  if (!$('c-agreed').checked) fieldError('c-agreed', t('errAgreed'));
  if (!focusFirstError(form)) return null;
  const contact = phone || $('c-note').value.trim() ? { phone: phone || null, note: $('c-note').value.trim() || null } : null;
  return {
    need: { ...need, categories: [chosen.need] }, serviceId: chosen.id, clientReference: reference, contact,
    consent: { purpose, fields, noticeVersion: NOTICE_VERSION, recordedAt: new Date().toISOString(), recordedBy },
  };
}

async function send(ctx) {
  if (chosen.region && chosen.region !== ctx.settings.region) {
    const wanted = readNeed(ctx);
    if (!wanted) return;
    need = wanted;
  }
  const input = readConsent(ctx);
  if (!input) return;
  try {
    const referral = (await graphql(CREATE, { input })).createReferral;
    $('consent-form').hidden = true;
    $('c-agreed').checked = false;
    $('c-reference').value = '';
    $('c-phone').value = '';
    $('c-note').value = '';
    const sent = { service: referral.service ? referral.service.name : chosen.name, status: ctx.t(`status${referral.status}`),
      region: referral.serviceRegion };
    const words = referral.serviceRegion === ctx.settings.region ? ctx.t('sent', sent) : ctx.t('sentRemote', sent);
    $('match-status').innerHTML = `${escape(words)} <a href="#inbox">${ctx.t('seeOutbox')}</a>`;
    document.body.dataset.referred = referral.id;
    $('match-status').focus?.();
  } catch (e) {
    serverError(e, { 'input.consent.purpose': 'c-purpose', 'input.consent.fields': 'c-fields',
      'input.consent.recordedBy': 'c-recorded-by', 'input.clientReference': 'c-reference', 'input.contact': 'c-phone' },
    'consent-error');
    focusFirstError($('consent-form'));
  }
}
