// Measurements, not pass/fail speed checks: how fast the page turns a ~1 MB paste into
// a rendered "Figures" table, and what a workspace of 1,000 articles (~10 MB) costs in
// memory and time. They print `measurement:` lines for the README's performance table;
// a test only fails if the page does not get there at all.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, eventually, waitForSeriesPixels, afterPaint, figureCount } from './harness.js';
import { MEASLES, MEASLES_ROWS, measlesDay } from './articles.js';

const TARGET_BYTES = 1_000_000;

const withApp = useApp();

test('extraction throughput in the browser (measurement)', { timeout: 300_000 }, async () => {
  const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(MEASLES));
  // Each copy's headline numbered: the paste is cut into one article per copy, and a
  // copy identical to one already listed would not be added again.
  const text = Array.from({ length: copies }, (_, i) => MEASLES.replace('\n', ` (${i + 1})\n`)).join('\n');
  const bytes = Buffer.byteLength(text);
  await withApp(async (page) => {
    // Set in one go: Playwright's fill() would echo a megabyte into any error message.
    await page.getByRole('textbox', { name: 'Article text' }).evaluate((area, value) => {
      area.value = value;
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, text);
    const expected = copies * MEASLES_ROWS.length;
    // Timed inside the page: from the click to the first animation frame after the status
    // line has said how the paste was split, when the table is rendered.
    const { ms, rows } = await page.evaluate(
      (limitMs) =>
        new Promise((done, fail) => {
          const button = [...document.querySelectorAll('button')].find(
            (one) => one.textContent.trim() === 'Add article',
          );
          const status = document.querySelector('[role="status"]');
          if (!button || !status) {
            fail(new Error('no "Add article" button or no status line'));
            return;
          }
          // The table shows its first rows; the line under it counts them all.
          const figureRows = () => {
            const table = [...document.querySelectorAll('table')].find(
              (one) => one.caption?.textContent.trim() === 'Figures',
            );
            if (!table || table.querySelector('tbody .undated')) return 0;
            const count = document.querySelector('.table-more')?.textContent.match(/of ([\d,]+) figures/);
            return count ? Number(count[1].replaceAll(',', '')) : table.querySelectorAll('tbody tr time').length;
          };
          const start = performance.now();
          const check = () => {
            const elapsed = performance.now() - start;
            // A long paste is read a batch at a time: done when the status line says how
            // it was split.
            if (status.textContent.trim().startsWith('Split into')) done({ ms: elapsed, rows: figureRows() });
            else if (elapsed > limitMs) fail(new Error(`no answer after ${elapsed} ms`));
            else requestAnimationFrame(check);
          };
          button.click();
          requestAnimationFrame(check);
        }),
      120_000,
    );
    assert.ok(rows >= expected, `${rows} dated rows in "Figures", want every copy's ${expected}`);
    const mbPerS = bytes / 1e6 / (ms / 1000);
    const line =
      `measurement: browser extraction ${(bytes / 1e6).toFixed(2)} MB ` +
      `(${copies} copies of one article, ` +
      `${rows} figures) -> "Figures" rendered in ${ms.toFixed(0)} ms ` +
      `= ${mbPerS.toFixed(2)} MB/s`;
    console.log(line);
  });
});

const LOAD_ARTICLES = 1_000;
const LOAD_ARTICLE_BYTES = 10_000;

/** Copy without numbers or dates, to bring an invented report up to its length. */
const FILLER =
  'Clinic staff in the river towns extended their opening hours, and volunteers carried ' +
  'water filters to villages cut off by the floods, a district officer said. ';

/**
 * The measles report published `index` days after 14 March 2031, its figures growing day
 * by day, padded with filler to about LOAD_ARTICLE_BYTES: one of 1,000 different articles.
 */
function loadArticle(index) {
  const { dateline } = measlesDay(index);
  const report = MEASLES.replace('March 14, 2031', dateline)
    .replace('37 new', `${37 + index} new`)
    .replace('to 412', `to ${412 + 40 * index}`)
    .replace('412 in', `${412 + 40 * index} in`);
  const padding = FILLER.repeat(Math.ceil((LOAD_ARTICLE_BYTES - report.length) / FILLER.length));
  return `${report}\n${padding.slice(0, LOAD_ARTICLE_BYTES - report.length)}\n`;
}

