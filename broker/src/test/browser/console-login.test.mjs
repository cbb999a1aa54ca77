// Signing in to the console at an identity provider (--issuer, found through its discovery document): the
// authorization-code flow with PKCE, back at /console with the access token, the code gone from the address.
import { options, run, assert } from './browser.mjs';

const opts = options();

await run('provider sign-in', async (page) => {
  await page.goto(`${opts.base}/console`);
  await page.waitForSelector('body[data-ready][data-view="signin"]', { timeout: 60000 });
  assert(await page.isHidden('#demo-form'), 'a node without demo data offers no demo organizations');
  await page.click(`#login-providers button[data-issuer="${opts.issuer}"]`);
  await page.waitForSelector('body[data-ready][data-view="search"]', { timeout: 30000 });
  assert(!page.url().includes('code='), `the code is gone from the address: ${page.url()}`);
  const who = await page.evaluate(async () => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json',
      Authorization: `Bearer ${sessionStorage.getItem('enlace.token')}` },
    body: JSON.stringify({ query: '{ whoami { issuer organization } }' }) });
    return (await response.json()).data.whoami;
  });
  assert(who.issuer === opts.issuer, `the token comes from the provider: ${who.issuer}`);
  assert((await page.textContent('#who')).includes(who.organization), 'signed in for the provider\'s organization');
  assert(await page.evaluate(() => sessionStorage.getItem('enlace.pkce')) === null, 'the verifier is not kept');
}, { screenshot: opts.screenshot });
