import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import {
  frenchTypographyFaults,
  nonEnglishStrings,
} from '../../core/src/text/french-typography.fixture.js';

// The CLI's help, reports and errors quote core's messages, which are written with ’ and
// no-break spaces inside « »: one kind of apostrophe per line, and guillemets that never end
// a line apart from their word.
const folder = fileURLToPath(new URL('./', import.meta.url));
const sources = readdirSync(folder, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !/\.(test|fixture)\.ts$|test-fixtures\.ts$/.test(f))
  .sort();

test('the CLI has message sources to check', () => {
  assert.ok(sources.includes('read-source.ts') && sources.includes('commands/score.ts'));
});

for (const file of sources) {
  test(`${file}: French texts use ’ and no-break spaces inside « »`, () => {
    assert.deepEqual(frenchTypographyFaults(nonEnglishStrings(folder + file)), []);
  });
}