/** JS heap in use (after a garbage collection) and the wasm memory's size, in bytes. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__casecurveWasm?.memory?.buffer.byteLength ?? 0);
  return { js: usedSize, wasm };
}

/** Bytes as megabytes with one decimal. */
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

test('a workspace of 1,000 articles: memory and full recompute (measurement)', { timeout: 600_000 }, async () => {
  const texts = Array.from({ length: LOAD_ARTICLES }, (_, index) => loadArticle(index));
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const file = JSON.stringify({ format: 'casecurve-workspace', version: 1, articles: texts.map((text) => ({ text })) });
  await withApp(async (page) => {
    // Trunk's loader hands the wasm exports (and so its memory) to this event.
    await page.context().addInitScript(() =>
      addEventListener('TrunkApplicationStarted', (event) => {
        window.__casecurveWasm = event.detail.wasm;
      }),
    );
    await page.reload();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    const cdp = await page.context().newCDPSession(page);
    const empty = await memory(page, cdp);
    assert.ok(empty.wasm > 0, 'the wasm memory is visible');

    // Every figure listed, and none of those shown undated.
    const datedRows = async () => ((await page.locator('table tbody .undated').count()) > 0 ? 0 : figureCount(page));
    const expected = LOAD_ARTICLES * MEASLES_ROWS.length;
    // Import: every article read (a batch at a time), the series assembled, table and
    // chart drawn; the page's long tasks meanwhile. The file is made in the page first
    // and then chosen as a user would: Playwright's own setInputFiles spends most of a
    // second of the page's time building 10 MB, which is no work of the app's.
    await page.evaluate((json) => {
      window.__chosen = new File([json], 'load.json', { type: 'application/json' });
    }, file);
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe(
        { type: 'longtask' },
      );
    });
    let start = Date.now();
    await page.locator('#import-workspace').evaluate((input) => {
      const chosen = new DataTransfer();
      chosen.items.add(window.__chosen);
      input.files = chosen.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await eventually(datedRows, (rows) => rows >= expected, 'every figure listed', 300_000);
    await waitForSeriesPixels(page);
    await afterPaint(page);
    const imported = Date.now() - start;
    const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
    const loaded = await memory(page, cdp);

    // A full recompute and redraw: the page reloaded reads every article again from storage
    // (when the browser could keep 10 MB there), assembles and draws.
    const stored = await page.evaluate(() => localStorage.getItem('casecurve-workspace')?.length ?? 0);
    let reloaded = 'not measured: the browser did not keep the workspace';
    if (stored > bytes) {
      start = Date.now();
      await page.reload();
      await eventually(datedRows, (rows) => rows >= expected, 'every figure listed again', 300_000);
      await waitForSeriesPixels(page);
      await afterPaint(page);
      reloaded = `${Date.now() - start} ms`;
    }

    // A figure's value edited: every series assembled again, table and chart redrawn, to the
    // next frame.
    // (Found by CSS: role queries over 4,000 rows outlast Playwright's timeout.)
    await page.locator('button[aria-label^="Edit: "]').first().click();
    const value = page.locator('.figure-editor input[inputmode="numeric"]').first();
    await value.waitFor();
    const edited = await value.evaluate(
      (input) =>
        new Promise((done) => {
          const begin = performance.now();
          input.value = '123,456';
          input.dispatchEvent(new Event('change', { bubbles: true }));
          requestAnimationFrame(() => done(performance.now() - begin));
        }),
    );

    // A redraw alone: the logarithmic scale switched, to the next frame.
    const logSwitch = page.locator('.log-switch input');
    const redraw = await logSwitch.evaluate(
      (box) =>
        new Promise((done) => {
          const begin = performance.now();
          box.click();
          requestAnimationFrame(() => done(performance.now() - begin));
        }),
    );
    const saving = await page.locator('.save-status').first().textContent();
    console.log(
      `measurement: workspace of ${LOAD_ARTICLES} articles (${mb(bytes)}, ${expected} figures): ` +
        `import to table and chart ${imported} ms (longest time without responding ${longest.toFixed(0)} ms); reload (read again, assemble, draw) ${reloaded}; ` +
        `value edit to frame ${edited.toFixed(0)} ms; log-scale redraw to frame ${redraw.toFixed(0)} ms; ` +
        `JS heap ${mb(empty.js)} -> ${mb(loaded.js)}, wasm memory ${mb(empty.wasm)} -> ${mb(loaded.wasm)}; ` +
        `saving: "${saving.trim()}"`,
    );
  });
});
