// My organization's services (directory:write): free places in two clicks (−1 / +1, or a figure and Save),
// opening hours as rows of weekday, opens and closes, and "verified today".
import { graphql } from '/web/common/api.js';
import { clearErrors, fieldError, focusFirstError, serverError, wholeNumber } from './forms.js';
import { capacity, date, escape } from './format.js';
import * as upload from './upload.js';

const $ = (id) => document.getElementById(id);
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const SERVICE_FIELDS = `id name capacity { available total unit updatedAt stale } openingHours { weekday opens closes }
  timezone lastVerifiedAt source`;
const OWN = `query ($id: ID!) { organization(id: $id) { name services { ${SERVICE_FIELDS} } } }`;
const WRITES = {
  capacity: `mutation ($id: ID!, $available: Int!) { updateCapacity(serviceId: $id, available: $available) { ${SERVICE_FIELDS} } }`,
  hours: `mutation ($id: ID!, $hours: [OpeningHoursInput!]!, $timezone: String) {
    setOpeningHours(serviceId: $id, hours: $hours, timezone: $timezone) { ${SERVICE_FIELDS} } }`,
  verified: `mutation ($id: ID!) { markVerified(serviceId: $id) { ${SERVICE_FIELDS} } }`,
};

let services = [];

export function init(ctx) {
  upload.init(ctx);
  const root = $('org-services');
  root.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    if (form.dataset.kind === 'capacity') saveCapacity(ctx, form, event.submitter);
    if (form.dataset.kind === 'hours') saveHours(ctx, form);
  });
  root.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-act]');
    if (!button) return;
    const form = button.closest('form');
    if (button.dataset.act === 'add-row') form.querySelector('tbody').insertAdjacentHTML('beforeend', row(ctx, form.dataset.key, null));
    if (button.dataset.act === 'remove-row') button.closest('tr').remove();
    if (button.dataset.act === 'verified') write(ctx, 'verified', { id: button.dataset.id }, `${button.dataset.key}-error`);
  });
}

export async function show(ctx) {
  if (!ctx.me.scopes.includes('directory:write') || !ctx.me.organizationId) {
    $('org-status').textContent = ctx.t('needsWrite');
    $('org-upload').hidden = true;
    $('org-services').replaceChildren();
    return;
  }
  $('org-upload').hidden = false;
  $('org-status').textContent = ctx.t('loading');
  const org = (await graphql(OWN, { id: ctx.me.organizationId })).organization;
  services = org ? org.services : [];
  $('org-status').textContent = org ? org.name : ctx.t('orgEmpty');
  render(ctx);
}

export function relabel(ctx) {
  if (services.length && !$('view-org').hidden) render(ctx);
}

let counter = 0;
function row(ctx, key, h) {
  counter += 1;
  const id = `${key}-h${counter}`;
  return `<tr><td><label class="sr-only" for="${id}-day">${ctx.t('weekday')}</label>
    <select id="${id}-day">${WEEKDAYS.map((d) => `<option value="${d}" ${h && h.weekday === d ? 'selected' : ''}>${ctx.t(`day${d}`)}</option>`).join('')}</select></td>
    <td><label class="sr-only" for="${id}-opens">${ctx.t('opens')}</label><input id="${id}-opens" class="opens" value="${h ? h.opens : ''}" placeholder="09:00" aria-describedby="${id}-opens-error">
      <p class="error" id="${id}-opens-error" role="alert"></p></td>
    <td><label class="sr-only" for="${id}-closes">${ctx.t('closes')}</label><input id="${id}-closes" class="closes" value="${h ? h.closes : ''}" placeholder="18:00" aria-describedby="${id}-closes-error">
      <p class="error" id="${id}-closes-error" role="alert"></p></td>
    <td><button type="button" data-act="remove-row">${ctx.t('remove')}</button></td></tr>`;
}

