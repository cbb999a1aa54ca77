// A service's field notes on its page, for partners: read them with their author organization, date and age,
// confirm or dispute another partner's note, answer those about your own service, write a new one. The node
// refuses a person's data in a note; its message lands under the text.
import { graphql } from '/web/common/api.js';
import { date, escape } from './format.js';
import { clearErrors, fieldError, focusFirstError, serverError } from './forms.js';

const $ = (id) => document.getElementById(id);
const NOTE = `id text writtenBy author { name } writtenAt freshness confirmations disputes concepts { label(lang: $lang) }
  verdicts { organization kind } answer { organization text at }`;
const NOTES = `query ($id: ID!, $lang: String) { service(id: $id) { organization { localId } fieldNotes { ${NOTE} } } }`;
const WRITE = `mutation ($input: FieldNoteInput!, $lang: String) { writeFieldNote(input: $input) { ${NOTE} } }`;
const JUDGE = (name) => `mutation ($id: ID!, $lang: String) { ${name}(id: $id) { ${NOTE} } }`;
const ANSWER = `mutation ($id: ID!, $text: String!, $lang: String) { answerFieldNote(id: $id, text: $text) { ${NOTE} } }`;

let shown = null;

const can = (ctx, scope) => !!(ctx.me && ctx.me.scopes && ctx.me.scopes.includes(scope));

export function init(ctx) {
  $('note-form').addEventListener('submit', (event) => {
    event.preventDefault();
    write(ctx);
  });
  $('notes-list').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-note]');
    if (!button) return;
    const { note, action } = button.dataset;
    if (action === 'answer') openAnswer(ctx, note);
    else if (action === 'send-answer') answer(ctx, note);
    else judge(ctx, note, action);
  });
}

/** Shows the notes of service s (as the service page read it); hidden for a service of another region. */
export async function show(ctx, s) {
  shown = s;
  const section = $('service-notes');
  section.hidden = s.region !== ctx.settings.region;
  if (section.hidden) return;
  $('notes-list').replaceChildren();
  $('note-form-error').textContent = '';
  $('notes-status').textContent = ctx.t('loading');
  let found;
  try {
    found = (await graphql(NOTES, { id: s.id, lang: ctx.i18n.lang })).service;
  } catch (error) {
    const refused = error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED';
    $('notes-status').textContent = refused ? ctx.t('notesPartnersOnly') : error.message;
    $('note-form').hidden = true;
    return;
  }
  if (shown !== s) return;
  shown = { ...s, owner: found.organization.localId, notes: found.fieldNotes || [] };
  render(ctx);
  concepts(ctx, s);
  $('note-form').hidden = !can(ctx, 'notes:write');
}

function render(ctx) {
  const { t, i18n } = ctx;
  const mine = ctx.me && ctx.me.organization;
  const notes = shown.notes;
  $('notes-status').textContent = notes.length ? t('notesCount', { n: notes.length }) : t('notesNone');
  $('notes-list').innerHTML = notes.map((n) => {
    const verdict = n.verdicts.find((v) => v.organization === mine);
    const judge = can(ctx, 'notes:write') && n.writtenBy !== mine;
    const owner = mine && mine === shown.owner && (can(ctx, 'notes:write') || can(ctx, 'directory:write'));
    return `<li class="note" data-id="${escape(n.id)}">
      <p class="note-text">${escape(n.text)}</p>
      <p class="hint">${escape(t('noteBy', { org: n.author ? n.author.name : n.writtenBy, date: date(n.writtenAt, i18n) }))}
        · <span class="badge ${n.freshness === 'FRESH' ? 'ok' : 'warn'}">${escape(t(`fresh${n.freshness}`))}</span>
        · ${escape(t('noteVerdicts', { confirm: n.confirmations, dispute: n.disputes }))}
        ${n.concepts.length ? `· ${escape(t('noteAbout', { concepts: n.concepts.map((c) => c.label).join(', ') }))}` : ''}</p>
      ${n.answer ? `<p class="note-answer"><strong>${escape(t('answeredBy', { org: n.answer.organization, date: date(n.answer.at, i18n) }))}</strong> ${escape(n.answer.text)}</p>` : ''}
      ${verdict ? `<p class="hint">${escape(t('yourVerdict', { kind: t(`verdict${verdict.kind}`) }))}</p>` : ''}
      <div class="actions">
        ${judge ? `<button type="button" data-note="${escape(n.id)}" data-action="confirmFieldNote">${escape(t('noteConfirm'))}</button>
        <button type="button" data-note="${escape(n.id)}" data-action="disputeFieldNote">${escape(t('noteDispute'))}</button>` : ''}
        ${owner ? `<button type="button" data-note="${escape(n.id)}" data-action="answer">${escape(t('noteAnswer'))}</button>` : ''}
      </div>
      <p class="error" id="note-${escape(n.id)}-error" role="alert"></p>
    </li>`;
  }).join('');
}

