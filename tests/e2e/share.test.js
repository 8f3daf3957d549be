// Keeping and sharing work, in headless Chromium against the release build: the JSON
// export comes back as the same table, the CSV, PNG and SVG downloads hold what the page
// shows, a share link opens the same figures in a fresh browser, a broken link changes
// nothing, and undo and redo work from the keyboard.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, addArticle, figureFacts, figureRows, eventually } from './harness.js';
import { MEASLES, MEASLES_ROWS, NO_FIGURES } from './articles.js';

const withApp = useApp();

/** Waits until "Figures" lists at least `count` rows, and returns them as facts. */
function factsOnceListed(page, count) {
  return eventually(() => figureFacts(page), (rows) => rows.length >= count, 'rows in "Figures"');
}

/** Clicks the button `name` and resolves to the download it starts: { name, bytes }. */
async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/**
 * Opens `url` in a fresh browser context (no storage, as on another machine) of the
 * browser behind `page`, with `options` for the context. Resolves to { page, errors,
 * close }; `errors` collects console errors and uncaught exceptions.
 */
async function openFresh(page, url, options = {}) {
  const context = await page.context().browser().newContext({
    viewport: { width: 1200, height: 900 },
    colorScheme: 'light',
    ...options,
  });
  const fresh = await context.newPage();
  const errors = [];
  fresh.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  fresh.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  await fresh.goto(url);
  await fresh.getByRole('textbox', { name: 'Article text' }).waitFor();
  return { page: fresh, errors, close: () => context.close() };
}

/** The status line under the paste box. */
function status(page) {
  return page.locator('.article-form [role="status"]');
}

test('an exported workspace imported on a fresh page gives the same table', async () => {
  await withApp(async (page) => {
    await addArticle(page, MEASLES);
    const before = await factsOnceListed(page, MEASLES_ROWS.length);
    const exported = await download(page, 'Export workspace');
    assert.equal(exported.name, 'casecurve-workspace.json');

    const fresh = await openFresh(page, page.url());
    try {
      await fresh.page.locator('#import-workspace').setInputFiles({
        name: exported.name,
        mimeType: 'application/json',
        buffer: exported.bytes,
      });
      assert.deepEqual(await factsOnceListed(fresh.page, before.length), before);
      assert.deepEqual(fresh.errors, []);
    } finally {
      await fresh.close();
    }
  });
});

// A refusal names the file and quotes the value it could not read, in the shipped build
// too (built with less `Debug` formatting: scripts/lib/setup.sh).
test('an imported workspace with a wrong value is refused, quoting the value', async () => {
  await withApp(async (page) => {
    const workspace = {
      format: 'casecurve-workspace',
      version: 1,
      articles: [{ text: MEASLES, published: '2026-02-31', edits: [] }],
    };
    await page.locator('#import-workspace').setInputFiles({
      name: 'colleague.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(workspace)),
    });
    const status = page.getByRole('status');
    const said = await eventually(() => status.textContent(), (text) => text.includes('not imported'), 'the refusal');
    assert.match(said, /“colleague\.json”/);
    assert.match(said, /not a YYYY-MM-DD date: “2026-02-31”/);
    assert.deepEqual(await figureRows(page), [], 'nothing was imported');
  });
});

