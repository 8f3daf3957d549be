// A panic, in headless Chromium against the release build: the page says so where the
// user looks, and the workspace as last saved is back after a reload.
//
// The shipping app has no way to panic on purpose, so the test breaks the browser under
// it: `Node.cloneNode` made to throw once, which Yew treats as a broken DOM and panics
// on (it clones a cached element for every new one). That is a real panic, in the app as
// users get it: built to stop at once on a panic, it throws a WebAssembly.RuntimeError
// into the page, which src/ui/panic.rs turns into the alert.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, addArticle, figureFacts, eventually } from './harness.js';
import { MEASLES, MEASLES_ROWS, UNDATED_CHOLERA } from './articles.js';

const FAULT = 'fault injected by the test';

// The stopped wasm throws ("unreachable") into the page; development builds also log the
// panic's message.
const withApp = useApp({ expectedErrors: new RegExp(`${FAULT}|internal error|unreachable|panicked`) });

test('a panic shows a visible error, and the saved workspace survives a reload', async () => {
  await withApp(async (page) => {
    await addArticle(page, MEASLES);
    const saved = await eventually(
      () => figureFacts(page),
      (rows) => rows.length >= MEASLES_ROWS.length,
      'the article listed',
    );
    await eventually(
      () => page.evaluate(() => localStorage.getItem('casecurve-workspace') ?? ''),
      (stored) => stored.includes('Varenna'),
      'the workspace saved',
    );

    await page.evaluate((fault) => {
      const cloneNode = Node.prototype.cloneNode;
      Node.prototype.cloneNode = function () {
        Node.prototype.cloneNode = cloneNode;
        throw new Error(fault);
      };
    }, FAULT);
    await addArticle(page, UNDATED_CHOLERA);

    const alert = page.locator('.fatal-error[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /^casecurve hit an internal error and stopped\. Reload the page: your work/);
    assert.ok(await alert.isVisible(), 'the error is on screen');
    assert.equal(await alert.evaluate((node) => node.parentElement === document.body), true, 'at the top of the page');

    await page.reload();
    await page.getByText('Your saved work is back').waitFor();
    const restored = await eventually(
      () => figureFacts(page),
      (rows) => rows.length >= saved.length,
      'the saved article listed again',
    );
    assert.deepEqual(restored, saved, 'the workspace as last saved');
    assert.equal(await page.locator('.fatal-error').count(), 0, 'a fresh page, working');
  });
});
