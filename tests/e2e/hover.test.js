// Reading the chart with the pointer: the example outbreak's latest day has a tooltip,
// and a point (or a row's "Show in article") leads to the sentence it was read from,
// highlighted in its article.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, figureRows, waitForSeriesPixels, eventually, ISO_DATE } from './harness.js';

const withApp = useApp();

/** The third example article (src/examples/03_wire_followup.txt), the latest report. */
const FOLLOW_UP = 'Malvoria cholera cases pass 6,000 as rains return';
/** Its two sentences with figures for the latest day. */
const CASES_SENTENCE =
  'The ministry said 6,118 cases had been reported as of Sunday, 396 of them in the previous 24 hours.';
const DEATHS_SENTENCE = 'Four more deaths were recorded on Sunday, bringing the toll to 97.';

/** Loads the example articles and waits for the chart. */
async function loadExample(page) {
  await page.getByRole('button', { name: 'Load example' }).click();
  await waitForSeriesPixels(page);
}

/**
 * Moves the mouse leftwards across the middle of the chart from its right edge until a
 * tooltip shows; returns where.
 */
async function hoverRightmostPoint(page) {
  const box = await page.locator('canvas[role="img"]').boundingBox();
  const y = box.y + box.height / 2;
  for (let x = box.x + box.width - 1; x > box.x; x -= 4) {
    await page.mouse.move(x, y);
    if (await page.getByRole('tooltip').isVisible()) return { x, y };
  }
  throw new Error('no tooltip anywhere along the chart');
}

test('the latest point has a tooltip; clicking it shows its sentence in the article', async () => {
  await withApp(async (page) => {
    await loadExample(page);
    const latest = (await figureRows(page))
      .map((row) => row.date)
      .filter((date) => ISO_DATE.test(date))
      .sort()
      .at(-1);

    const { x, y } = await hoverRightmostPoint(page);
    const tooltip = page.getByRole('tooltip');
    assert.equal(await tooltip.locator('time').getAttribute('datetime'), latest);
    const words = await tooltip.innerText();
    assert.match(words, /reported/, 'the status');
    assert.ok(words.includes(FOLLOW_UP), `the source's headline in ${JSON.stringify(words)}`);
    assert.match(words, /\b(6,118|396|97|4)\b/, 'one of the latest day values');

    await page.mouse.click(x, y);
    const mark = page.locator('.card mark');
    await mark.waitFor();
    const sentence = await mark.textContent();
    assert.equal(sentence, /deaths/.test(words) ? DEATHS_SENTENCE : CASES_SENTENCE);
    const card = page.locator('.card', { has: page.locator('mark') });
    assert.equal((await card.locator('.headline').textContent()).trim(), FOLLOW_UP);

    // Off the chart (the page's top-left corner), the tooltip goes.
    await page.mouse.move(1, 1);
    await tooltip.waitFor({ state: 'detached' });
  });
});

test('"Show in article" opens the article at the figure\'s sentence, in view', async () => {
  await withApp(async (page) => {
    await loadExample(page);
    assert.equal(await page.locator('.card mark').count(), 0, 'nothing is highlighted yet');
    // Each button is named after the figure's words.
    await page.getByRole('button', { name: 'Show in article: 6,118 cases', exact: true }).click();
    const mark = page.locator('.card mark');
    await mark.waitFor();
    assert.equal(await mark.textContent(), CASES_SENTENCE);
    assert.equal(await mark.locator('strong').textContent(), '6,118 cases', "the figure's own words");
    // Smooth scrolling takes a moment; then the sentence is on screen.
    const viewport = page.viewportSize();
    await eventually(
      async () => {
        const box = await mark.boundingBox();
        return box && box.y >= 0 && box.y + box.height <= viewport.height;
      },
      (inView) => inView,
      'the highlighted sentence scrolled into view',
    );
  });
});

test('the log-scale switch redraws the chart with a "log scale" notice and says so', async () => {
  await withApp(async (page) => {
    await loadExample(page);
    // Every text the chart draws, from here on.
    await page.evaluate(() => {
      window.__drawnTexts = [];
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        window.__drawnTexts.push(String(text));
        return fillText.call(this, text, ...rest);
      };
    });
    const drawn = () => page.evaluate(() => window.__drawnTexts.splice(0));
    const description = () => page.locator('canvas[role="img"]').getAttribute('aria-label');
    const logSwitch = page
      .getByRole('region', { name: 'Chart' })
      .getByRole('checkbox', { name: 'Logarithmic scale' });

    await logSwitch.check();
    const onLog = await eventually(drawn, (texts) => texts.length > 0, 'the chart redrawn on a log scale');
    assert.ok(onLog.includes('log scale'), `no "log scale" notice among ${JSON.stringify(onLog)}`);
    assert.match(await description(), /\(logarithmic scale\)/);

    await logSwitch.uncheck();
    const onLinear = await eventually(drawn, (texts) => texts.length > 0, 'the chart redrawn on a linear scale');
    assert.ok(!onLinear.includes('log scale'), 'the notice stays off the linear chart');
    assert.doesNotMatch(await description(), /logarithmic/);
  });
});
