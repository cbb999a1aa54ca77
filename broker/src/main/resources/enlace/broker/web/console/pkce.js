// Sign-in at the organization's identity provider: the authorization-code flow with PKCE (S256) as a public
// client. begin() goes to the provider; finish() runs when the provider sends the browser back to /console
// with a code, and trades it (with the verifier kept in this tab) for an access token.
const KEY = 'enlace.pkce';
const redirectUri = () => `${location.origin}/console`;

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random(size) {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

export async function begin(login) {
  const discovery = await (await fetch(login.discovery)).json();
  const verifier = random(32);
  const state = random(16);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(KEY, JSON.stringify({ verifier, state, clientId: login.clientId,
    tokenEndpoint: discovery.token_endpoint }));
  const url = new URL(discovery.authorization_endpoint);
  const parameters = { response_type: 'code', client_id: login.clientId, redirect_uri: redirectUri(), scope: login.scope,
    state, code_challenge: challenge, code_challenge_method: 'S256' };
  Object.entries(parameters).forEach(([name, value]) => url.searchParams.set(name, value));
  location.assign(url.toString());
}

/** The access token when the provider just sent the browser back; null when it did not. */
export async function finish() {
  const back = new URLSearchParams(location.search);
  if (!back.has('code') && !back.has('error')) return null;
  const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  sessionStorage.removeItem(KEY);
  history.replaceState(null, '', location.pathname + location.hash);
  if (back.has('error')) throw new Error(back.get('error_description') || back.get('error'));
  if (!saved || back.get('state') !== saved.state) throw new Error('state');
  const response = await fetch(saved.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: back.get('code'), redirect_uri: redirectUri(),
      client_id: saved.clientId, code_verifier: saved.verifier }),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()).access_token;
}
