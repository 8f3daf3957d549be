// The page as a user meets it, in headless Chromium against the release build: paste,
// add, read the table, see the chart. Every test also checks that the page logged no
// error and asked nothing of any host but the one serving it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  DIST,
  serveStatic,
  launchChromium,
  openApp,
  foreignRequests,
  figureRows,
  canvasPixelsOf,
  eventually,
  afterPaint,
} from './harness.js';
import { MEASLES, MEASLES_ROWS, UNDATED_CHOLERA, choleraRows, NO_FIGURES } from './articles.js';

// The first series' colour: Okabe–Ito blue (src/chart/theme.rs, light theme).
const FIRST_SERIES_RGB = [0x00, 0x72, 0xb2];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let server;
let browser;

before(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the app, runs `body` on it, then checks for console errors and foreign requests. */
async function withApp(body) {
  const app = await openApp(browser, server.origin);
  try {
    await body(app.page);
    await afterPaint(app.page);
    assert.deepEqual(app.errors, [], 'the page logged errors');
    assert.deepEqual(
      foreignRequests(app.requests, server.origin),
      [],
      'the page made requests to other hosts',
    );
  } finally {
    await app.close();
  }
}

/** Pastes `text` into "Article text" and presses "Add article". */
async function addArticle(page, text) {
  await page.getByRole('textbox', { name: 'Article text' }).fill(text);
  await page.getByRole('button', { name: 'Add article' }).click();
}

/**
 * The table's rows as { date, metric, kind, value }: the metric without case status or
 * place, the value as a number.
 */
async function figureFacts(page) {
  const rows = await figureRows(page);
  return rows.map((row) => ({
    date: row.date,
    metric: (row.metric ?? '').split(/[\s,(]/)[0],
    kind: row.kind,
    value: Number((row.value ?? '').replace(/\D/g, '')),
  }));
}

/**
 * The distinct rows in a fixed order, so two lists compare as sets: a headline that restates
 * a figure of the body may be listed as a figure of its own.
 */
function distinct(rows) {
  return [...new Set(rows.map((row) => JSON.stringify(row)))].sort().map((row) => JSON.parse(row));
}

/** How many figures the "Figures" table lists now. */
async function rowCount(page) {
  return (await figureRows(page)).length;
}

/** Waits for `count` rows in "Figures" and returns them as facts. */
async function waitForFacts(page, count) {
  await eventually(() => rowCount(page), (n) => n === count, `rows in "Figures" (want ${count})`);
  return figureFacts(page);
}

/** Waits until the chart has pixels in the first series' colour; returns how many. */
function waitForSeriesPixels(page) {
  return eventually(
    () => canvasPixelsOf(page, FIRST_SERIES_RGB),
    (count) => count > 0,
    'chart pixels in the first series colour',
  );
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
