// The coordinator's page: the gaps of the region for one category, on the map and in ranked lists.
import { createI18n } from '/web/common/i18n.js';
import { graphql, token, demoToken, download } from '/web/common/api.js';
import { mexicoMap, circle, tooltip } from '/web/common/map.js';

const i18n = createI18n({
  es: {
    title: 'Brechas de la red', tokenLabel: 'Token de coordinación', tokenPlaceholder: 'Pegue su token',
    useToken: 'Usar token', demoToken: 'Token de demostración', category: 'Categoría', radius: 'Radio (km)',
    csv: 'Descargar CSV', geojson: 'Descargar GeoJSON', legendInside: 'Con servicio en el municipio',
    legendNear: 'Servicio a 25 km o menos', legendFar: 'Servicio dentro del radio', legendNone: 'Ninguno dentro del radio',
    sizeNote: 'El tamaño del círculo sigue la población (aproximada, GeoNames); borde punteado: población desconocida.',
    withoutDam: 'Municipios sin DAM, por población', municipality: 'Municipio', state: 'Estado', population: 'Población',
    nearestKm: 'Servicio más cercano (km)', farthest: 'Categorías con el servicio más lejano', farthestKm: 'Más lejano (km)',
    without: 'Municipios sin servicio', stale: 'Servicios con datos vencidos', service: 'Servicio', verified: 'Verificado',
    never: 'nunca', confidential: 'confidencial', beyond: 'fuera del radio', loading: 'Cargando…',
    signedOut: 'Necesita un token de coordinación (alcance «coordinator»).', noDemo: 'Este nodo no emite tokens de demostración.',
    ready: '{region}: {count} municipios, {without} sin DAM.', staleCount: '{count} servicios sin verificar en 180 días.',
    tooltip: '{name} ({state}) · población {population} · {services} servicios · más cercano {km} km · DAM: {dam}',
    yes: 'sí', no: 'no', review: 'Avisos de importación por revisar', value: 'Valor escrito', records: 'Registros',
    sources: 'Fuentes', mapTo: 'Asignar a', map: 'Asignar', reviewCount: '{count} valores con avisos abiertos.',
    mapped: '«{value}» asignado: {applied} registros actualizados.', choose: 'Elija un concepto',
  },
  en: {
    title: 'Gaps of the network', tokenLabel: 'Coordinator token', tokenPlaceholder: 'Paste your token',
    useToken: 'Use token', demoToken: 'Demo token', category: 'Category', radius: 'Radius (km)',
    csv: 'Download CSV', geojson: 'Download GeoJSON', legendInside: 'A service in the municipality',
    legendNear: 'A service within 25 km', legendFar: 'A service within the radius', legendNone: 'None within the radius',
    sizeNote: 'Circles are sized by population (approximate, GeoNames); dashed outline: population unknown.',
    withoutDam: 'Municipalities without a DAM, by population', municipality: 'Municipality', state: 'State',
    population: 'Population', nearestKm: 'Nearest service (km)', farthest: 'Categories with the farthest service',
    farthestKm: 'Farthest (km)', without: 'Municipalities without', stale: 'Services with stale data', service: 'Service',
    verified: 'Verified', never: 'never', confidential: 'confidential', beyond: 'beyond the radius', loading: 'Loading…',
    signedOut: 'You need a coordinator token (scope "coordinator").', noDemo: 'This node issues no demo tokens.',
    ready: '{region}: {count} municipalities, {without} without a DAM.', staleCount: '{count} services not verified in 180 days.',
    tooltip: '{name} ({state}) · population {population} · {services} services · nearest {km} km · DAM: {dam}',
    yes: 'yes', no: 'no', review: 'Import warnings to review', value: 'Value as written', records: 'Records',
    sources: 'Sources', mapTo: 'Map to', map: 'Map', reviewCount: '{count} values with open warnings.',
    mapped: '"{value}" mapped: {applied} records updated.', choose: 'Choose a concept',
  },
});

