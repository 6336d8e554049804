import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';

// docs/scoring.md promises that its examples run as they are: each `ts` block runs here, with
// the package names pointed at the sources, and must print what its `// Prints:` comment says.

const doc = fileURLToPath(new URL('../../../../docs/scoring.md', import.meta.url));
const core = pathToFileURL(fileURLToPath(new URL('../index.ts', import.meta.url))).href;
const feed = pathToFileURL(
  fileURLToPath(new URL('../../../components/src/club-inne.feed.json', import.meta.url)),
).href;
const dir = mkdtempSync(join(tmpdir(), 'scoring-docs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const blocks = [...readFileSync(doc, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Everything before the first digit: the words of a line, whatever the figures. */
const words = (line: string) => line.split(/\d/)[0];

describe('docs/scoring.md examples', () => {
  test('the page has its five examples', () => assert.equal(blocks.length, 5));

  blocks.forEach((code, n) => {
    const [source, prints] = code.split('// Prints:\n');
    const title =
      source!
        .split('\n')
        .find((l) => l.startsWith('// '))
        ?.slice(3) ?? '';
    test(`example ${n + 1}: ${title}`, async () => {
      assert.ok(prints, 'ends with a // Prints: comment');
      const expected = prints!
        .trimEnd()
        .split('\n')
        .map((l) => l.replace(/^\/\/ ?/, '').replace(/[\u00a0\u202f]/g, ' '));
      // `.mts`: an ES module wherever the temporary folder is (no package.json says so there).
      const file = join(dir, `example-${n + 1}.mts`);
      writeFileSync(
        file,
        source!
          .replaceAll("'@club-inne/core'", `'${core}'`)
          .replaceAll("'@club-inne/components/club-inne.feed.json'", `'${feed}'`),
      );
      const lines: string[] = [];
      const log = console.log;
      // No-break spaces read as spaces, on the page as in what the examples print.
      console.log = (...args: unknown[]) =>
        lines.push(
          ...format(...args)
            .replace(/[\u00a0\u202f]/g, ' ')
            .split('\n'),
        );
      try {
        await import(pathToFileURL(file).href);
      } finally {
        console.log = log;
      }
      if (source!.includes('club-inne.feed.json')) {
        // The default feed belongs to the club and grows: check the lines, not the figures.
        assert.deepEqual(lines.map(words), expected.map(words));
      } else {
        assert.deepEqual(lines, expected);
      }
    });
  });
});
