import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { inneHere, repoPath } from './run-inne.fixture.js';

// A publisher copies the guide's examples as they are: each must pass `inne` without a word.
const guide = readFileSync(repoPath('docs/data-publishers.md'), 'utf8');
const blocks = (lang: string) =>
  [...guide.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const dir = mkdtempSync(join(tmpdir(), 'inne-guide-'));

describe('the examples of docs/data-publishers.md', () => {
  const json = blocks('json').map((text) => JSON.parse(text) as Record<string, unknown>);

  test('every feed and every item it shows passes inne validate, without warnings', async () => {
    const feeds = json.flatMap((value) =>
      'version' in value
        ? [value]
        : // An item alone: a membership campaign (with a year) in a feed of its own.
          'year' in value
          ? [{ version: 1, membership: [value] }]
          : [],
    );
    assert.ok(feeds.length >= 3, 'the first feed, the $schema line, the campaign');
    for (const [i, feed] of feeds.entries()) {
      const file = join(dir, `example-${i}.json`);
      writeFileSync(file, JSON.stringify(feed, null, 2));
      const r = await inneHere(['validate', file, '--lang', 'en']);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /✓ 0 errors, 0 warnings/, JSON.stringify(feed));
    }
  });

  test('the editor settings name the feed files the guide writes (feed.json)', () => {
    const settings = json.find((value) => 'json.schemas' in value);
    const [entry] = settings!['json.schemas'] as { fileMatch: string[] }[];
    assert.ok(entry!.fileMatch.includes('feed.json'));
  });

  test('the folder of item files builds, without warnings', async () => {
    const [project, envelope] = blocks('yaml');
    const folder = join(dir, 'club-feed');
    for (const sub of ['actors', 'projects']) mkdirSync(join(folder, sub), { recursive: true });
    writeFileSync(join(folder, 'feed.yaml'), envelope!);
    writeFileSync(join(folder, 'projects/ect-mobilites-elbeuf.yaml'), project!);
    // The actors the project names, as the guide's tree has them.
    writeFileSync(join(folder, 'actors/club-inne.yaml'), 'name: Club Inné\nkind: association\n');
    writeFileSync(join(folder, 'actors/elbeuf.json'), '{ "name": "Elbeuf", "kind": "commune" }');
    const r = await inneHere(['build-feed', folder, '-o', join(dir, 'feed.json'), '--lang', 'en']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /✓ 0 errors, 0 warnings — kept: 2 actors, 1 project/);
  });
});
