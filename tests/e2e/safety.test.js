// Nothing pasted can break the page, leak from it or be lost by it, in headless Chromium
// against the release build:
// - injection: classic script payloads, through every channel that brings outside text
//   into the page, never run and are shown literally;
// - no network: a whole session asks for nothing but the page's own files;
// - no storage: with localStorage blocked or full, the page still works and says that
//   work will not be kept, offering export.
// (withApp also fails a test on any console error or request to another host.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32, deflateRawSync } from 'node:zlib';
import { useApp, addArticle, figureFacts, eventually, waitForSeriesPixels } from './harness.js';
import { MEASLES, MEASLES_ROWS, UNDATED_CHOLERA } from './articles.js';

const withApp = useApp();

/** Payloads that run `window.__pwned = 1` if the page ever treats text as markup or a URL. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '</textarea><script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"><circle r="5"/></svg>',
  '<a href="javascript:window.__pwned=1">Read more</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '"><body onload="window.__pwned=1">',
];

/** An invented report whose headline (first line) is `payload` and whose body quotes it. */
function articleWith(payload) {
  return `${payload}

KESSA, March 4, 2026 (Coastline Wire) -- The health ministry reported 40 new cases on Tuesday, \
bringing the total to 412. A reader wrote: ${payload}
`;
}

/** A workspace file (the format "Export workspace" writes) holding `texts` as articles. */
function workspaceFile(texts) {
  return JSON.stringify({
    format: 'casecurve-workspace',
    version: 1,
    articles: texts.map((text) => ({ text })),
  });
}

/** Chooses a file named `name` holding `content` in the workspace panel's "Import JSON". */
async function importFile(page, name, content) {
  await page.locator('#import-workspace').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content),
  });
}

/** A share link's fragment carrying `json`, as "Copy share link" makes it (src/share.rs). */
function shareFragment(json) {
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(Buffer.from(json)));
  const payload = Buffer.concat([checksum, deflateRawSync(Buffer.from(json))]);
  return `share=v1.${payload.toString('base64url')}`;
}

/** HTML escaping, so that a page's text (not its markup) holds `text`. */
function escapeHtml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** An invented news page whose headline is `payload` as text, with live scripts around it. */
function pageWith(payload) {
  return `<!DOCTYPE html><html><head><title>x</title><script>window.__pwned=1</script></head>
<body onload="window.__pwned=1"><h1>${escapeHtml(payload)}</h1>
<p>KESSA, March 4, 2026 (Coastline Wire) -- The health ministry reported 40 new cases on Tuesday,
bringing the total to 412.</p><img src=x onerror="window.__pwned=1"></body></html>`;
}

/** The card headlines, as their text. */
function headlines(page) {
  return page.locator('.card .headline').allTextContents();
}

/**
 * Every way outside text gets into the page. Each `deliver(page, payloads)` brings all the
 * payloads in, and resolves to the texts the page must now show literally (with `where`, a
 * locator whose text must hold them).
 */
const CHANNELS = [
  {
    name: 'pasted into "Article text"',
    async deliver(page, payloads) {
      for (const payload of payloads) await addArticle(page, articleWith(payload));
      await eventually(() => headlines(page), (shown) => shown.length === payloads.length, 'a card per paste');
      return { shown: await headlines(page), expected: payloads };
    },
  },
  {
    name: 'article text in an imported workspace file',
    async deliver(page, payloads) {
      await importFile(page, 'workspace.json', workspaceFile(payloads.map(articleWith)));
      await eventually(() => headlines(page), (shown) => shown.length === payloads.length, 'imported cards');
      return { shown: await headlines(page), expected: payloads };
    },
  },
  {
    name: 'the name of an imported file (shown when it is refused)',
    async deliver(page, payloads) {
      const status = page.getByRole('status');
      const shown = [];
      for (const payload of payloads) {
        await importFile(page, `${payload}.json`, 'not a workspace');
        const text = await eventually(
          () => status.textContent(),
          (now) => now.includes('was not imported') && now.includes(payload),
          'the refusal naming the file',
        );
        shown.push(text.includes(`“${payload}.json”`) ? payload : text);
      }
      return { shown, expected: payloads };
    },
  },
  {
    name: 'in files chosen with "Add files" (text files, and news pages with live scripts)',
    async deliver(page, payloads) {
      const files = payloads.map((payload, index) =>
        index % 2 === 0
          ? { name: `report-${index}.txt`, mimeType: 'text/plain', buffer: Buffer.from(articleWith(payload)) }
          : { name: `page-${index}.html`, mimeType: 'text/html', buffer: Buffer.from(pageWith(payload)) },
      );
      await page.locator('#article-files').setInputFiles(files);
      await eventually(() => headlines(page), (shown) => shown.length === payloads.length, 'a card per file');
      return { shown: await headlines(page), expected: payloads };
    },
  },
  {
    name: 'in a share link opened in the page',
    async deliver(page, payloads) {
      const fragment = shareFragment(workspaceFile(payloads.map(articleWith)));
      await page.goto(`${page.url().split('#')[0]}#${fragment}`);
      await eventually(() => headlines(page), (shown) => shown.length === payloads.length, 'the shared cards');
      return { shown: await headlines(page), expected: payloads };
    },
  },
];

