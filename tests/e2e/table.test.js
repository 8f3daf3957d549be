// "Figures" as the editing surface, in headless Chromium against the release build:
// a corrected value is redrawn at once, an excluded figure leaves the chart but not the
// table, "Reset" puts back what was read; the table sorts by a column and filters by series.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, figureFacts, waitForSeriesPixels, eventually } from './harness.js';
import { MEASLES, measlesDay } from './articles.js';

const withApp = useApp();

/** Loads the example articles and waits for the chart. */
async function loadExample(page) {
  await page.getByRole('button', { name: 'Load example' }).click();
  await waitForSeriesPixels(page);
}

/** The chart canvas. */
function chart(page) {
  return page.locator('canvas[role="img"]');
}

/** What the canvas shows, as an image URL: changes whenever anything is redrawn differently. */
function picture(page) {
  return chart(page).evaluate((canvas) => canvas.toDataURL());
}

/**
 * The tooltip of the first series' (new cases) latest point, reached from the keyboard
 * as a screen-reader user would: focus the chart, then the left arrow.
 */
async function latestNewCases(page) {
  await chart(page).focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowLeft');
  const tooltip = page.getByRole('tooltip');
  await tooltip.waitFor();
  return tooltip.textContent();
}

/** The table row of the figure read from the words `quoted`. */
function rowQuoting(page, quoted) {
  return page
    .getByRole('table', { name: 'Figures' })
    .getByRole('row')
    .filter({ has: page.locator('q').getByText(quoted, { exact: true }) });
}

test('a value corrected in "Figures" is redrawn at once; Reset puts back what was read', async () => {
  await withApp(async (page) => {
    await loadExample(page);
    const before = await picture(page);
    assert.match(await latestNewCases(page), /396/);

    await page.getByRole('button', { name: 'Edit: 396', exact: true }).click();
    const value = page.getByRole('textbox', { name: 'Value', exact: true });
    assert.equal(await value.inputValue(), '396');
    await value.fill('1,420');
    await value.press('Tab');

    await eventually(() => picture(page), (now) => now !== before, 'the chart redrawn after the edit');
    const tooltip = await latestNewCases(page);
    assert.match(tooltip, /1,420/);
    assert.doesNotMatch(tooltip, /396/);
    const row = rowQuoting(page, '396');
    assert.match(await row.textContent(), /edited/);
    assert.equal(await row.locator('del').textContent(), '396', 'the value read stays visible');

    await page.getByRole('button', { name: 'Reset: 396', exact: true }).click();
    await eventually(() => latestNewCases(page), (text) => /396/.test(text), 'the value read, charted again');
    assert.doesNotMatch(await rowQuoting(page, '396').textContent(), /edited/);
    assert.equal(await rowQuoting(page, '396').locator('del').count(), 0);
  });
});

test('an excluded figure stays in "Figures" and leaves the chart until put back', async () => {
  await withApp(async (page) => {
    await loadExample(page);
    const label = () => chart(page).getAttribute('aria-label');
    const described = await label();
    assert.match(described, /total cases, Velm/);
    const before = await picture(page);

    await page.getByRole('button', { name: 'Edit: 730 in Velm', exact: true }).click();
    const leaveOut = page.getByRole('checkbox', { name: 'Leave out of the chart' });
    await leaveOut.check();
    await eventually(label, (text) => !/Velm/.test(text), 'Velm gone from the chart description');
    await eventually(() => picture(page), (now) => now !== before, 'the chart redrawn without it');
    const row = rowQuoting(page, '730 in Velm');
    assert.match(await row.textContent(), /excluded/, 'still listed, marked excluded');

    await page.getByRole('button', { name: 'Reset: 730 in Velm', exact: true }).click();
    await eventually(label, (text) => text === described, 'the chart description as before');
    assert.doesNotMatch(await rowQuoting(page, '730 in Velm').textContent(), /excluded/);
  });
});

test('"Figures" sorts by a column heading and filters by series', async () => {
  await withApp(async (page) => {
    await loadExample(page);
    const all = await figureFacts(page);
    const table = page.getByRole('table', { name: 'Figures' });

    await table.getByRole('button', { name: 'Value', exact: true }).click();
    const up = (await figureFacts(page)).map((row) => row.value);
    assert.deepEqual(up, [...up].sort((a, b) => a - b));
    assert.equal(await table.getByRole('columnheader', { name: 'Value' }).getAttribute('aria-sort'), 'ascending');

    await page.getByLabel('Series', { exact: true }).selectOption({ label: 'total deaths' });
    const deaths = await eventually(
      () => figureFacts(page),
      (rows) => rows.length < all.length,
      'only the total deaths',
    );
    assert.deepEqual(
      deaths.map((row) => [row.metric, row.kind, row.value]),
      [
        ['deaths', 'total', 61],
        ['deaths', 'total', 75],
        ['deaths', 'total', 97],
      ],
    );

    await page.getByLabel('Series', { exact: true }).selectOption({ label: 'All series' });
    await eventually(() => figureFacts(page), (rows) => rows.length === all.length, 'every figure again');
  });
});

/** The measles report `index` days on, its running total 40 cases a day higher. */
function measlesReport(index) {
  return MEASLES.replace('March 14, 2031', measlesDay(index).dateline).replaceAll('412', `${412 + 40 * index}`);
}

test('a long table shows 100 rows and more on request; sorting reaches every figure', async () => {
  // 60 reports of four figures (and the headline's), the largest total in the last report.
  const articles = Array.from({ length: 60 }, (_, index) => ({ text: measlesReport(index) }));
  const file = JSON.stringify({ format: 'casecurve-workspace', version: 1, articles });
  await withApp(async (page) => {
    await page.locator('#import-workspace').setInputFiles({
      name: 'measles.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await eventually(
      () => page.getByRole('status').textContent(),
      (text) => /Imported 60 articles/.test(text ?? ''),
      'the import done',
    );
    const more = page.locator('.table-more');
    const total = Number((await more.textContent()).match(/Showing 100 of (\d+) figures/)?.[1]);
    assert.ok(total >= 240, `every figure counted (${total}; a headline may restate one)`);
    assert.equal((await figureFacts(page)).length, 100, 'the first 100 rows');

    // Sorted by value, largest first: the last report's total heads the table though its
    // row was not among the 100 shown.
    const valueHeading = page.getByRole('button', { name: 'Value', exact: true });
    await valueHeading.click();
    await valueHeading.click();
    const largest = 412 + 40 * 59;
    await eventually(() => figureFacts(page), (rows) => rows[0]?.value === largest, 'the largest value first');
    assert.equal((await figureFacts(page)).length, 100, 'still 100 rows');

    await page.getByRole('button', { name: 'Show 100 more' }).click();
    await eventually(() => figureFacts(page), (rows) => rows.length === 200, '100 rows more');
    await page.getByRole('button', { name: `Show ${total - 200} more` }).click();
    await eventually(() => figureFacts(page), (rows) => rows.length === total, 'every row');
    assert.equal(await more.count(), 0, 'no "Show more" once every row is shown');
  });
});
