// Upload on "Mi organización": the office picks its file (xlsx, ods or csv), sees row by row what would happen and
// every problem as the node words it (in the page's language), then confirms; a preview the directory has
// overtaken comes back to be looked at again.
import { token } from '/web/common/api.js';
import { escape } from './format.js';

const $ = (id) => document.getElementById(id);
let preview = null;

export function init(ctx) {
  $('upload-form').addEventListener('submit', (event) => {
    event.preventDefault();
    send(ctx);
  });
  $('upload-result').addEventListener('click', (event) => {
    if (event.target.closest('button[data-act="confirm"]')) confirm(ctx);
    const choice = event.target.closest('button[data-act="choose"]');
    if (choice) choose(ctx, choice.dataset);
  });
}

async function call(ctx, url, body) {
  const headers = { Authorization: `Bearer ${token.get()}`, 'Accept-Language': ctx.i18n.lang };
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.json() };
}

async function send(ctx) {
  const file = $('upload-file').files[0];
  $('upload-error').textContent = '';
  if (!file) {
    $('upload-error').textContent = `${ctx.t('uploadFile')}: ${ctx.t('uploadPick')}`;
    $('upload-file').focus();
    return;
  }
  $('upload-status').textContent = ctx.t('uploadReading');
  const url = `/imports/previews?format=sheet&source=${encodeURIComponent(`console:${ctx.me.organization}`)}`
    + `&file=${encodeURIComponent(file.name)}`;
  const answer = await call(ctx, url, await file.arrayBuffer());
  if (answer.status !== 201) {
    $('upload-status').textContent = '';
    $('upload-error').textContent = answer.body.error || String(answer.status);
    return;
  }
  preview = answer.body;
  render(ctx, preview.summary, true);
}

const CHOOSABLE = ['CATEGORY', 'DOCUMENT', 'ORGANIZATION_KIND'];

async function choose(ctx, { kind, value, concept, label }) {
  const answer = await call(ctx, `/imports/previews/${encodeURIComponent(preview.id)}/choices`,
    JSON.stringify({ choices: [{ kind, value, concept }] }));
  if (answer.status !== 200) {
    $('upload-error').textContent = answer.body.error || String(answer.status);
    return;
  }
  preview = answer.body;
  render(ctx, preview.summary, true);
  $('upload-status').textContent = ctx.t('uploadChosen', { label, value });
}

async function confirm(ctx) {
  $('upload-status').textContent = ctx.t('uploadWriting');
  const answer = await call(ctx, `/imports/previews/${encodeURIComponent(preview.id)}/confirm`);
  if (answer.status === 409) {
    preview = answer.body.preview;
    render(ctx, preview.summary, true);
    $('upload-status').textContent = ctx.t('uploadStale');
    return;
  }
  if (answer.status !== 200) {
    $('upload-error').textContent = answer.body.error || String(answer.status);
    return;
  }
  preview = null;
  render(ctx, answer.body.summary, false);
  $('upload-status').textContent = ctx.t('uploadDone', { created: answer.body.summary.created,
    updated: answer.body.summary.updated, unchanged: answer.body.summary.unchanged });
}

function render(ctx, summary, pending) {
  const { t } = ctx;
  const problems = (where) => summary.problems.filter((p) => p.where === where).map((p) => `<li class="${p.severity === 'ERROR' ? 'error-text' : ''}">
      ${escape(p.field || '')}: ${escape(p.message)}${p.suggestions.length ? `<br>${escape(t('uploadCandidates'))}
      ${p.suggestions.map((s) => (CHOOSABLE.includes(p.kind) ? `<button type="button" data-act="choose"
        data-kind="${escape(p.kind)}" data-value="${escape(p.value || '')}" data-concept="${escape(s.value)}"
        data-label="${escape(s.label)}">${escape(t('uploadUse', { label: `${s.label} (${s.code})` }))}</button>`
        : `<span class="suggestion">${escape(s.label)} (${escape(s.code)})</span>`)).join(' ')}` : ''}</li>`).join('');
  const wheres = [...new Set([...summary.rows.map((r) => r.where), ...summary.problems.map((p) => p.where)])];
  const outcome = (where) => summary.rows.filter((r) => r.where === where).map((r) => `${escape(t(`outcome${r.outcome}`))}${r.targetName
    ? ` — ${escape(r.targetName)}` : ''}`).join('; ') || escape(t('outcomeREFUSE'));
  $('upload-status').textContent = pending ? t('uploadShown', { read: summary.read }) : '';
  $('upload-result').innerHTML = `<table class="preview"><caption>${escape(t('uploadCaption'))}</caption>
    <thead><tr><th scope="col">${escape(t('uploadRow'))}</th><th scope="col">${escape(t('uploadOutcome'))}</th>
    <th scope="col">${escape(t('uploadProblems'))}</th></tr></thead><tbody>
    ${wheres.map((w) => `<tr data-where="${escape(w)}"><th scope="row">${escape(w.replace(/^line (\d+)$/, (m, n) => t('uploadLine', { n })))}</th><td>${outcome(w)}</td>
      <td><ul>${problems(w)}</ul></td></tr>`).join('')}</tbody></table>
    ${pending ? `<button type="button" data-act="confirm">${escape(t('uploadConfirm'))}</button>` : ''}`;
}
