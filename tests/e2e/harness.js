// What every end-to-end test needs: the built site served on 127.0.0.1, headless
// Chromium, and a page that records its console errors and every request it makes.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));

/** The release build to test: $DIST, else the repository's dist/. */
export const DIST = resolve(process.env.DIST ?? join(here, '..', '..', 'dist'));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // Browsers compile wasm while it downloads only when it comes with this type.
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 at a free port, as a static host would, under `basePath`
 * (a sub-path like '/casecurve/', as on GitHub Pages; anything outside it is not found),
 * adding `headers` to every file it sends. Resolves to { origin, close }.
 */
async function serveStatic(dir, basePath = '/', headers = {}) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const whole = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (!whole.startsWith(basePath)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const path = `/${whole.slice(basePath.length)}`;
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { ...headers, 'content-type': type }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/**
 * Starts headless Chromium ($CHROMIUM, else Debian's /usr/bin/chromium). Playwright gives
 * every launch a fresh temporary profile; the flags keep Chromium from calling home.
 */
function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Containers often have a tiny /dev/shm.
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * Opens the app at `url` in a fresh browser context (no storage from other tests; made
 * with `contextOptions` over the defaults) and waits for the paste box. Resolves to
 * { page, context, errors, requests, close }: `errors` collects console errors and
 * uncaught exceptions, `requests` every URL the page asked for.
 */
async function openApp(browser, url, contextOptions) {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 900 },
    // The series colours below are the light theme's.
    colorScheme: 'light',
    ...contextOptions,
  });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  return { page, context, errors, requests, close: () => context.close() };
}

/** URLs in `requests` that left the page's own origin (data: and blob: stay in the page). */
function foreignRequests(requests, origin) {
  return requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
    return parsed.origin !== origin;
  });
}

/**
 * For a test file: serves DIST and starts Chromium before its tests, stops both after them.
 * Returns `withApp(body)`, which opens the app, runs `body(page, { context, url })`, and
 * then checks that the page logged no error and requested nothing from any other host.
 *
 * Options, all optional: `dir` serves another folder than DIST; `basePath` serves it under
 * that sub-path (e.g. '/casecurve/'), where the app is opened; `headers` go with every
 * file; `context` adds browser context options (e.g. { colorScheme: 'dark' });
 * `expectedErrors` is a pattern for errors a test provokes on purpose, which the page
 * may log.
 */
export function useApp({
  dir = DIST,
  basePath = '/',
  headers = {},
  context: contextOptions = {},
  expectedErrors = null,
} = {}) {
  let server;
  let browser;
  before(async () => {
    server = await serveStatic(dir, basePath, headers);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return async function withApp(body) {
    const url = `${server.origin}${basePath}`;
    const app = await openApp(browser, url, contextOptions);
    try {
      await body(app.page, { context: app.context, url });
      await afterPaint(app.page);
      const unexpected = app.errors.filter((error) => !expectedErrors?.test(error));
      assert.deepEqual(unexpected, [], 'the page logged errors');
      assert.deepEqual(
        foreignRequests(app.requests, server.origin),
        [],
        'the page made requests to other hosts',
      );
    } finally {
      await app.close();
    }
  };
}

/** Pastes `text` into "Article text" and presses "Add article". */
export async function addArticle(page, text) {
  await page.getByRole('textbox', { name: 'Article text' }).fill(text);
  await page.getByRole('button', { name: 'Add article' }).click();
}

/** The "Figures" table. */
function figuresTable(page) {
  return page.getByRole('table', { name: 'Figures' });
}

/**
 * The figure rows of the "Figures" table as objects keyed by lower-case column header
 * ({ date, metric, kind, value, ... }). A cell holding a <time> gives its machine-readable
 * datetime; other cells their trimmed text. Rows that do not fill every column (a "no
 * figures yet" line) are not figures and are left out.
 */
export function figureRows(page) {
  return figuresTable(page).evaluateAll((tables) =>
    tables.flatMap((table) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) =>
        th.textContent.trim().toLowerCase(),
      );
      return [...table.querySelectorAll('tbody tr')]
        .filter((tr) => tr.cells.length === headers.length)
        .map((tr) => {
          const row = {};
          [...tr.cells].forEach((cell, index) => {
            const time = cell.querySelector('time[datetime]');
            row[headers[index]] = time ? time.getAttribute('datetime') : cell.textContent.trim();
          });
          return row;
        });
    }),
  );
}

