// Keeping work, in headless Chromium against the release build: what was added is back
// after a reload, and a stored entry the page cannot read is offered back to the user
// instead of being overwritten.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, addArticle, figureFacts, eventually } from './harness.js';
import { MEASLES, MEASLES_ROWS } from './articles.js';

const withApp = useApp();

/** Waits until "Figures" lists at least `count` rows, and returns them as facts. */
function factsOnceListed(page, count) {
  return eventually(() => figureFacts(page), (rows) => rows.length >= count, 'rows in "Figures"');
}

test('an added article is back after a reload; a damaged saved entry gets a notice', async () => {
  await withApp(async (page) => {
    await addArticle(page, MEASLES);
    const before = await factsOnceListed(page, MEASLES_ROWS.length);

    await page.reload();
    const after = await factsOnceListed(page, before.length);
    assert.deepEqual(after, before, 'the same "Figures" table after the reload');
    await page.getByText('Your saved work is back').waitFor();

    await page.evaluate(() => localStorage.setItem('casecurve-workspace', '{"format":"casecurve-workspace"'));
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'could not be restored' });
    await notice.waitFor();
    assert.equal(await figureFacts(page).then((rows) => rows.length), 0, 'nothing restored');
    assert.equal(
      await page.evaluate(() => localStorage.getItem('casecurve-workspace')),
      '{"format":"casecurve-workspace"',
      'the damaged entry is kept until the user chooses',
    );
    await page.getByRole('button', { name: 'Download the damaged data' }).waitFor();

    await page.getByRole('button', { name: 'Start fresh' }).click();
    await notice.waitFor({ state: 'detached' });
  });
});