const GAPS = `query Gaps($categories: [String!]!, $radiusKm: Float, $lang: String) {
  gaps(categories: $categories, radiusKm: $radiusKm, top: 50) {
    region radiusKm
    municipalities { code name stateName population hasDam centroid { latitude longitude }
      categories { services nearestKm } }
    withoutDam { code name stateName population categories { nearestKm } }
    farthestCategories { category { label(lang: $lang) } farthestKm farthestMunicipality { name } municipalitiesWithout }
    staleServices { name organization lastVerifiedAt municipality { name } }
    staleCount
  }
}`;

const WARNINGS = `query Warnings($lang: String) {
  importWarnings(first: 50) { kind topic value records sources message(lang: $lang)
    candidates(lang: $lang) { value code label } }
}`;

const MAP_VALUE = `mutation Map($topic: ReviewTopic!, $value: String!, $concept: String!) {
  mapValue(topic: $topic, value: $value, concept: $concept) { value applied }
}`;

const $ = (id) => document.getElementById(id);
const state = { layer: null, gaps: null };

function status(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}

function colour(gap, radiusKm) {
  if (gap.services > 0) return 'var(--ok)';
  if (gap.nearestKm == null) return 'var(--none)';
  return gap.nearestKm <= 25 ? 'var(--near)' : 'var(--far)';
}

function drawMap(gaps) {
  state.layer.replaceChildren();
  let drawn = 0;
  for (const m of gaps.municipalities) {
    if (!m.centroid) continue;
    const gap = m.categories[0];
    const r = m.population == null ? 1.2 : Math.min(14, Math.max(1, Math.sqrt(m.population) / 90));
    const c = circle(state.layer, m.centroid.latitude, m.centroid.longitude, r, {
      class: `municipality${m.population == null ? ' unknown-population' : ''}`,
      fill: colour(gap, gaps.radiusKm), 'data-code': m.code,
    });
    tooltip(c, i18n.t('tooltip', { name: m.name, state: m.stateName, population: i18n.number(m.population),
      services: gap.services, km: gap.nearestKm == null ? i18n.t('beyond') : i18n.number(gap.nearestKm, 1),
      dam: i18n.t(m.hasDam ? 'yes' : 'no') }));
    drawn += 1;
  }
  $('map').dataset.municipalities = String(drawn);
}

function rows(tableId, items, cells) {
  const body = $(tableId).querySelector('tbody');
  body.replaceChildren(...items.map((item) => {
    const tr = document.createElement('tr');
    cells(item).forEach(([text, numeric]) => {
      const td = document.createElement('td');
      td.textContent = text;
      if (numeric) td.className = 'num';
      tr.appendChild(td);
    });
    return tr;
  }));
}

function drawLists(gaps) {
  rows('without-dam', gaps.withoutDam, (m) => [[m.name], [m.stateName], [i18n.number(m.population), true],
    [m.categories[0].nearestKm == null ? i18n.t('beyond') : i18n.number(m.categories[0].nearestKm, 1), true]]);
  rows('farthest', gaps.farthestCategories, (c) => [[c.category.label],
    [c.farthestKm == null ? i18n.t('beyond') : i18n.number(c.farthestKm, 1), true],
    [c.farthestMunicipality ? c.farthestMunicipality.name : '—'], [i18n.number(c.municipalitiesWithout), true]]);
  rows('stale', gaps.staleServices, (s) => [[s.name || i18n.t('confidential')],
    [s.municipality ? s.municipality.name : '—'],
    [s.lastVerifiedAt ? s.lastVerifiedAt.slice(0, 10) : i18n.t('never')]]);
  $('stale-count').textContent = i18n.t('staleCount', { count: i18n.number(gaps.staleCount) });
}

