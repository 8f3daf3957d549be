// Getting text in, in headless Chromium against the release build: a paste of three
// reports becomes three cards, which merge and split again; a list of 105 shows its
// latest 100 and the rest on request; files come in through the picker and by a drop on
// the page, and a file that is not UTF-8 is refused by name while the others are added.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, addArticle, eventually } from './harness.js';

const withApp = useApp();

// Invented reports.
const TAVEN = `Cholera cases climb in Taven

ORVEL, March 4 (Reuters) - Taven province reported 37 new cholera cases on Tuesday, bringing the total to 412.

Four more people died, the ministry said.`;

const MERAU = `Measles spreads in Merau

KESSEL, March 5 (AP) — The Merau health service said on Wednesday that 58 measles cases had been confirmed since February.

Teams were sent to two districts.`;

const VESK = `Vesk reports dengue deaths

By Ana Liro, Vesk Courier
Published March 6, 2026

Vesk's health department recorded 3 dengue deaths on Thursday and said 120 people had been admitted to hospital since January.

Residents were asked to clear standing water.`;

const ORVEL_TXT = `Orvel clinics see fewer cholera cases

ORVEL, March 9 (Reuters) - Clinics in Orvel reported 21 new cholera cases on Sunday, down from 30 a day earlier, the city health office said.
`;

// A saved news page: its scripts, navigation, related stories and footer hold numbers
// that are not the article's.
const KESSEL_HTML = `<!doctype html><html><head><title>Kessel measles | Kessel Post</title>
<script>var views = 48213; var cases = 777;</script></head>
<body><header><nav><a href="/">Home</a> <a href="/top">Top 20</a></nav></header>
<article><h1>Kessel measles count reaches 64</h1>
<p>KESSEL, March 10 (AP) — Merau's health service said on Monday that 64 measles cases had been confirmed, and 2 children had died.</p>
<p>Vaccination continues.</p></article>
<aside class="related"><h2>Related coverage</h2><ul><li>Cholera: 900 cases in Taven</li></ul></aside>
<footer>&copy; 2026 Kessel Post</footer></body></html>`;

const VESK_MD = `# Vesk dengue admissions rise

*Published March 12, 2026*

Vesk's health department said **145 people** had been admitted to hospital with dengue since January, up from 120 a week earlier.
`;

/** Every card as { headline, count, source }, in list order. */
function cards(page) {
  return page.locator('.card').evaluateAll((items) =>
    items.map((card) => ({
      headline: card.querySelector('.headline')?.textContent.trim(),
      count: card.querySelector('.count')?.textContent.trim(),
      source: card.querySelector('.source')?.textContent.trim() ?? '',
    })),
  );
}

/** Waits until there are `n` cards; returns them. */
function cardsOnceListed(page, n) {
  return eventually(() => cards(page), (list) => list.length === n, `${n} article cards`);
}

/** The card headed `headline`. */
function card(page, headline) {
  return page.locator('.card', { has: page.locator('.headline', { hasText: headline }) });
}

test('a paste of three reports becomes three cards, which merge and split again', async () => {
  await withApp(async (page) => {
    await addArticle(page, `${TAVEN}\n\n-----\n\n${MERAU}\n\n${VESK}\n`);
    const split = await cardsOnceListed(page, 3);
    assert.deepEqual(
      split.map((one) => one.headline),
      ['Cholera cases climb in Taven', 'Measles spreads in Merau', 'Vesk reports dengue deaths'],
    );
    assert.deepEqual(
      split.map((one) => one.count),
      ['3 figures, all undated', '1 figure, all undated', '2 figures'],
    );
    assert.match(split[0].source, /Outlet: Reuters/);
    assert.match(split[2].source, /Outlet: By Ana Liro, Vesk Courier/);
    await page
      .getByRole('status')
      .filter({ hasText: 'Split into 3 articles at lines of dashes and at new headlines' })
      .waitFor();
    assert.equal(
      await card(page, 'Cholera cases climb').getByRole('button', { name: 'Merge with previous' }).count(),
      0,
      'the first card has nothing above it to merge with',
    );

    // The cut before Merau was wrong: merge it back into Taven.
    await card(page, 'Measles spreads').getByRole('button', { name: 'Merge with previous' }).click();
    const merged = await cardsOnceListed(page, 2);
    // Read as one cholera article, Merau's measles count is another disease's: 3 figures.
    assert.deepEqual(merged[0], { headline: 'Cholera cases climb in Taven', count: '3 figures, all undated', source: 'Outlet: Reuters' });
    await page.getByRole('status').filter({ hasText: 'Merged “Measles spreads in Merau” into “Cholera cases climb in Taven”' }).waitFor();
    const first = card(page, 'Cholera cases climb');
    await first.getByRole('button', { name: 'Show text' }).click();
    assert.equal(
      await first.locator('.article-text').textContent(),
      `${TAVEN}\n\n-----\n\n${MERAU}`,
      'merging puts the separator back',
    );

    // And split it again.
    await first.getByRole('button', { name: 'Split again (2 articles)' }).click();
    const again = await cardsOnceListed(page, 3);
    assert.deepEqual(again, split);

    // A card folds to its headline row, and unfolds.
    const fold = card(page, 'Vesk reports').getByRole('button', { name: 'Collapse' });
    assert.equal(await fold.getAttribute('aria-expanded'), 'true');
    await fold.click();
    const unfold = card(page, 'Vesk reports').getByRole('button', { name: 'Expand' });
    assert.equal(await unfold.getAttribute('aria-expanded'), 'false');
    assert.equal(await card(page, 'Vesk reports').getByLabel('Published', { exact: true }).count(), 0);
    assert.equal(await card(page, 'Vesk reports').locator('.count').textContent(), '2 figures');
    await unfold.click();
    await card(page, 'Vesk reports').getByLabel('Published', { exact: true }).waitFor();
  });
});

