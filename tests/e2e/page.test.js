// The page as a user meets it, in headless Chromium against the release build: paste,
// add, read the table, see the chart. Every test also checks that the page logged no
// error and asked nothing of any host but the one serving it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp,
  addArticle,
  figureRows,
  figureFacts,
  distinct,
  canvasPixelsOf,
  waitForSeriesPixels,
  eventually,
  afterPaint,
  ISO_DATE,
  FIRST_SERIES_RGB,
} from './harness.js';
import { MEASLES, MEASLES_ROWS, UNDATED_CHOLERA, choleraRows, NO_FIGURES } from './articles.js';

const withApp = useApp();

/** How many figures the "Figures" table lists now. */
async function rowCount(page) {
  return (await figureRows(page)).length;
}

/** Waits for `count` rows in "Figures" and returns them as facts. */
async function waitForFacts(page, count) {
  const want = `rows in "Figures" (want ${count})`;
  await eventually(() => rowCount(page), (n) => n === count, want);
  return figureFacts(page);
}

test('an added article lists its figures in "Figures" and is drawn on the chart', async () => {
  await withApp(async (page) => {
    await addArticle(page, MEASLES);
    const facts = await eventually(
      () => figureFacts(page),
      (rows) => rows.length >= MEASLES_ROWS.length,
      'rows in "Figures"',
    );
    assert.deepEqual(distinct(facts), distinct(MEASLES_ROWS));
    await waitForSeriesPixels(page);
    const label = await page.locator('canvas[role="img"]').getAttribute('aria-label');
    assert.ok(label && label.trim().length > 0, 'the chart canvas has an aria-label');
  });
});

test('"Load example" fills "Figures" and draws a chart', async () => {
  await withApp(async (page) => {
    await page.getByRole('button', { name: 'Load example' }).click();
    const facts = await eventually(
      () => figureFacts(page),
      (rows) => rows.length > 0,
      'rows in "Figures"',
    );
    const dated = facts.filter((row) => ISO_DATE.test(row.date));
    assert.ok(dated.length > 0, 'the examples have dated figures');
    for (const row of facts) {
      assert.match(row.kind, /^(new|total)$/, `kind of ${JSON.stringify(row)}`);
      assert.ok(row.value > 0, `value of ${JSON.stringify(row)}`);
    }
    await waitForSeriesPixels(page);
  });
});

test('an empty paste adds nothing and says why', async () => {
  await withApp(async (page) => {
    for (const text of ['', '  \n\t \n']) {
      await addArticle(page, text);
      await afterPaint(page);
      const status = await page.getByRole('status').first().textContent();
      assert.ok(status.trim().length > 0, `a message for the paste ${JSON.stringify(text)}`);
      assert.equal(await page.getByLabel('Published', { exact: true }).count(), 0, 'no article');
      assert.equal(await rowCount(page), 0, 'no figures');
    }
  });
});

test('text without figures is added and says "no figures found"', async () => {
  await withApp(async (page) => {
    await addArticle(page, NO_FIGURES);
    await page.getByText(/no figures found/i).first().waitFor();
    const cards = await page.getByLabel('Published', { exact: true }).count();
    assert.equal(cards, 1, 'the article is listed');
    assert.equal(await rowCount(page), 0, 'no figures');
  });
});

test('an article without a date asks for one and charts its figures once given', async () => {
  await withApp(async (page) => {
    await addArticle(page, UNDATED_CHOLERA);
    const published = page.getByLabel('Published', { exact: true });
    await published.waitFor();
    assert.equal(await published.inputValue(), '', 'no date was made up');
    const request = await published.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    assert.match(request, /date/i, 'the "Published" field is described as asking for a date');

    const undated = await waitForFacts(page, 2);
    for (const row of undated) {
      assert.match(row.date, /undated/i, `an undated figure: ${JSON.stringify(row)}`);
    }
    await afterPaint(page);
    const drawn = await canvasPixelsOf(page, FIRST_SERIES_RGB);
    assert.equal(drawn, 0, 'undated figures stay off the chart');

    await published.fill('2031-05-02');
    const dated = await eventually(
      () => figureFacts(page),
      (rows) => rows.every((row) => ISO_DATE.test(row.date)),
      'dates in "Figures" after entering one',
    );
    assert.deepEqual(distinct(dated), distinct(choleraRows('2031-05-02')));
    await waitForSeriesPixels(page);
  });
});