// One row per warned value; a value of a vocabulary gets a choice of its candidates and a button to map it once.
function reviewRow(group) {
  const tr = document.createElement('tr');
  const cell = (text, numeric) => {
    const td = document.createElement('td');
    td.textContent = text;
    if (numeric) td.className = 'num';
    tr.appendChild(td);
    return td;
  };
  cell(group.value || '—').title = group.message;
  cell(i18n.number(group.records), true);
  cell(group.sources.join(', '));
  const action = cell('');
  if (group.topic && group.candidates.length > 0) {
    const select = document.createElement('select');
    select.append(new Option(i18n.t('choose'), ''),
      ...group.candidates.map((c) => new Option(c.code ? `${c.label} (${c.code})` : c.label, c.value)));
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = i18n.t('map');
    button.addEventListener('click', async () => {
      if (!select.value) return;
      try {
        const data = await graphql(MAP_VALUE, { topic: group.topic, value: group.value, concept: select.value });
        $('review-status').textContent = i18n.t('mapped', data.mapValue);
        await loadReview();
      } catch (e) {
        $('review-status').textContent = e.message;
      }
    });
    action.append(select, button);
  }
  return tr;
}

async function loadReview() {
  const data = await graphql(WARNINGS, { lang: i18n.lang });
  $('review').querySelector('tbody').replaceChildren(...data.importWarnings.map(reviewRow));
  $('review-status').textContent = i18n.t('reviewCount', { count: data.importWarnings.length });
}

function exportQuery() {
  const params = new URLSearchParams({ categories: $('category').value, radiusKm: $('radius').value });
  return params.toString();
}

async function loadCategories() {
  const data = await graphql(`query ($lang: String) { concepts(scheme: SERVICE_CATEGORIES, lang: $lang) {
    iri label(lang: $lang) broader { iri } } }`, { lang: i18n.lang });
  const select = $('category');
  const chosen = select.value || 'https://w3id.org/enlace/ns#migrant-attention';
  const top = data.concepts.filter((c) => c.broader.length === 0)
    .sort((a, b) => a.label.localeCompare(b.label, i18n.lang));
  select.replaceChildren(...top.map((c) => new Option(c.label, c.iri, false, c.iri === chosen)));
}

async function loadGaps() {
  if (!token.get()) {
    status(i18n.t('signedOut'));
    return;
  }
  status(i18n.t('loading'));
  document.body.dataset.loading = 'true';
  try {
    const data = await graphql(GAPS, { categories: [$('category').value], radiusKm: Number($('radius').value),
      lang: i18n.lang });
    state.gaps = data.gaps;
    drawMap(data.gaps);
    drawLists(data.gaps);
    loadReview().catch((e) => { $('review-status').textContent = e.message; });
    document.body.dataset.loaded = $('category').value;
    status(i18n.t('ready', { region: data.gaps.region, count: data.gaps.municipalities.length,
      without: data.gaps.municipalities.filter((m) => !m.hasDam).length }));
  } catch (e) {
    status(e.message, true);
  } finally {
    document.body.dataset.loading = 'false';
  }
}

async function main() {
  i18n.apply();
  document.querySelectorAll('[data-lang]').forEach((b) => {
    b.setAttribute('aria-pressed', String(b.dataset.lang === i18n.lang));
    b.addEventListener('click', async () => {
      document.body.dataset.loading = 'true';
      i18n.set(b.dataset.lang);
      document.querySelectorAll('[data-lang]').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
      await loadCategories();
      await loadGaps();
    });
  });
  state.layer = await mexicoMap($('map'));
  await loadCategories();
  $('category').addEventListener('change', loadGaps);
  $('radius').addEventListener('change', loadGaps);
  $('use-token').addEventListener('click', () => { token.set($('token').value.trim()); loadGaps(); });
  $('demo-token').addEventListener('click', async () => {
    const value = await demoToken('/demo/coordinator-token');
    if (!value) {
      status(i18n.t('noDemo'), true);
      return;
    }
    token.set(value);
    loadGaps();
  });
  $('csv').addEventListener('click', (e) => { e.preventDefault(); download(`/gaps.csv?${exportQuery()}`, 'brechas.csv'); });
  $('geojson').addEventListener('click', (e) => {
    e.preventDefault();
    download(`/gaps.geojson?${exportQuery()}`, 'brechas.geojson');
  });
  document.body.dataset.ready = 'true';
  await loadGaps();
}

main();
