// Search: around a municipality, a point (my location, a click on the map) or by text, with the filters of
// the directory; results as a list and as points on the state outlines (confidential places as a dashed ring).
// A result from another region offers "Canalizar": the needs page's consent form, prefilled from this search.
import { graphql } from '/web/common/api.js';
import { mexicoMap, circle, tooltip, unproject } from '/web/common/map.js';
import { clearErrors, fieldError, focusFirstError, serverError } from './forms.js';
import { capacity, date, escape, km, openBadge } from './format.js';

const $ = (id) => document.getElementById(id);
const SEARCH = `query Search($near: GeoPointInput, $municipality: String, $radiusKm: Float, $categories: [ID!],
    $documents: [ID!], $languages: [String!], $openAt: DateTime, $hasCapacity: Boolean, $text: String, $lang: String,
    $scope: SearchScope) {
  searchServices(near: $near, municipality: $municipality, radiusKm: $radiusKm, categories: $categories,
      documents: $documents, languages: $languages, openAt: $openAt, hasCapacity: $hasCapacity, text: $text, first: 30,
      scope: $scope) {
    federation { peers { id status } }
    edges { distanceKm nodeId
      location { name address approximate point { latitude longitude } municipality { name } }
      node { id region name confidential isOpen languages lastVerifiedAt organization { name }
        categories { iri label(lang: $lang) } acceptedDocuments { label(lang: $lang) }
        capacity { available total unit updatedAt stale } } } } }`;

let layer = null;
let point = null;
let last = null;

export function init(ctx) {
  fillFilters(ctx);
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    run(ctx);
  });
  $('s-municipality').addEventListener('input', () => { point = null; $('s-where').textContent = ''; });
  $('s-locate').addEventListener('click', () => locate(ctx));
  $('search-results').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-refer]');
    if (button) ctx.refer(JSON.parse(button.dataset.refer));
  });
  mexicoMap($('search-map')).then((points) => {
    layer = points;
    layer.ownerSVGElement.setAttribute('aria-label', ctx.t('mapLabel'));
    layer.ownerSVGElement.addEventListener('click', (event) => pick(ctx, event));
  });
}

export function reset(ctx) {
  if (ctx.home && !$('s-municipality').value) $('s-municipality').value = ctx.municipalityLabel(ctx.home);
}

export function show() {}

export function relabel(ctx) {
  fillFilters(ctx);
  if (layer) layer.ownerSVGElement.setAttribute('aria-label', ctx.t('mapLabel'));
  if (last) render(ctx, last);
}

function fillFilters(ctx) {
  const { categories, documents, languages } = ctx.vocabulary;
  refill($('s-category'), categories.map((c) => [c.iri, c.label]), ctx.t('any'));
  refill($('s-language'), languages.filter((l) => l.notation).map((l) => [l.notation, l.label]), ctx.t('any'));
  checks($('s-documents'), 's-doc', documents);
}

function refill(select, pairs, anyLabel) {
  const kept = select.value;
  select.replaceChildren(new Option(anyLabel, ''), ...pairs.map(([value, label]) => new Option(label, value)));
  select.value = kept;
}

/** Checkboxes for concepts, keeping which were ticked across a relabelling. */
export function checks(container, prefix, concepts) {
  const ticked = new Set([...container.querySelectorAll('input:checked')].map((i) => i.value));
  container.replaceChildren(...concepts.map((c, i) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = c.iri;
    input.id = `${prefix}-${i}`;
    input.checked = ticked.has(c.iri);
    label.append(input, ` ${c.label}`);
    return label;
  }));
}

export function ticked(container) {
  return [...container.querySelectorAll('input:checked')].map((i) => i.value);
}

function locate(ctx) {
  if (!navigator.geolocation) {
    fieldError('s-municipality', ctx.t('errNoLocation'));
    return;
  }
  navigator.geolocation.getCurrentPosition((p) => {
    setPoint(ctx, p.coords.latitude, p.coords.longitude);
    run(ctx);
  }, () => fieldError('s-municipality', ctx.t('errNoLocation')));
}

function pick(ctx, event) {
  const svg = layer.ownerSVGElement;
  const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM().inverse());
  const [latitude, longitude] = unproject(at.x, at.y);
  setPoint(ctx, latitude, longitude);
  run(ctx);
}

function setPoint(ctx, latitude, longitude) {
  point = { latitude: Number(latitude.toFixed(4)), longitude: Number(longitude.toFixed(4)) };
  $('s-municipality').value = '';
  $('s-where').textContent = ctx.t('aroundPoint', { lat: point.latitude, lon: point.longitude });
}

function variables(ctx) {
  const form = $('search-form');
  clearErrors(form);
  const vars = { lang: ctx.i18n.lang, hasCapacity: $('s-capacity').checked };
  const typed = $('s-municipality').value;
  if (point) {
    vars.near = point;
  } else if (!typed.trim()) {
    fieldError('s-municipality', ctx.t('errWhere'));
  } else {
    const m = ctx.findMunicipality(typed);
    if (m) vars.municipality = m.code;
    else fieldError('s-municipality', ctx.t('errMunicipality', { typed }));
  }
  const radius = Number($('s-radius').value);
  if ($('s-radius').value.trim() === '' || !(radius >= 1 && radius <= 250)) {
    fieldError('s-radius', ctx.t('errRange', { min: 1, max: 250 }));
  }
  vars.radiusKm = radius;
  if ($('s-category').value) vars.categories = [$('s-category').value];
  if ($('s-language').value) vars.languages = [$('s-language').value];
  const documents = ticked($('s-documents'));
  if (documents.length) vars.documents = documents;
  if ($('s-text').value.trim()) vars.text = $('s-text').value.trim();
  if ($('s-open').checked) vars.openAt = new Date().toISOString();
  vars.scope = $('s-federated').checked ? 'FEDERATED' : 'LOCAL';
  return focusFirstError(form) ? vars : null;
}

