import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { frenchTypographyFaults, nonEnglishStrings } from '../text/french-typography.fixture.js';

// Scoring's messages (grid problems, bid errors, ecosystem conditions, best moves) reach a
// visitor beside the elements' texts and the grids' labels: the same apostrophe, and
// guillemets that never end a line apart from their word.
const folder = fileURLToPath(new URL('./', import.meta.url));
const sources = readdirSync(folder, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !/\.(test|fixture)\.ts$|test-fixtures\.ts$/.test(f))
  .sort();

test('scoring has message sources to check', () => {
  assert.ok(sources.includes('framework-problems.ts') && sources.includes('rank-bids.ts'));
});

for (const file of sources) {
  test(`${file}: French texts use ’ and no-break spaces inside « »`, () => {
    assert.deepEqual(frenchTypographyFaults(nonEnglishStrings(folder + file)), []);
  });
}
