// Sign-in: on a demo node a picker of the demo directory's organizations (an officer token minted by the
// node's development issuer); anywhere, an access token pasted from the organization's identity provider.
import { graphql, token } from '/web/common/api.js';
import { clearErrors, fieldError } from './forms.js';

const $ = (id) => document.getElementById(id);

export async function init(ctx) {
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
