// The office console: sign-in, then search, a person's needs and referral, the referral boxes and the
// organization's own services, each a view chosen by the address's hash (#search, #match, #inbox, #org,
// #service/<id>). Spanish first; the English switch relabels everything without losing what was typed.
import { createI18n } from '/web/common/i18n.js';
import { graphql, token } from '/web/common/api.js';
import { TEXT } from './text.js';
import { finish } from './pkce.js';
import * as signIn from './signin.js';
import * as search from './search.js';
import * as match from './match.js';
import * as referrals from './referrals.js';
import * as organization from './organization.js';
import * as service from './service.js';

const i18n = createI18n(TEXT);
const $ = (id) => document.getElementById(id);
const ctx = { i18n, t: i18n.t, me: null, vocabulary: null, municipalities: [], home: null };
const VIEWS = { signin: signIn, search, match, inbox: referrals, org: organization, service };

const VOCABULARY = `query ($lang: String) {
  categories: concepts(scheme: SERVICE_CATEGORIES, lang: $lang) { iri label(lang: $lang) broader { iri } }
  documents: documentTypes(lang: $lang) { iri label(lang: $lang) }
  languages: concepts(scheme: LANGUAGES, lang: $lang) { notation label(lang: $lang) } }`;

const MUNICIPALITIES = `query ($after: String) { municipalities(first: 100, after: $after) {
  edges { node { code name stateName centroid { latitude longitude } } } pageInfo { hasNextPage endCursor } } }`;

const WHOAMI = `{ whoami { subject organization scopes } }`;
const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { id name
  services(first: 50) { locations(first: 3) { municipality { code name stateName centroid { latitude longitude } } } } } }`;

async function loadVocabulary() {
  ctx.vocabulary = await graphql(VOCABULARY, { lang: i18n.lang });
}

/** All municipalities, page by page, for the type-ahead lists (2,471 names, about 150 KB). */
async function loadMunicipalities() {
  const all = [];
  let after = null;
  do {
    const page = (await graphql(MUNICIPALITIES, { after })).municipalities;
    page.edges.forEach((e) => all.push(e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  ctx.municipalities = all;
  const list = $('municipality-list');
  const options = all.map((m) => {
    const option = document.createElement('option');
    option.value = municipalityLabel(m);
    return option;
  });
  list.replaceChildren(...options);
}

export function municipalityLabel(m) {
  return `${m.name}, ${m.stateName}`;
}

const fold = (s) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();

/** The municipality an officer typed: a label from the list, a five-digit code, or a name only one has. */
export function findMunicipality(text) {
  const wanted = fold(text);
  if (!wanted) return null;
  const byLabel = ctx.municipalities.find((m) => fold(municipalityLabel(m)) === wanted || m.code === wanted);
  if (byLabel) return byLabel;
  const byName = ctx.municipalities.filter((m) => fold(m.name) === wanted);
  return byName.length === 1 ? byName[0] : null;
}
ctx.findMunicipality = findMunicipality;
ctx.municipalityLabel = municipalityLabel;

/** The API's global id of an organization of this node: base64url of "Organization:<region>:<local id>". */
function organizationId(local) {
  return btoa(`Organization:${ctx.settings.region}:${local}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function signedIn() {
  const who = (await graphql(WHOAMI)).whoami;
  let org = null;
  if (who.organization) {
    org = await graphql(ORGANIZATION, { id: organizationId(who.organization) })
      .then((d) => d.organization, () => null);
  }
  // An organization the directory does not hold yet (a new office) still has its id: it may upload its services.
  ctx.me = { ...who, organizationName: org ? org.name : who.organization,
    organizationId: org ? org.id : (who.organization ? organizationId(who.organization) : null) };
  const homes = org ? org.services.flatMap((s) => s.locations.map((l) => l.municipality)).filter(Boolean) : [];
  ctx.home = homes[0] || null;
  $('who').textContent = i18n.t('signedInAs', { org: ctx.me.organizationName || who.subject });
  $('sign-out').hidden = false;
}

function signOut() {
  token.set('');
  ctx.me = null;
  referrals.stop();
  $('who').textContent = '';
  $('sign-out').hidden = true;
  location.hash = '#search';
  route();
}

ctx.onSignedIn = async () => {
  await signedIn();
  Object.values(VIEWS).forEach((v) => v.reset && v.reset(ctx));
  referrals.start(ctx);
  location.hash = location.hash && location.hash !== '#signin' ? location.hash : '#search';
  route();
};

function route() {
  const [name, argument] = (location.hash.replace(/^#/, '') || 'search').split('/');
  const wanted = VIEWS[name] ? name : 'search';
  const view = ctx.me ? wanted : 'signin';
  document.querySelectorAll('.view').forEach((s) => { s.hidden = s.id !== `view-${view}`; });
  document.querySelectorAll('header nav a').forEach((a) => {
    if (a.getAttribute('href') === `#${view}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  document.body.dataset.view = view;
  VIEWS[view].show(ctx, argument && decodeURIComponent(argument));
}

function markLanguage() {
  document.querySelectorAll('button[data-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === i18n.lang)));
}

async function start() {
  i18n.apply();
  markLanguage();
  document.querySelectorAll('button[data-lang]').forEach((b) => b.addEventListener('click', () => i18n.set(b.dataset.lang)));
  i18n.onChange(async () => {
    markLanguage();
    await loadVocabulary();
    Object.values(VIEWS).forEach((v) => v.relabel && v.relabel(ctx));
    if (ctx.me) $('who').textContent = i18n.t('signedInAs', { org: ctx.me.organizationName || ctx.me.subject });
    document.body.dataset.language = i18n.lang;
  });
  $('sign-out').addEventListener('click', signOut);
  window.addEventListener('hashchange', route);
  ctx.settings = await (await fetch('/console/settings')).json();
  try {
    const signedInThere = await finish();
    if (signedInThere) token.set(signedInThere);
  } catch (e) {
    ctx.loginError = e.message;
  }
  await Promise.all([loadVocabulary(), loadMunicipalities()]);
  Object.values(VIEWS).forEach((v) => v.init(ctx));
  if (token.get()) {
    try {
      await signedIn();
      referrals.start(ctx);
    } catch (e) {
      token.set('');
    }
  }
  route();
  document.body.dataset.language = i18n.lang;
  document.body.dataset.ready = 'true';
}

start().catch((e) => {
  document.body.dataset.failed = e.message;
  $('who').textContent = e.message;
});