test('a long list shows its latest 100 cards, earlier ones on request or when a figure is shown', async () => {
  await withApp(async (page) => {
    // 105 invented ward reports, each its own count.
    const reports = Array.from(
      { length: 105 },
      (_, i) =>
        `Cholera cases in Taven ward ${i + 1}\n\nORVEL, March 4 (Reuters) - Taven ward ${i + 1} reported ` +
        `${1001 + i} new cholera cases on Tuesday, the ministry said.`,
    );
    await addArticle(page, reports.join('\n\n-----\n\n'));
    await page.getByRole('status').filter({ hasText: 'Split into 105 articles' }).waitFor();
    const latest = await cardsOnceListed(page, 100);
    assert.equal(latest[0].headline, 'Cholera cases in Taven ward 6', 'the latest 100, in the order added');
    const more = page.locator('.list-more');
    assert.equal((await more.textContent()).trim(), 'Showing the latest 100 of 105 articles.Show 5 earlier');
    // A figure of an article not listed, shown from the table: its card comes back,
    // with every card after it, and its sentence is highlighted.
    await page.getByRole('button', { name: 'Show in article: 1003 new cholera cases' }).click();
    const back = await cardsOnceListed(page, 103);
    assert.equal(back[0].headline, 'Cholera cases in Taven ward 3');
    await card(page, 'Taven ward 3').locator('mark').waitFor();
    assert.match(await more.textContent(), /Showing the latest 103 of 105 articles\.Show 2 earlier/);
    await page.getByRole('button', { name: 'Show 2 earlier' }).click();
    const all = await cardsOnceListed(page, 105);
    assert.equal(all[0].headline, 'Cholera cases in Taven ward 1');
    assert.equal(await more.count(), 0, 'every article is listed');
    // The button went with its line; the focus is on the list's heading, not lost.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'articles-heading');
  });
});

test('files come in through the picker and by a drop; a file that is not UTF-8 is named and the others are added', async () => {
  await withApp(async (page) => {
    const picker = page.getByLabel('Add files (.txt, .md, .html)');
    await picker.setInputFiles([
      { name: 'orvel.txt', mimeType: 'text/plain', buffer: Buffer.from(ORVEL_TXT) },
      { name: 'kessel.html', mimeType: 'text/html', buffer: Buffer.from(KESSEL_HTML) },
    ]);
    const picked = await cardsOnceListed(page, 2);
    assert.deepEqual(picked, [
      { headline: 'Orvel clinics see fewer cholera cases', count: '2 figures, all undated', source: 'Outlet: Reuters · File: orvel.txt' },
      { headline: 'Kessel measles count reaches 64', count: '2 figures, all undated', source: 'Outlet: AP · File: kessel.html' },
    ]);
    await page.getByRole('status').filter({ hasText: 'Added 2 articles from 2 files.' }).waitFor();
    // The page's markup stayed markup: nothing of it is on the page as elements.
    assert.equal(await page.locator('.card aside, .card script, .card nav').count(), 0);

    // A drop on the page, built in the page as the browser would: a Latin-1 file and a
    // Markdown file.
    await page.evaluate((markdown) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])], 'latin1.txt', { type: 'text/plain' }));
      transfer.items.add(new File([markdown], 'vesk.md', { type: 'text/markdown' }));
      const target = document.querySelector('main');
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, VESK_MD);
    const dropped = await cardsOnceListed(page, 3);
    assert.deepEqual(dropped[2], { headline: 'Vesk dengue admissions rise', count: '2 figures', source: 'File: vesk.md' });
    const status = page.getByRole('status');
    await status.filter({ hasText: 'Added 1 article from 2 files.' }).waitFor();
    assert.match(await status.textContent(), /“latin1\.txt” was not read: it is not UTF-8 text/);
  });
});

test('files dragged over the page mark it as the drop target until they leave or drop', async () => {
  await withApp(async (page) => {
    const main = page.locator('main');
    // Events as the browser fires them, with a file in the drag; entering a child
    // element fires its "dragenter" before the page's "dragleave".
    const drag = (steps) =>
      page.evaluate(
        ({ steps, text }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], 'orvel.txt', { type: 'text/plain' }));
          for (const [type, selector] of steps) {
            const target = document.querySelector(selector);
            target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
          }
        },
        { steps, text: ORVEL_TXT },
      );
    await drag([['dragenter', 'main'], ['dragenter', 'textarea'], ['dragleave', 'main']]);
    const marked = () => main.getAttribute('class').then((names) => /\bdropping\b/.test(names));
    await eventually(marked, (yes) => yes, 'marked while over a child');
    await drag([['dragleave', 'textarea']]);
    await eventually(marked, (yes) => !yes, 'unmarked once the files left');

    await drag([['dragenter', 'main'], ['dragover', 'main'], ['drop', 'main']]);
    await page.getByRole('status').filter({ hasText: 'Added 1 article from 1 file.' }).waitFor();
    assert.equal(await marked(), false, 'unmarked after the drop');
  });
});
