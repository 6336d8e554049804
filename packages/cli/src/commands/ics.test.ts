import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ics } from './ics.js';

/** Runs the command and captures what it writes. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const write = process.stdout.write;
  const error = console.error;
  process.stdout.write = ((chunk: string) => (
    out.push(chunk),
    true
  )) as typeof process.stdout.write;
  console.error = (...parts: unknown[]) => void err.push(parts.join(' '));
  try {
    const code = await ics.run(args, 'fr');
    return { code, out: out.join(''), err: err.join('\n') };
  } finally {
    process.stdout.write = write;
    console.error = error;
  }
}

async function feedFile(feed: unknown): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'inne-ics-')), 'feed.json');
  await writeFile(path, JSON.stringify(feed));
  return path;
}

const feed = {
  version: 1,
  publisher: { name: 'Club Inné', url: 'https://www.clubinne.fr/' },
  events: [
    { id: 'a', title: 'Atelier', kind: 'atelier', start: '2025-11-06T18:00:00+01:00' },
    { id: 'b', title: 'Annulé', kind: 'atelier', start: '2025-11-20', status: 'cancelled' },
    { id: 'bad', title: 'Sans date', kind: 'atelier' },
  ],
};

describe('inne ics', () => {
  test('writes the valid events as a calendar and reports the invalid ones on stderr', async () => {
    const { code, out, err } = await run([await feedFile(feed)]);
    assert.equal(code, 0);
    assert.ok(out.startsWith('BEGIN:VCALENDAR\r\n'));
    assert.match(out, /UID:a@www\.clubinne\.fr/);
    assert.match(out, /STATUS:CANCELLED/);
    assert.match(out, /X-WR-CALNAME:Club Inné/);
    assert.doesNotMatch(out, /Sans date/);
    assert.match(err, /\$\.events\[2\]/);
  });

  test('--domain and --when upcoming', async () => {
    const { out } = await run([
      await feedFile(feed),
      '--domain',
      'exemple.org',
      '--when',
      'upcoming',
    ]);
    assert.doesNotMatch(out, /BEGIN:VEVENT/, 'both events are past');
    const all = await run([await feedFile(feed), '--domain', 'exemple.org']);
    assert.match(all.out, /UID:a@exemple\.org/);
  });

  test('bad usage exits 2; a file that is not a feed exits 1', async () => {
    assert.equal((await run([])).code, 2);
    assert.equal((await run([await feedFile(feed), '--when', 'soon'])).code, 2);
    const notFeed = await run([await feedFile([1, 2])]);
    assert.equal(notFeed.code, 1);
    assert.equal(notFeed.out, '');
  });
});