/** Elements that run or load something, and inline event-handler attributes, in the page. */
function activeContent(page) {
  return page.evaluate(() => {
    // The legend's swatches are the page's own SVG (class "swatch"); a payload's is not.
    const elements = [
      ...document.querySelectorAll('script, img, svg:not(.swatch), iframe, object, embed, frame, body *[src]'),
    ];
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${element.tagName} ${a.name}`),
    );
    const links = [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href'))
      .filter((href) => !href.startsWith('blob:'));
    return { elements: elements.map((element) => element.outerHTML.slice(0, 120)), handlers, links };
  });
}

for (const channel of CHANNELS) {
  test(`script payloads ${channel.name} never run and are shown as text`, async () => {
    await withApp(async (page) => {
      const before = await activeContent(page);
      const { shown, expected } = await channel.deliver(page, PAYLOADS);
      assert.deepEqual([...shown].sort(), [...expected].sort(), 'each payload shown literally');
      // Show each article's text too: it is rendered with the figure's sentence marked.
      const showText = page.getByRole('button', { name: 'Show text' });
      while ((await showText.count()) > 0) await showText.first().click();
      const texts = await page.locator('.article-text').allTextContents();
      for (const text of texts) assert.ok(PAYLOADS.some((payload) => text.includes(payload)), text);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
      assert.deepEqual(await activeContent(page), before, 'no element, handler or link from the payloads');
    });
  });
}

test('a whole session requests nothing but the page\'s own files', async () => {
  await withApp(async (page) => {
    const origin = new URL(page.url()).origin;
    // The context sees service-worker requests too, which the page's own listener misses.
    const requests = [];
    page.context().on('request', (request) => requests.push(request.url()));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Load example' }).click();
    await waitForSeriesPixels(page);
    await addArticle(page, MEASLES);
    await eventually(() => figureFacts(page), (rows) => rows.length >= MEASLES_ROWS.length, 'rows');

    // Files dropped on the page.
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'osterlund.txt', { type: 'text/plain' }));
      transfer.items.add(new File([`<html><body><h1>Note</h1><p>${text}</p></body></html>`], 'osterlund.html'));
      const target = document.querySelector('main');
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, UNDATED_CHOLERA);
    await page.getByRole('status').filter({ hasText: /from 2 files/ }).waitFor();

    const edit = page.getByRole('button', { name: /^Edit: / }).first();
    await edit.click();
    const value = page.getByRole('textbox', { name: 'Value', exact: true });
    await value.fill('1,234');
    await value.press('Tab');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export workspace' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'casecurve-workspace.json');
    assert.match(download.url(), /^blob:/, 'the export is made in the page');
    for (const name of ['Download CSV', 'Download PNG', 'Download SVG']) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name, exact: true }).click(),
      ]);
      assert.match(file.url(), /^(blob|data):/, `${name} is made in the page`);
    }

    // A share link, made and opened.
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await page.getByText(/^Link copied/).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await page.goto(link);
    await page.getByRole('alert').filter({ hasText: 'holds a workspace' }).waitFor();
    await page.getByRole('button', { name: 'Keep mine, ignore the link' }).click();

    await page.reload();
    await eventually(() => figureFacts(page), (rows) => rows.length >= MEASLES_ROWS.length, 'rows after reload');
    await waitForSeriesPixels(page);

    const workers = page.context().serviceWorkers().map((worker) => worker.url());
    const foreign = [...requests, ...workers].filter((url) => {
      const { protocol, origin: from } = new URL(url);
      return protocol !== 'data:' && protocol !== 'blob:' && from !== origin;
    });
    assert.ok(requests.some((url) => url.endsWith('.wasm')), 'the reload was recorded');
    assert.deepEqual(foreign, [], 'requests to other origins');
  });
});

/**
 * Init scripts that break localStorage the ways browsers do: blocked outright (privacy
 * settings, some private modes: the getter throws) or full (every write throws).
 */
const BROKEN_STORAGE = [
  {
    name: 'blocked',
    script: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  },
  {
    name: 'full',
    script: () => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  },
];

for (const storage of BROKEN_STORAGE) {
  test(`with storage ${storage.name}, the page works, says work is not kept and offers export`, async () => {
    await withApp(async (page) => {
      await page.context().addInitScript(storage.script);
      await page.reload();
      await page.getByRole('button', { name: 'Load example' }).click();
      await waitForSeriesPixels(page);
      const alert = page.getByRole('alert').filter({ hasText: 'Your work is not being saved' });
      await alert.waitFor();
      const said = await alert.textContent();
      assert.match(said, /will not be kept/);
      assert.match(said, /Export workspace/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export workspace' }).click(),
      ]);
      const saved = JSON.parse(await streamText(await download.createReadStream()));
      assert.equal(saved.format, 'casecurve-workspace');
      assert.ok(saved.articles.length > 0, 'the export holds the work');
    });
  });
}

/** The whole text of a readable stream. */
async function streamText(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
