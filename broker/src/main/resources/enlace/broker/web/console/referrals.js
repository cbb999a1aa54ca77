// The referral boxes: sent to my organization (inbox) and sent by it (outbox), kept live by the
// referralEvents subscription, with the moves each side may make and the history of each referral.
import { graphql, token } from '/web/common/api.js';
import { clearErrors, fieldError, focusFirstError, serverError } from './forms.js';
import { date, escape } from './format.js';
import { describe } from './profile.js';
import { subscribe } from './ws.js';

const $ = (id) => document.getElementById(id);
const OPEN = ['REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'];
const REASONS = ['NO_CAPACITY', 'NOT_ELIGIBLE', 'COULD_NOT_CONTACT', 'OTHER'];

const BOX = `query Box($box: ReferralBox!, $lang: String) { referrals(box: $box, first: 30) { edges { node {
  id status urgency clientReference createdAt expiresAt rejectReason outcome
  needs { label(lang: $lang) } documents { label(lang: $lang) } languages
  household { adults children unaccompaniedMinor } municipality { name }
  profile { gender lgbtiSafePlace ageGroups pregnant reducedMobility protectedPlace }
  sender { name } receiver { name } service { id name } serviceRegion contact { phone note }
  consent { purpose noticeVersion recordedBy fields }
  events { from to at reason } } } } }`;

const MOVES = {
  accept: 'mutation ($id: ID!, $note: String) { acceptReferral(id: $id, note: $note) { id status } }',
  reject: 'mutation ($id: ID!, $reason: RejectReason!, $note: String) { rejectReferral(id: $id, reason: $reason, note: $note) { id status } }',
  start: 'mutation ($id: ID!, $note: String) { startReferral(id: $id, note: $note) { id status } }',
  complete: 'mutation ($id: ID!, $outcome: String!) { completeReferral(id: $id, outcome: $outcome) { id status } }',
  cancel: 'mutation ($id: ID!, $note: String) { cancelReferral(id: $id, note: $note) { id status } }',
};

let subscription = null;
let boxes = { INBOX: [], OUTBOX: [] };
let reloading = null;

export function init(ctx) {
  ['inbox', 'outbox'].forEach((id) => $(id).addEventListener('submit', (event) => {
    event.preventDefault();
    move(ctx, event.target, event.submitter);
  }));
}

export function start(ctx) {
  stop();
  reload(ctx);
  subscription = subscribe({
    query: 'subscription { referralEvents { referral to at reason } }',
    bearer: token.get(),
    onNext: (data) => {
      const e = data.referralEvents;
      $('announce').textContent = ctx.t('eventArrived', { status: ctx.t(`status${e.to}`) });
      reload(ctx);
    },
    onState: (state) => {
      $('live').textContent = ctx.t(`live_${state}`);
      document.body.dataset.live = state;
    },
  });
}

export function stop() {
  if (subscription) subscription.close();
  subscription = null;
}

export function show(ctx) {
  reload(ctx);
}

export function relabel(ctx) {
  render(ctx);
}

async function reload(ctx) {
  if (!ctx.me) return;
  if (reloading) return reloading;
  reloading = (async () => {
    try {
      const [inbox, outbox] = await Promise.all(['INBOX', 'OUTBOX'].map((box) =>
        graphql(BOX, { box, lang: ctx.i18n.lang }).then((d) => d.referrals.edges.map((e) => e.node))));
      boxes = { INBOX: inbox, OUTBOX: outbox };
      render(ctx);
      document.body.dataset.boxes = String(Date.now());
    } catch (e) {
      $('live').textContent = e.message;
    } finally {
      reloading = null;
    }
  })();
  return reloading;
}

/** Re-renders both boxes, keeping whatever the officer had typed or chosen in them. */
function render(ctx) {
  const typed = {};
  document.querySelectorAll('#inbox input, #inbox select, #outbox input, #outbox select').forEach((el) => {
    typed[el.id] = el.value;
  });
  $('inbox').innerHTML = boxes.INBOX.map((r) => item(ctx, r, 'INBOX', `in-${safe(r.id)}`)).join('')
    || `<li class="hint">${ctx.t('empty')}</li>`;
  $('outbox').innerHTML = boxes.OUTBOX.map((r) => item(ctx, r, 'OUTBOX', `out-${safe(r.id)}`)).join('')
    || `<li class="hint">${ctx.t('empty')}</li>`;
  Object.entries(typed).forEach(([id, value]) => { if ($(id)) $(id).value = value; });
}

const safe = (id) => id.replace(/[^A-Za-z0-9_-]/g, '');

