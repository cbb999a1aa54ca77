// Talking to the node the page came from: GraphQL with the bearer token kept for this tab, downloads of
// exports that need the token, and the demo node's token endpoint.
const TOKEN_KEY = 'enlace.token';

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY) || '',
  set: (value) => (value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY)),
};

export async function graphql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token.get()) headers.Authorization = `Bearer ${token.get()}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors && body.errors.length) {
    const error = new Error(body.errors.map((e) => e.message).join('; '));
    error.code = body.errors[0].extensions && body.errors[0].extensions.code;
    error.argument = body.errors[0].extensions && body.errors[0].extensions.argument;
    error.errors = body.errors;
    throw error;
  }
  return body.data;
}

/** Fetches a demo token from the development issuer; null when the node has none (production). */
export async function demoToken(path) {
  const response = await fetch(path, { method: 'POST' });
  if (!response.ok) return null;
  return (await response.json()).access_token;
}

/** Downloads an export that needs the bearer token, under the given file name. */
export async function download(url, filename) {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token.get()}` } });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
