// The reference articles in ../shared/seeds, when that folder exists next to the
// repository (they are not part of the project): pasted into the page, each gives exactly
// the figures expected.json lists, on their days, and a chart.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  useApp,
  addArticle,
  figureFacts,
  distinct,
  eventually,
  waitForSeriesPixels,
  ISO_DATE,
} from './harness.js';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seeds');
const EXPECTED = join(SEEDS, 'expected.json');
const withApp = useApp();

/** Pastes one seed, gives it the reference date if it finds none, and checks the figures. */
async function checkSeed(file, seed) {
  const want = distinct(
    seed.figures.map(({ date, metric, kind, value }) => ({ date, metric, kind, value })),
  );
  await withApp(async (page) => {
    await addArticle(page, readFileSync(join(SEEDS, file), 'utf8'));
    const published = page.getByLabel('Published', { exact: true });
    await published.waitFor();
    // An article that gives no date of its own gets the one the reference names.
    if ((await published.inputValue()) === '') await published.fill(seed.published);
    assert.equal(await published.inputValue(), seed.published, 'publication date');
    const dated = await eventually(
      async () => (await figureFacts(page)).filter((row) => ISO_DATE.test(row.date)),
      (rows) => distinct(rows).length >= want.length,
      'dated rows in "Figures"',
    );
    assert.deepEqual(distinct(dated), want);
    await waitForSeriesPixels(page);
  });
}

if (existsSync(EXPECTED)) {
  const expected = JSON.parse(readFileSync(EXPECTED, 'utf8'));
  for (const [file, seed] of Object.entries(expected)) {
    test(`seed ${file}: the expected figures on their days, and a chart`, () =>
      checkSeed(file, seed));
  }
} else {
  test('seed articles', { skip: `no ${EXPECTED} on this machine` }, () => {});
}
