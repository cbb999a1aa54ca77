// The harness every browser test shares: headless Chromium from the machine (playwright-core drives it;
// no browser is downloaded), a fresh profile per run, and small assertion helpers.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Arguments as --name value pairs: --base (the node's URL), --screenshot (a PNG path). */
export function options(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  if (!out.base) throw new Error('--base <node URL> is required');
  return out;
}

export function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

/** Runs body(page) in a fresh browser; saves a screenshot either way; exits 1 on failure. */
export async function run(name, body, { screenshot, executablePath } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'enlace-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: executablePath || process.env.ENLACE_CHROMIUM || '/usr/bin/chromium',
    headless: true, args: FLAGS,
    viewport: { width: 1400, height: 900 }, locale: 'es-MX',
  });
  const page = browser.pages()[0] || await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`); });
  let failed = null;
  try {
    await body(page);
    assert(problems.length === 0, `the page reported errors: ${problems.join(' | ')}`);
  } catch (e) {
    failed = e;
  }
  if (screenshot) {
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
  }
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  if (failed) {
    console.error(`${name}: FAILED: ${failed.stack || failed}`);
    process.exit(1);
  }
  console.log(`${name}: passed`);
}
