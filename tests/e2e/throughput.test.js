// A measurement, not a pass/fail speed check: how fast the page turns a ~1 MB paste into
// a rendered "Figures" table. It prints one line for the README's performance table; the
// test only fails if the page does not get there at all.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.js';
import { MEASLES, MEASLES_ROWS } from './articles.js';

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
    // line has answered it, when the table is rendered.
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
          const figureRows = () => {
            const table = [...document.querySelectorAll('table')].find(
              (one) => one.caption?.textContent.trim() === 'Figures',
            );
            return table ? table.querySelectorAll('tbody tr time').length : 0;
          };
          const start = performance.now();
          const check = () => {
            const elapsed = performance.now() - start;
            if (status.textContent.trim() !== '') done({ ms: elapsed, rows: figureRows() });
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
