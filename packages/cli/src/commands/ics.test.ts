import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { inne, inneHere } from '../run-inne.fixture.js';

async function feedFile(feed: unknown): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'inne-ics-')), 'feed.json');
  await writeFile(path, JSON.stringify(feed, null, 2));
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
  test('writes the valid events as a calendar, reports the invalid ones on stderr, exits 1', async () => {
    const { status, stdout, stderr } = await inneHere([
      'ics',
      await feedFile(feed),
      '--lang',
      'fr',
    ]);
    assert.equal(status, 1, 'an event was left out');
    assert.ok(stdout.startsWith('BEGIN:VCALENDAR\r\n'));
    assert.match(stdout, /UID:a@www\.clubinne\.fr/);
    assert.match(stdout, /SUMMARY:\[Annulé\] Annulé/);
    assert.match(stdout, /STATUS:CANCELLED/);
    assert.match(stdout, /X-WR-CALNAME:Club Inné/);
    assert.doesNotMatch(stdout, /Sans date/);
    // As `inne validate` says it: where in the file, and which event.
    const line = JSON.stringify(feed, null, 2).split('\n').indexOf('      "id": "bad",');
    assert.match(
      stderr,
      new RegExp(
        `^erreur\\s+${line}:5\\s+\\$\\.events\\[2\\]\\.start\\s+bad\\s+champ obligatoire manquant$`,
        'm',
      ),
    );
    assert.match(stderr, /^✗ 1 erreur, 0 avertissement — gardés\u00a0: 2 événements$/m);
  });

  test('problems in English with --lang en; warnings alone and other collections exit 0', async () => {
    const en = await inneHere(['ics', await feedFile(feed), '--lang', 'en']);
    assert.equal(en.status, 1);
    assert.match(
      en.stderr,
      /^error\s+\d+:\d+\s+\$\.events\[2\]\.start\s+bad\s+required field missing$/m,
    );
    assert.match(en.stderr, /^✗ 1 error, 0 warnings — kept: 2 events$/m);
    const good = {
      ...feed,
      events: feed.events.slice(0, 2),
      // The calendar does not show these: inne validate reports them, not inne ics.
      projects: [{ id: 'p', title: 5 }],
    };
    const fine = await inneHere(['ics', await feedFile(good), '--lang', 'en']);
    assert.equal(fine.status, 0, fine.stderr);
    assert.equal(fine.stderr, '');
    const { version: _, ...unversioned } = good;
    const warned = await inneHere(['ics', await feedFile(unversioned), '--lang', 'en']);
    assert.equal(warned.status, 0);
    assert.match(warned.stderr, /^warning\s+1:1\s+\$\.version\s+the "version" field is missing/m);
    assert.match(warned.stdout, /UID:a@/);
  });

  test('an event with a date start and a date-time end is left out of the calendar', async () => {
    const mixed = {
      version: 1,
      events: [
        { id: 'ok', title: 'Atelier', kind: 'atelier', start: '2025-03-14T09:00:00+01:00' },
        {
          id: 'mixed',
          title: 'Mélange',
          kind: 'atelier',
          start: '2025-03-14',
          end: '2025-03-14T18:00:00+01:00',
        },
      ],
    };
    const { status, stdout, stderr } = await inneHere([
      'ics',
      await feedFile(mixed),
      '--lang',
      'en',
    ]);
    assert.equal(status, 1);
    assert.match(stdout, /UID:ok@/);
    assert.doesNotMatch(stdout, /Mélange|UID:mixed@/);
    assert.equal(stdout.match(/^BEGIN:VEVENT/gm)?.length, 1);
    assert.match(
      stderr,
      /\$\.events\[1\]\.end\s+mixed\s+start and end must be two dates, or two date-times/,
    );
  });

  test('--domain, --name and --when upcoming', async () => {
    const path = await feedFile(feed);
    const upcoming = await inneHere(['ics', path, '--when', 'upcoming']);
    assert.doesNotMatch(upcoming.stdout, /BEGIN:VEVENT/, 'both events are past');
    const all = await inneHere(['ics', path, '--domain', 'Exemple.ORG', '--name', 'Agenda']);
    assert.match(all.stdout, /UID:a@exemple\.org/, 'a host name in capitals is the same host');
    assert.match(all.stdout, /X-WR-CALNAME:Agenda\r\n/);
  });

  test('bad usage and unreadable input exit 2; JSON that is not a feed exits 1; none writes', async () => {
    assert.equal((await inneHere(['ics'])).status, 2);
    assert.equal((await inneHere(['ics', await feedFile(feed), '--when', 'soon'])).status, 2);
    assert.equal((await inneHere(['ics', '/nonexistent/feed.json'])).status, 2);
    const notFeed = await inneHere(['ics', await feedFile([1, 2])]);
    assert.equal(notFeed.status, 1);
    assert.equal(notFeed.stdout, '');
    const path = join(await mkdtemp(join(tmpdir(), 'inne-ics-')), 'feed.json');
    await writeFile(path, '{ "version": 1, "events": [');
    const notJson = await inneHere(['ics', path, '--lang', 'en']);
    assert.equal(notJson.status, 2);
    assert.equal(notJson.stdout, '');
    assert.equal(
      notJson.stderr,
      `✗ ${path}:1:28: the feed is not readable JSON: the text ends too early: a brace, a bracket or a quote is not closed\n`,
    );
  });

  test('as a user runs it: from standard input, CRLF lines on stdout', async () => {
    const { status, stdout } = await inne(['ics', '-'], JSON.stringify(feed));
    assert.equal(status, 1, 'the event without a date is left out');
    assert.ok(stdout.endsWith('END:VCALENDAR\r\n'));
    assert.match(stdout, /DTSTART;TZID=Europe\/Paris:20251106T180000\r\n/);
  });
});
