// A service's page: everything the directory knows about it, where that comes from and when it was last verified;
// a service of another region offers "Canalizar" as its search result does.
import { graphql } from '/web/common/api.js';
import { capacity, date, escape, openBadge } from './format.js';
import * as notes from './notes.js';
import { referButton, resultFor, searched } from './search.js';

const $ = (id) => document.getElementById(id);
const SERVICE = `query ($id: ID!, $lang: String) { service(id: $id) { id localId region name description status cost
  confidential languages audience timezone isOpen lastVerifiedAt source
  sources { source sourceId importedAt assuredAt merged }
  categories { iri label(lang: $lang) } acceptedDocuments { iri label(lang: $lang) }
  capacity { available total unit updatedAt stale } openingHours { weekday opens closes }
  organization { name kind phone email website verifiedAt source }
  locations { name address postalCode approximate point { latitude longitude } municipality { name stateName } } } }`;

let current = null;

export function init(ctx) {
  $('service-body').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-refer]');
    if (button) ctx.refer(JSON.parse(button.dataset.refer));
  });
  notes.init(ctx);
}

export async function show(ctx, id) {
  current = id;
  $('service-title').textContent = ctx.t('loading');
  const s = (await graphql(SERVICE, { id, lang: ctx.i18n.lang })).service;
  const found = !s && resultFor(id);
  $('service-notes').hidden = true;
  if (found) {
    remote(ctx, found);
    return;
  }
  if (!s) {
    $('service-title').textContent = ctx.t('notFound');
    $('service-body').replaceChildren();
    return;
  }
  const { t, i18n } = ctx;
  const row = (label, value) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  $('service-title').textContent = s.name;
  $('service-body').innerHTML = `<table><tbody>
    ${row(t('organization'), `${escape(s.organization.name)} · ${escape(s.organization.phone || '')} ${escape(s.organization.email || '')} ${escape(s.organization.website || '')}`)}
    ${row(t('description'), escape(s.description || '—'))}
    ${row(t('categories'), escape(s.categories.map((c) => c.label).join(', ')))}
    ${row(t('accepts'), escape(s.acceptedDocuments.map((d) => d.label).join(', ') || t('noDocumentsNeeded')))}
    ${row(t('language'), escape(s.languages.join(', ')))}
    ${row(t('audience'), escape(s.audience.join(', ') || '—'))}
    ${row(t('capacityLabel'), capacity(s.capacity, i18n))}
    ${row(t('hours'), `${openBadge(s.isOpen, i18n)} ${s.openingHours.map((h) => `${t(`day${h.weekday}`)} ${h.opens}–${h.closes}`).join('; ') || '—'} (${escape(s.timezone)})`)}
    ${row(t('cost'), escape(s.cost || '—'))}
    ${row(t('places'), s.locations.map((l) => `${l.approximate ? t('approximate') : escape([l.name, l.address, l.postalCode].filter(Boolean).join(', '))} · ${escape(l.municipality ? `${l.municipality.name}, ${l.municipality.stateName}` : '')}`).join('<br>'))}
    ${row(t('status'), escape(s.status))}
    ${row(t('verified'), date(s.lastVerifiedAt, i18n))}
    ${row(t('source'), `${escape(s.source || '—')} · ${t('region')} ${escape(s.region)} · ${escape(s.localId)}`)}
    ${row(t('sources'), s.sources.map((x) => `${escape(x.source)} (${escape(x.sourceId)}) · ${t('imported')} ${date(x.importedAt, i18n)} · ${t('assured')} ${date(x.assuredAt, i18n)}`).join('<br>') || '—')}
  </tbody></table>
  ${s.region !== ctx.settings.region ? `<div class="actions">${referButton(ctx, s, searched())}</div>` : ''}`;
  await notes.show(ctx, s);
}

/** A peer's service, as its federated search result described it (this node does not store it). */
function remote(ctx, { node: s, location: l }) {
  const { t, i18n } = ctx;
  const row = (label, value) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  $('service-title').textContent = s.name;
  $('service-body').innerHTML = `<p class="hint">${escape(t('fromPeer', { region: s.region }))}</p><table><tbody>
    ${row(t('organization'), escape(s.organization.name))}
    ${row(t('categories'), escape(s.categories.map((c) => c.label).join(', ')))}
    ${row(t('accepts'), escape(s.acceptedDocuments.map((d) => d.label).join(', ') || t('noDocumentsNeeded')))}
    ${row(t('language'), escape(s.languages.join(', ')))}
    ${row(t('capacityLabel'), capacity(s.capacity, i18n))}
    ${row(t('hours'), openBadge(s.isOpen, i18n))}
    ${row(t('places'), `${l.approximate ? t('approximate') : escape([l.name, l.address].filter(Boolean).join(', '))}${l.municipality ? ` · ${escape(l.municipality.name)}` : ''}`)}
    ${row(t('verified'), date(s.lastVerifiedAt, i18n))}
  </tbody></table>
  <div class="actions">${referButton(ctx, s, searched())}</div>`;
}

export function relabel(ctx) {
  if (current && !$('view-service').hidden) show(ctx, current);
}