function item(ctx, r, box, key) {
  const { t, i18n } = ctx;
  const other = box === 'INBOX' ? `${t('from')}: ${escape(r.sender && r.sender.name)}` : `${t('to')}: ${escape(r.service ? r.service.name : r.receiver && r.receiver.name)}`;
  const pending = box === 'OUTBOX' && !r.receiver && r.status === 'REQUESTED' ? `<span class="badge">${t('receiverPending', { region: escape(r.serviceRegion) })}</span>` : '';
  const household = r.household ? t('household', { adults: r.household.adults, children: r.household.children }) : '';
  const history = r.events.map((e) => `<li>${date(e.at, i18n)}: ${e.from ? `${t(`status${e.from}`)} → ` : ''}${t(`status${e.to}`)}${e.reason ? ` (${escape(e.reason)})` : ''}</li>`).join('');
  return `<li class="item referral" data-referral="${escape(r.id)}" data-status="${r.status}">
    <h4>${escape(r.needs.map((n) => n.label).join(', '))} · <span class="status-text">${t(`status${r.status}`)}</span></h4>
    <div class="meta"><span>${other}</span>${pending}<span>${t('reference')}: ${escape(r.clientReference || '—')}</span>
      <span>${date(r.createdAt, i18n)}</span><span>${t(`urgency${r.urgency}`)}</span></div>
    <div class="meta">${household ? `<span>${household}</span>` : ''}
      ${r.profile ? `<span>${t('profile')}: ${escape(describe(ctx, r.profile))}</span>` : ''}
      ${r.documents ? `<span>${t('accepts')}: ${escape(r.documents.map((d) => d.label).join(', ') || '—')}</span>` : ''}
      ${r.municipality ? `<span>${escape(r.municipality.name)}</span>` : ''}
      ${r.contact ? `<span>${t('contact')}: ${escape(r.contact.phone || '—')} ${escape(r.contact.note || '')}</span>` : ''}
      ${r.rejectReason ? `<span>${t(`reason${r.rejectReason}`)}</span>` : ''}
      ${r.outcome ? `<span>${t('outcome')}: ${escape(r.outcome)}</span>` : ''}</div>
    <div class="meta"><span>${t('consentLine', { purpose: escape(r.consent.purpose), by: escape(r.consent.recordedBy), version: escape(r.consent.noticeVersion) })}</span></div>
    ${actions(ctx, r, box, key)}
    <details><summary>${t('history')}</summary><ol class="reasons">${history}</ol></details></li>`;
}

function actions(ctx, r, box, key) {
  const { t } = ctx;
  const form = (inner) => `<form class="actions" data-id="${escape(r.id)}" data-key="${key}" novalidate>${inner}
    <p class="error" id="${key}-error" role="alert"></p></form>`;
  const note = `<div class="field"><label for="${key}-note">${t('note')}</label><input id="${key}-note" maxlength="500"></div>`;
  if (box === 'OUTBOX') {
    return OPEN.includes(r.status) ? form(`${note}<button type="submit" data-move="cancel">${t('cancelReferral')}</button>`) : '';
  }
  if (r.status === 'REQUESTED') {
    return form(`${note}<button type="submit" class="primary" data-move="accept">${t('accept')}</button>
      <div class="field"><label for="${key}-reason">${t('rejectReason')}</label>
        <select id="${key}-reason" aria-describedby="${key}-reason-error"><option value="">${t('choose')}…</option>
        ${REASONS.map((x) => `<option value="${x}">${t(`reason${x}`)}</option>`).join('')}</select>
        <p class="error" id="${key}-reason-error" role="alert"></p></div>
      <button type="submit" data-move="reject">${t('reject')}</button>`);
  }
  if (r.status === 'ACCEPTED' || r.status === 'ON_HOLD') {
    return form(`${note}<button type="submit" class="primary" data-move="start">${t('startReferral')}</button>`);
  }
  if (r.status === 'IN_PROGRESS') {
    return form(`<div class="field"><label for="${key}-outcome">${t('outcome')}</label>
      <input id="${key}-outcome" maxlength="500" aria-describedby="${key}-outcome-error">
      <p class="error" id="${key}-outcome-error" role="alert"></p></div>
      <button type="submit" class="primary" data-move="complete">${t('complete')}</button>`);
  }
  return '';
}

async function move(ctx, form, button) {
  if (!button) return;
  const kind = button.dataset.move;
  const { key, id } = form.dataset;
  clearErrors(form);
  const value = (suffix) => ($(`${key}-${suffix}`) ? $(`${key}-${suffix}`).value.trim() : '');
  const vars = { id };
  if (kind === 'reject') {
    vars.reason = value('reason');
    if (!vars.reason) fieldError(`${key}-reason`, ctx.t('errRequired'));
  }
  if (kind === 'complete') {
    vars.outcome = value('outcome');
    if (!vars.outcome) fieldError(`${key}-outcome`, ctx.t('errRequired'));
  }
  if (kind !== 'complete' && value('note')) vars.note = value('note');
  if (!focusFirstError(form)) return;
  try {
    await graphql(MOVES[kind], vars);
    $('announce').textContent = ctx.t('moved');
    await reload(ctx);
  } catch (e) {
    serverError(e, { outcome: `${key}-outcome`, reason: `${key}-reason` }, `${key}-error`);
  }
}
