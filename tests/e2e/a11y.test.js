// Everyone can use it: the page with the keyboard alone, focus that shows, a name on every
// control, text that meets WCAG AA contrast in both colour schemes, and a 360 px phone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp,
  figureFacts,
  figureRows,
  distinct,
  waitForSeriesPixels,
  eventually,
  afterPaint,
  showTooltip,
} from './harness.js';
import { MEASLES, MEASLES_ROWS } from './articles.js';

const withApp = useApp();

/** How many Tab presses a walk may take to reach a control before failing. */
const MAX_TABS = 400;

/**
 * Presses Tab (or Shift+Tab with `backwards`) until `target` has the focus; fails when it
 * never gets it.
 */
async function tabTo(page, target, backwards = false) {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} never got the focus in ${MAX_TABS} key presses`);
}

test('keyboard only: add an article, switch to the log scale, correct a figure', async () => {
  await withApp(async (page) => {
    const text = page.getByRole('textbox', { name: 'Article text' });
    await tabTo(page, text);
    await page.keyboard.insertText(MEASLES);
    await tabTo(page, page.getByRole('button', { name: 'Add article' }));
    await page.keyboard.press('Enter');
    await waitForSeriesPixels(page);
    assert.deepEqual(distinct(await figureFacts(page)), distinct(MEASLES_ROWS));

    const log = page.getByRole('checkbox', { name: 'Logarithmic scale' });
    await tabTo(page, log);
    await page.keyboard.press('Space');
    assert.equal(await log.isChecked(), true, 'Space switches the log scale on');

    // To the first "Edit" button (Shift+Tab if it comes before), open the editor, type.
    const edit = page.getByRole('button', { name: /^Edit: / }).first();
    await tabTo(page, edit, await precedesFocus(edit));
    await page.keyboard.press('Enter');
    const value = page.getByRole('textbox', { name: 'Value' });
    await tabTo(page, value);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('4321');
    await tabTo(page, page.getByRole('button', { name: 'Done' }));
    await page.keyboard.press('Enter');
    // The corrected value, with what was read struck through beside it.
    await eventually(
      async () => (await figureRows(page)).map((row) => row.value),
      (values) => values.some((value) => value.startsWith('4,321')),
      'the corrected value in "Figures"',
    );
  });
});

/** Whether `target` comes before the focused element in the page. */
function precedesFocus(target) {
  return target.evaluate(
    (element) =>
      !!(document.activeElement.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING),
  );
}

/** Fills the page with every kind of control and text: the example, a refusal, an editor. */
async function showEverything(page) {
  await page.getByRole('button', { name: 'Load example' }).click();
  await waitForSeriesPixels(page);
  await page.getByRole('button', { name: 'Add article' }).click(); // empty: a refusal
  await page.getByRole('button', { name: /^Edit: / }).first().click();
  await page.getByRole('textbox', { name: 'Value' }).waitFor();
  await page.locator('.why summary').first().click();
}

test('every input, select and text area has an accessible name', async () => {
  await withApp(async (page) => {
    await showEverything(page);
    const controls = page.locator('input, select, textarea');
    const count = await controls.count();
    assert.ok(count > 10, `${count} controls`);
    // The accessibility tree's own names, as assistive technology gets them.
    const tree = await page.locator('body').ariaSnapshot();
    const nameless = tree
      .split('\n')
      .filter((line) => /^\s*- (textbox|checkbox|radio|combobox|spinbutton|button|slider)\b/.test(line))
      .filter((line) => !/^\s*- \w+ "[^"]+"/.test(line));
    assert.deepEqual(nameless, [], 'controls without a name');
  });
});

/**
 * Runs in the page. `what` 'text': every visible piece of text whose contrast with what is
 * behind it is below WCAG AA (4.5:1, or 3:1 for large text). `what` 'focus': every visible,
 * enabled control that, focused, shows no focus ring (an outline of 2 px or more, or a box
 * shadow) or a ring under 3:1 against what is behind the control (WCAG 1.4.11). `what`
 * 'fields': every visible text field and select whose border, which shows where to type,
 * is under 3:1 against what is behind it (WCAG 1.4.11). Each failure as a line of text.
 */
function audit(what) {
  const parse = (colour) => {
    const numbers = colour.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    return { rgb: numbers.slice(0, 3), alpha: numbers[3] ?? 1 };
  };
  const over = (top, bottom) =>
    top.rgb.map((channel, i) => channel * top.alpha + bottom[i] * (1 - top.alpha));
  /** The opaque colour behind `element`: its own and its ancestors' backgrounds. */
  const background = (element) => {
    const layers = [];
    for (let at = element; at; at = at.parentElement) {
      const colour = parse(getComputedStyle(at).backgroundColor);
      if (colour.alpha > 0) layers.push(colour);
      if (colour.alpha >= 1) break;
    }
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    let rgb = dark ? [0, 0, 0] : [255, 255, 255];
    for (const layer of layers.reverse()) rgb = over(layer, rgb);
    return rgb;
  };
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility === 'visible';
  };
  const failures = [];

  if (what === 'fields') {
    const fields = document.querySelectorAll(
      'textarea, select, input:not([type]), input[type="text"], input[type="date"]',
    );
    for (const field of fields) {
      if (!shown(field)) continue;
      const style = getComputedStyle(field);
      const found = ratio(parse(style.borderTopColor).rgb, background(field.parentElement));
      if (found < 3) {
        failures.push(`border ${found.toFixed(2)}:1 (${style.borderTopColor}): ${field.outerHTML.slice(0, 80)}`);
      }
    }
    return failures;
  }

  if (what === 'focus') {
    const controls = document.querySelectorAll(
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    for (const control of controls) {
      if (!shown(control) || control.matches(':disabled')) continue;
      control.focus();
      const style = getComputedStyle(control);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const name = control.outerHTML.slice(0, 80);
      if (!control.matches(':focus-visible') || !(outline || style.boxShadow !== 'none')) {
        failures.push(`no focus ring: ${name}`);
      } else if (outline) {
        // The ring is drawn outside the control (outline-offset), over its surroundings.
        const found = ratio(parse(style.outlineColor).rgb, background(control.parentElement));
        if (found < 3) failures.push(`focus ring ${found.toFixed(2)}:1 (${style.outlineColor}): ${name}`);
      }
    }
    return failures;
  }

  for (const element of document.body.querySelectorAll('*')) {
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== '',
    );
    const filled = /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) && element.value;
    if ((!ownText && !filled) || !shown(element)) continue;
    if (element.closest('.visually-hidden, canvas')) continue;
    const style = getComputedStyle(element);
    // Opacity fades the text into what is behind it.
    let alpha = 1;
    for (let at = element; at; at = at.parentElement) alpha *= Number(getComputedStyle(at).opacity);
    const back = background(element);
    const colour = parse(style.color);
    const fore = over({ rgb: colour.rgb, alpha: colour.alpha * alpha }, back);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const found = ratio(fore, back);
    if (found < (large ? 3 : 4.5)) {
      const text = (element.value || element.textContent).trim().slice(0, 40);
      failures.push(`${found.toFixed(2)}:1 ${JSON.stringify(text)} (${style.color} on rgb(${back.map(Math.round)}))`);
    }
  }
  return failures;
}

test('every control shows where the keyboard focus is, in the light and the dark scheme', async () => {
  await withApp(async (page) => {
    await showEverything(page);
    // A key press first: browsers show focus rings after keyboard use, not after clicks.
    await page.keyboard.press('Tab');
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await page.evaluate(audit, 'focus'), [], `focus rings, ${colorScheme} scheme`);
    }
  });
});

test('text fields and selects show their edges in the light and the dark scheme', async () => {
  await withApp(async (page) => {
    await showEverything(page);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await page.evaluate(audit, 'fields'), [], `field borders, ${colorScheme} scheme`);
    }
  });
});

test('text meets WCAG AA contrast in the light and the dark scheme', async () => {
  await withApp(async (page) => {
    await showEverything(page);
    await showTooltip(page);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      await afterPaint(page);
      assert.deepEqual(await page.evaluate(audit, 'text'), [], `low contrast, ${colorScheme} scheme`);
    }
  });
});

test('on a 360 px phone the page does not scroll sideways and the chart and table work', async () => {
  await withApp(async (page) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await showEverything(page);
    await afterPaint(page);
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(width <= 360, `the page is ${width} px wide`);
    const chart = await page.locator('canvas[role="img"]').boundingBox();
    assert.ok(chart.width > 250 && chart.x >= 0 && chart.x + chart.width <= 360, 'the chart fits');
    assert.ok((await waitForSeriesPixels(page)) > 0, 'the chart is drawn');
    const done = await page.getByRole('button', { name: 'Done' }).boundingBox();
    assert.ok(done.x >= 0 && done.x + done.width <= 360, "the editor's Done button is on screen");
  });
});
