// Hosting: the release build served from a sub-path by a plain static server, under its
// strict Content-Security-Policy, kept for offline use by its service worker, and a new
// deployment picked up on the next load.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, DIST, waitForSeriesPixels, eventually, showTooltip } from './harness.js';

/** A copy of the build, which the last test changes into "the next deployment". */
const site = mkdtempSync(join(tmpdir(), 'casecurve-site-'));
cpSync(DIST, site, { recursive: true });
after(() => rmSync(site, { recursive: true, force: true }));

/** Where GitHub Pages puts a project's site, and how long it lets browsers cache a file. */
const BASE = '/casecurve/';
const GITHUB_PAGES_HEADERS = { 'cache-control': 'max-age=600' };
const withApp = useApp({ dir: site, basePath: BASE, headers: GITHUB_PAGES_HEADERS });

/** Records CSP violations in every page of `context` from its first script on. */
function recordViolations(context) {
  return context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
}

/** Reloads the page and waits for the app's paste box. */
async function reload(page) {
  await page.reload();
  await page.getByRole('textbox', { name: 'Article text' }).waitFor();
}

/** Loads the example articles and waits for the chart. */
async function loadExample(page) {
  await page.getByRole('button', { name: 'Load example' }).click();
  return waitForSeriesPixels(page);
}

/** Waits until the service worker controls the page. */
async function controlledByWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await eventually(
    () => page.evaluate(() => navigator.serviceWorker.controller !== null),
    (controlled) => controlled,
    'the service worker controls the page',
  );
}

/** The names of the page's caches. */
function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

test('from a sub-path, under its strict CSP, the app loads its own files, draws and hovers with no violation', async () => {
  await withApp(async (page, { context, url }) => {
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*';/);
    assert.match(policy, /style-src 'self';/);
    assert.doesNotMatch(policy, /unsafe-inline|\{\{/);

    await recordViolations(context);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await reload(page);
    assert.ok(requests.length > 0);
    assert.deepEqual(
      requests.filter((request) => !request.startsWith(url)),
      [],
      `every file comes from under ${url}`,
    );

    await loadExample(page);
    // The legend's swatches and the hover layer's positions are the styles most at risk.
    assert.ok((await page.locator('.legend svg.swatch rect[fill]').count()) > 0, 'legend swatches');
    const tooltip = await showTooltip(page);
    const placed = await tooltip.evaluate((element) => element.style.cssText);
    assert.match(placed, /(left|right): \d/, 'the tooltip is placed beside its point');
    assert.match(placed, /(top|bottom): \d/, 'the tooltip is placed beside its point');

    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'CSP violations');
  });
});

test('after a first visit, the page opens and draws offline', async () => {
  await withApp(async (page, { context }) => {
    await controlledByWorker(page);
    await context.setOffline(true);
    // The host is gone too, so nothing can come from the server by any path.
    renameSync(site, `${site}.away`);
    try {
      await reload(page);
      assert.ok((await loadExample(page)) > 0, 'the chart is drawn');
    } finally {
      renameSync(`${site}.away`, site);
      await context.setOffline(false);
    }
  });
});

test('a new deployment shows on the next load, and replaces the cached one', async () => {
  await withApp(async (page, { context, url }) => {
    await controlledByWorker(page);
    const [first] = await cacheNames(page);
    assert.match(first, /^casecurve-[0-9a-f]{16}$/);

    // The next deployment: a changed page, and so a worker with another cache name.
    const index = join(site, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<title>New build: '));
    const worker = join(site, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/const VERSION = "\w+"/, 'const VERSION = "next"'));

    // Opened again as a visitor would (a reload would revalidate the page by itself).
    await page.goto(url);
    assert.match(await page.title(), /^New build: /, 'the page comes from the network first');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await eventually(
      () => cacheNames(page),
      (names) => names.length === 1 && names[0] === 'casecurve-next',
      "only the new build's cache",
    );

    await context.setOffline(true);
    try {
      await reload(page);
      assert.match(await page.title(), /^New build: /, 'offline, the new build is kept');
    } finally {
      await context.setOffline(false);
    }
  });
});