test('the CSV download holds the series with the headline as source; the SVG the chart', async () => {
  await withApp(async (page) => {
    await addArticle(page, MEASLES);
    await factsOnceListed(page, MEASLES_ROWS.length);
    const csv = await download(page, 'Download CSV');
    assert.equal(csv.name, 'casecurve-series.csv');
    const source = 'Measles cases climb to 412 in Varenna province';
    assert.deepEqual(csv.bytes.toString('utf8').split('\n'), [
      'date,metric,kind,subject,location,value,status,sources',
      `2031-03-13,cases,new,,,37,reported,${source}`,
      `2031-03-13,cases,total,,,412,reported,${source}`,
      `2031-03-13,deaths,new,,,3,reported,${source}`,
      `2031-03-13,deaths,total,,,9,reported,${source}`,
      '',
    ]);

    const svg = await download(page, 'Download SVG');
    assert.equal(svg.name, 'casecurve-chart.svg');
    const text = svg.bytes.toString('utf8');
    assert.ok(text.startsWith('<svg'), text.slice(0, 80));
    // The first series' colour (Okabe–Ito blue, light theme) and the axis' dates.
    assert.match(text, /#0072B2/i);
    assert.match(text, /Mar/);
  });
});

test('the PNG download is the chart at the screen pixel density', async () => {
  await withApp(async (page) => {
    const dense = await openFresh(page, page.url(), { deviceScaleFactor: 2 });
    try {
      await addArticle(dense.page, MEASLES);
      await factsOnceListed(dense.page, MEASLES_ROWS.length);
      const cssWidth = await dense.page
        .locator('canvas[role="img"]')
        .evaluate((canvas) => canvas.getBoundingClientRect().width);
      const png = await download(dense.page, 'Download PNG');
      assert.equal(png.name, 'casecurve-chart.png');
      assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // IHDR: width at bytes 16..20, big-endian.
      assert.equal(png.bytes.readUInt32BE(16), Math.round(cssWidth * 2));
      assert.deepEqual(dense.errors, []);
    } finally {
      await dense.close();
    }
  });
});

test('a share link opens the same figures in a fresh browser; a broken one changes nothing', async () => {
  await withApp(async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await addArticle(page, MEASLES);
    const before = await factsOnceListed(page, MEASLES_ROWS.length);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await page.getByText(/^Link copied \([\d,]+ characters\)/).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /#share=v1\.[A-Za-z0-9_-]+$/);
    const said = await page.getByText(/^Link copied/).textContent();
    assert.ok(said.includes(`(${link.length.toLocaleString('en-US')} characters)`), said);

    const fresh = await openFresh(page, link);
    try {
      const other = fresh.page;
      assert.deepEqual(await factsOnceListed(other, before.length), before, 'the same "Figures" table');
      await status(other).filter({ hasText: 'Opened the shared workspace: 1 article.' }).waitFor();
      assert.equal(await other.evaluate(() => location.hash), '', 'the link is taken off the address bar');

      // Over work of one's own, the page asks first; keeping it changes nothing.
      await addArticle(other, NO_FIGURES);
      await other.locator('.card').nth(1).waitFor();
      await other.goto(link);
      const offer = other.getByRole('alert').filter({ hasText: 'holds a workspace of 1 article' });
      await offer.getByText('You have 2 articles here').waitFor();
      await other.getByRole('button', { name: 'Keep mine, ignore the link' }).click();
      await offer.waitFor({ state: 'detached' });
      assert.equal(await other.locator('.card').count(), 2);

      // Cut short, changed, from a newer casecurve, or a decompression bomb: refused.
      const [base, data] = link.split('#share=v1.');
      const changed = data.slice(0, 20) + (data[20] === 'A' ? 'B' : 'A') + data.slice(21);
      const bomb = await other.evaluate(async () => {
        const zeros = new Blob([new Uint8Array(20 * 1024 * 1024)]);
        const stream = zeros.stream().pipeThrough(new CompressionStream('deflate-raw'));
        const deflated = new Uint8Array(await new Response(stream).arrayBuffer());
        const bytes = new Uint8Array(4 + deflated.length);
        bytes.set(deflated, 4);
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      });
      const broken = [
        [`${base}#share=v1.${data.slice(0, data.length - 9)}`, 'incomplete or was changed'],
        [`${base}#share=v1.${changed}`, 'incomplete or was changed'],
        [`${base}#share=v9.${data}`, 'newer casecurve'],
        [`${base}#share=v1.${bomb}`, 'more than 16 MB'],
      ];
      const rows = await figureFacts(other);
      for (const [url, reason] of broken) {
        await other.goto(url);
        const message = status(other).filter({ hasText: 'This share link could not be opened' });
        await message.filter({ hasText: reason }).waitFor();
        assert.ok((await message.textContent()).includes('Your workspace is unchanged'));
        assert.deepEqual(await figureFacts(other), rows, `unchanged after ${reason}`);
        assert.equal(await other.locator('.card').count(), 2);
        // The next link must show its own message, not this one's.
        await addArticle(other, '');
      }
      assert.deepEqual(fresh.errors, []);
    } finally {
      await fresh.close();
    }
  });
});

test('undo and redo from the keyboard take back a removal and an edit', async () => {
  await withApp(async (page) => {
    await addArticle(page, MEASLES);
    const before = await factsOnceListed(page, MEASLES_ROWS.length);
    await page.locator('.card').getByRole('button', { name: 'Remove' }).click();
    await page.locator('.card').waitFor({ state: 'detached' });

    await page.keyboard.press('Control+z');
    assert.deepEqual(await factsOnceListed(page, before.length), before, 'the removal undone');
    await status(page).filter({ hasText: 'Undone: remove “Measles cases climb' }).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await page.locator('.card').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await page.locator('.card').waitFor();

    // The headline's 412 is listed too: edit the first.
    await page.getByRole('button', { name: 'Edit: 412', exact: true }).first().click();
    const value = page.getByRole('textbox', { name: 'Value', exact: true });
    await value.fill('500');
    await value.press('Tab');
    await page.getByRole('button', { name: 'Done' }).click();
    // An edited value reads "500 read as 412".
    const edited = async () => (await figureRows(page)).some((row) => row.value === '500 read as 412');
    await eventually(edited, (yes) => yes, 'the edit');

    await page.keyboard.press('Control+z');
    await eventually(edited, (yes) => !yes, 'the edit undone');
    assert.deepEqual(await figureFacts(page), before);
    await status(page).filter({ hasText: 'Undone: edit “412”' }).waitFor();
    await page.keyboard.press('Control+y');
    await eventually(edited, (yes) => yes, 'the edit redone');
  });
});