/** Checkboxes for the service's own categories and documents: the concepts a note about it is likely about. */
function concepts(ctx, s) {
  const kept = new Set([...document.querySelectorAll('#note-concepts input:checked')].map((i) => i.value));
  const all = [...s.categories, ...s.acceptedDocuments];
  $('note-concepts-set').hidden = all.length === 0;
  $('note-concepts').innerHTML = all.map((c, i) => `<label><input type="checkbox" id="note-concept-${i}"
    value="${escape(c.iri)}" ${kept.has(c.iri) ? 'checked' : ''}> ${escape(c.label)}</label>`).join(' ');
}

async function write(ctx) {
  const form = $('note-form');
  clearErrors(form);
  $('note-form-error').textContent = '';
  const text = $('note-text').value.trim();
  if (!text) fieldError('note-text', ctx.t('errRequired'));
  if (!focusFirstError(form)) return;
  const chosen = [...document.querySelectorAll('#note-concepts input:checked')].map((i) => i.value);
  try {
    const note = (await graphql(WRITE, { input: { targetId: shown.id, text, concepts: chosen }, lang: ctx.i18n.lang }))
      .writeFieldNote;
    shown.notes = [note, ...shown.notes];
    $('note-text').value = '';
    document.querySelectorAll('#note-concepts input').forEach((i) => { i.checked = false; });
    render(ctx);
    $('notes-status').textContent = ctx.t('noteWritten');
  } catch (error) {
    serverError(error, { 'input.text': 'note-text', 'input.concepts': 'note-text' }, 'note-form-error');
    focusFirstError(form);
  }
}

async function judge(ctx, id, mutation) {
  try {
    replace(ctx, (await graphql(JUDGE(mutation), { id, lang: ctx.i18n.lang }))[mutation]);
  } catch (error) {
    $(`note-${id}-error`).textContent = error.message;
  }
}

function openAnswer(ctx, id) {
  const item = document.querySelector(`li.note[data-id="${CSS.escape(id)}"] .actions`);
  if ($(`answer-${id}`)) return;
  item.insertAdjacentHTML('beforeend', `<label for="answer-${escape(id)}">${escape(ctx.t('noteAnswerLabel'))}</label>
    <textarea id="answer-${escape(id)}" rows="2" maxlength="1000" aria-describedby="note-${escape(id)}-error"></textarea>
    <button type="button" data-note="${escape(id)}" data-action="send-answer">${escape(ctx.t('noteSendAnswer'))}</button>`);
  $(`answer-${id}`).focus();
}

async function answer(ctx, id) {
  const field = $(`answer-${id}`);
  const text = field.value.trim();
  if (!text) {
    $(`note-${id}-error`).textContent = `${ctx.t('noteAnswerLabel')}: ${ctx.t('errRequired')}`;
    field.setAttribute('aria-invalid', 'true');
    field.focus();
    return;
  }
  try {
    replace(ctx, (await graphql(ANSWER, { id, text, lang: ctx.i18n.lang })).answerFieldNote);
  } catch (error) {
    $(`note-${id}-error`).textContent = error.message;
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  }
}

function replace(ctx, note) {
  shown.notes = shown.notes.map((n) => (n.id === note.id ? note : n));
  render(ctx);
  $('notes-status').textContent = ctx.t('moved');
}