async function run(ctx) {
  const vars = variables(ctx);
  if (!vars) return;
  $('search-status').textContent = ctx.t('loading');
  document.body.dataset.searching = 'true';
  try {
    const { edges, federation } = (await graphql(SEARCH, vars)).searchServices;
    last = { edges, federation, centre: vars.near || centreOf(ctx, vars.municipality), vars };
    render(ctx, last);
  } catch (e) {
    $('search-status').textContent = '';
    serverError(e, { municipality: 's-municipality', near: 's-municipality', radiusKm: 's-radius', text: 's-text' },
      's-municipality-error');
  } finally {
    document.body.dataset.searching = 'false';
  }
}

function centreOf(ctx, code) {
  const m = ctx.municipalities.find((x) => x.code === code);
  return m && m.centroid;
}

/** What a referral from this search starts with: the service, its region, and the need the search described. */
export function referral(service, vars) {
  return { id: service.id, name: service.name, region: service.region,
    category: (vars && vars.categories && vars.categories[0]) || (service.categories[0] && service.categories[0].iri),
    documents: (vars && vars.documents) || [], municipality: vars && vars.municipality };
}

/** The variables of the last search run, for a referral started from a service's page. */
export function searched() {
  return last && last.vars;
}

/** The last search's result for a service id (a peer's service is known here only through it). */
export function resultFor(id) {
  return last && last.edges.find((e) => e.node.id === id);
}

export function referButton(ctx, service, vars) {
  return `<button type="button" class="primary" data-refer="${escape(JSON.stringify(referral(service, vars)))}">${ctx.t('refer')}: ${escape(service.name)}</button>`;
}

function render(ctx, { edges, federation, centre, vars }) {
  const { i18n, t } = ctx;
  const peers = federation ? ` ${t('peers', { peers: federation.peers.map((p) => `${p.id}: ${p.status}`).join(', ') || t('none')})}` : '';
  $('search-status').textContent = `${t('found', { n: edges.length })}${peers}`;
  $('search-results').innerHTML = edges.map((e) => {
    const s = e.node;
    const docs = s.acceptedDocuments.length ? s.acceptedDocuments.map((d) => d.label).join(', ') : t('noDocumentsNeeded');
    const where = e.location.approximate ? t('approximate') : escape(e.location.address || e.location.name || '');
    return `<li class="item" data-service="${escape(s.id)}">
      <h3><a href="#service/${encodeURIComponent(s.id)}">${escape(s.name)}</a></h3>
      <div class="meta"><span>${escape(s.organization.name)}</span><span>${km(e.distanceKm, i18n)}</span>
        ${s.region !== ctx.settings.region ? `<span class="badge">${t('otherRegion', { region: escape(s.region) })}</span>` : ''}
        <span>${where}${e.location.municipality ? ` · ${escape(e.location.municipality.name)}` : ''}</span></div>
      <div class="meta">${openBadge(s.isOpen, i18n)} <span>${capacity(s.capacity, i18n)}</span>
        <span>${t('verified')}: ${date(s.lastVerifiedAt, i18n)}</span></div>
      <div class="meta"><span>${t('categories')}: ${escape(s.categories.map((c) => c.label).join(', '))}</span>
        <span>${t('accepts')}: ${escape(docs)}</span></div>
      ${s.region !== ctx.settings.region ? referButton(ctx, s, vars) : ''}</li>`;
  }).join('');
  draw(ctx, edges, centre);
}

function draw(ctx, edges, centre) {
  if (!layer) return;
  layer.replaceChildren();
  const svg = layer.ownerSVGElement;
  const drawn = [];
  if (centre) drawn.push(circle(layer, centre.latitude, centre.longitude, 0.5, { class: 'centre' }));
  edges.forEach((e) => {
    const p = e.location.point;
    const c = circle(layer, p.latitude, p.longitude, e.location.approximate ? 1.2 : 0.35,
      { class: e.location.approximate ? 'approximate' : 'service', 'data-service': e.node.id });
    tooltip(c, `${e.node.name}${e.location.approximate ? ` (${ctx.t('approximate')})` : ''}`);
    drawn.push(c);
  });
  if (!drawn.length) return;
  const xs = drawn.map((c) => Number(c.getAttribute('cx')));
  const ys = drawn.map((c) => Number(c.getAttribute('cy')));
  const pad = 6;
  const [x0, x1, y0, y1] = [Math.min(...xs) - pad, Math.max(...xs) + pad, Math.min(...ys) - pad, Math.max(...ys) + pad];
  const size = Math.max(x1 - x0, y1 - y0, 40);
  svg.setAttribute('viewBox', `${(x0 + x1 - size) / 2} ${(y0 + y1 - size) / 2} ${size} ${size}`);
}