/**
 * How many figures "Figures" lists: the count under the table when it shows only its
 * first rows ("Showing 100 of 492 figures."), otherwise its figure rows.
 */
export async function figureCount(page) {
  const more = page.locator('.table-more');
  if ((await more.count()) > 0) {
    const count = (await more.textContent()).match(/of ([\d,]+) figures/)?.[1] ?? '0';
    return Number(count.replaceAll(',', ''));
  }
  return (await figureRows(page)).length;
}

/**
 * How many pixels of the chart canvas (role img) are within `tolerance` of `rgb` in every
 * channel; 0 while there is no chart. Read back from the canvas, so it counts what was
 * really drawn.
 */
export function canvasPixelsOf(page, rgb, tolerance = 8) {
  return page.locator('canvas[role="img"]').evaluateAll(
    (canvases, [[r, g, b], tolerance]) => {
      let count = 0;
      for (const canvas of canvases) {
        if (canvas.width === 0 || canvas.height === 0) continue;
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) {
          const close =
            Math.abs(data[i] - r) <= tolerance &&
            Math.abs(data[i + 1] - g) <= tolerance &&
            Math.abs(data[i + 2] - b) <= tolerance &&
            data[i + 3] > 200;
          if (close) count += 1;
        }
      }
      return count;
    },
    [rgb, tolerance],
  );
}

/** A day as the table's <time> elements give it. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first series' colour: Okabe–Ito blue (src/chart/theme.rs, light theme). */
export const FIRST_SERIES_RGB = [0x00, 0x72, 0xb2];

/**
 * The table's rows as { date, metric, kind, value }: the metric without case status or
 * place, the value as a number.
 */
export async function figureFacts(page) {
  const rows = await figureRows(page);
  return rows.map((row) => ({
    date: row.date,
    metric: (row.metric ?? '').split(/[\s,(]/)[0],
    kind: row.kind,
    value: Number((row.value ?? '').replace(/\D/g, '')),
  }));
}

/**
 * The distinct rows in a fixed order, so two lists compare as sets: a headline that
 * restates a figure of the body may be listed as a figure of its own.
 */
export function distinct(rows) {
  const keys = new Set(rows.map((row) => JSON.stringify(row)));
  return [...keys].sort().map((key) => JSON.parse(key));
}

/** Waits until the chart has pixels in the first series' colour; returns how many. */
export function waitForSeriesPixels(page) {
  return eventually(
    () => canvasPixelsOf(page, FIRST_SERIES_RGB),
    (count) => count > 0,
    'chart pixels in the first series colour',
  );
}

/**
 * Calls `read` until `accept` likes its result (or `timeout` ms pass, which fails the test
 * with `what` and the last result). For what the page draws or lists after a click.
 */
export async function eventually(read, accept, what, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

/** Resolves after the page has painted twice, so a redraw it scheduled has happened. */
export function afterPaint(page) {
  return page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/**
 * Moves the pointer leftwards across the middle of the chart, from its right edge, until
 * the tooltip shows; resolves to the tooltip.
 */
export async function showTooltip(page) {
  const canvas = page.locator('canvas[role="img"]');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const tooltip = page.getByRole('tooltip');
  for (let x = box.x + box.width - 1; x > box.x && !(await tooltip.isVisible()); x -= 8) {
    await page.mouse.move(x, box.y + box.height / 2);
  }
  await tooltip.waitFor();
  return tooltip;
}