function render(ctx) {
  const { t, i18n } = ctx;
  $('org-services').innerHTML = services.map((s, i) => {
    const key = `svc${i}`;
    const c = s.capacity;
    return `<section class="card" data-service="${escape(s.id)}" aria-labelledby="${key}-name">
      <h3 id="${key}-name"><a href="#service/${encodeURIComponent(s.id)}">${escape(s.name)}</a></h3>
      <p class="meta"><span>${t('verified')}: ${date(s.lastVerifiedAt, i18n)}</span><span>${t('source')}: ${escape(s.source || '—')}</span>
        <button type="button" data-act="verified" data-id="${escape(s.id)}" data-key="${key}">${t('markVerified')}</button></p>
      <p class="error" id="${key}-error" role="alert"></p>
      ${c ? `<form data-kind="capacity" data-id="${escape(s.id)}" data-key="${key}" class="actions" novalidate>
        <span>${capacity(c, i18n)}</span>
        <button type="submit" data-step="-1" aria-label="−1: ${t('oneLess', { name: escape(s.name) })}" ${c.available <= 0 ? 'disabled' : ''}>−1</button>
        <button type="submit" data-step="1" aria-label="+1: ${t('oneMore', { name: escape(s.name) })}" ${c.available >= c.total ? 'disabled' : ''}>+1</button>
        <div class="field"><label for="${key}-available">${t('freePlaces', { total: c.total })}</label>
          <input id="${key}-available" type="number" min="0" max="${c.total}" value="${c.available}" aria-describedby="${key}-available-error">
          <p class="error" id="${key}-available-error" role="alert"></p></div>
        <button type="submit" class="primary" data-step="set">${t('save')}</button></form>` : `<p class="hint">${t('noCapacity')}</p>`}
      <form data-kind="hours" data-id="${escape(s.id)}" data-key="${key}" novalidate>
        <table class="hours"><caption>${t('hoursOf', { tz: escape(s.timezone) })}</caption>
          <thead><tr><th>${t('weekday')}</th><th>${t('opens')}</th><th>${t('closes')}</th><th></th></tr></thead>
          <tbody>${s.openingHours.map((h) => row(ctx, key, h)).join('')}</tbody></table>
        <p class="error" id="${key}-hours-error" role="alert"></p>
        <div class="actions"><button type="button" data-act="add-row">${t('addHours')}</button>
          <button type="submit" class="primary">${t('saveHours')}</button></div></form></section>`;
  }).join('');
}

function saveCapacity(ctx, form, button) {
  const { id, key } = form.dataset;
  clearErrors(form);
  const current = services.find((s) => s.id === id).capacity;
  let available;
  if (button && button.dataset.step !== 'set') available = current.available + Number(button.dataset.step);
  else available = wholeNumber(`${key}-available`, 0, current.total, ctx.t);
  if (available == null) {
    focusFirstError(form);
    return;
  }
  write(ctx, 'capacity', { id, available }, `${key}-available-error`, { available: `${key}-available` });
}

function saveHours(ctx, form) {
  const { id, key } = form.dataset;
  clearErrors(form);
  const hours = [...form.querySelectorAll('tbody tr')].map((tr) => {
    const opens = tr.querySelector('.opens');
    const closes = tr.querySelector('.closes');
    [opens, closes].forEach((input) => {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(input.value.trim())) fieldError(input.id, ctx.t('errTime'));
    });
    return { weekday: tr.querySelector('select').value, opens: opens.value.trim(), closes: closes.value.trim() };
  });
  if (!focusFirstError(form)) return;
  write(ctx, 'hours', { id, hours, timezone: services.find((s) => s.id === id).timezone }, `${key}-hours-error`);
}

async function write(ctx, kind, vars, errorId, fields = {}) {
  try {
    const data = await graphql(WRITES[kind], vars);
    const updated = Object.values(data)[0];
    services = services.map((s) => (s.id === updated.id ? updated : s));
    render(ctx);
    $('org-status').textContent = ctx.t('saved', { name: updated.name });
    document.body.dataset.saved = String(Date.now());
  } catch (e) {
    serverError(e, fields, errorId);
  }
}
