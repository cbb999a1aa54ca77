// Sign-in: on a demo node a picker of the demo directory's organizations (an officer token minted by the
// node's development issuer); anywhere, an access token pasted from the organization's identity provider.
import { graphql, token } from '/web/common/api.js';
import { clearErrors, fieldError } from './forms.js';
import { begin } from './pkce.js';

const $ = (id) => document.getElementById(id);

export async function init(ctx) {
  const logins = ctx.settings.login || [];
  $('login-form').hidden = logins.length === 0;
  $('login-providers').replaceChildren(...logins.map((login) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'primary';
    button.dataset.issuer = login.issuer;
    button.textContent = `${ctx.t('loginWith')} ${new URL(login.issuer).host}${new URL(login.issuer).pathname.replace(/\/$/, '')}`;
    button.addEventListener('click', () => begin(login).catch((e) => {
      $('login-error').textContent = ctx.t('errLogin', { message: e.message });
    }));
    return button;
  }));
  if (ctx.loginError) $('login-error').textContent = ctx.t('errLogin', { message: ctx.loginError });
  const response = await fetch('/demo/organizations');
  const organizations = response.ok ? await response.json() : [];
  $('demo-form').hidden = organizations.length === 0;
  const select = $('demo-org');
  select.replaceChildren(...organizations.map((o) => new Option(o.name, o.id)));
  $('demo-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors($('demo-form'));
    const answer = await fetch(`/demo/organization-token?organization=${encodeURIComponent(select.value)}`,
      { method: 'POST' });
    if (!answer.ok) {
      fieldError('demo-org', ctx.t('errNoDemoToken'));
      return;
    }
    token.set((await answer.json()).access_token);
    await ctx.onSignedIn();
  });
  $('token-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors($('token-form'));
    const value = $('token').value.trim();
    if (!value) {
      fieldError('token', ctx.t('errRequired'));
      return;
    }
    token.set(value);
    try {
      await graphql('{ whoami { subject } }');
      await ctx.onSignedIn();
    } catch (e) {
      token.set('');
      fieldError('token', ctx.t('errToken', { message: e.message }));
      $('token').focus();
    }
  });
}

export function show() {
  $('signin-title').focus?.();
}
