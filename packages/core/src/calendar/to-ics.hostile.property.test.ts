import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { FeedEvent } from '../schema/event.js';
import { eventKinds, eventStatuses } from '../vocabulary/vocabulary.js';
import { lines } from './ics-reader.fixture.js';
import { toICS } from './to-ics.js';

// Whatever text a feed carries, in any field, a calendar file made from it keeps its
// structure: one VEVENT per event, no property smuggled in through a line break, only https
// links. (to-ics.property.test.ts checks that the text itself round-trips.)

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc
    .array(
      fc.constantFrom(
        '\r\n',
        '\n',
        '\r',
        '\u2028',
        '\u0085',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'END:VCALENDAR',
        'ATTACH:https://evil.example/x',
        'URL:javascript:alert(1)',
        ';',
        ',',
        ':',
        '\\',
        '"',
        '<script>',
        'é',
        '🌱',
        ' ',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);
const nonEmpty = hostile.map((s) => (s.trim() ? s : `x${s}`));
const url = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'data:text/calendar,x',
    '//evil.example',
  ),
  fc.webUrl({ validSchemes: ['https'] }),
);
const day = fc
  .date({
    min: new Date('2001-01-01T00:00:00Z'),
    max: new Date('2098-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const timing = fc.oneof(
  day.map((d) => ({ start: d.slice(0, 10) })),
  fc.tuple(day, fc.integer({ min: 0, max: 5 })).map(([d, n]) => ({
    start: d.slice(0, 10),
    end: new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10),
  })),
  fc.tuple(day, fc.integer({ min: 0, max: 600 })).map(([d, minutes]) => ({
    start: d.replace(/\.\d{3}Z$/, '+01:00'),
    end: new Date(Date.parse(d) + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, '+01:00'),
  })),
);

const event = fc
  .record(
    {
      id: fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,18}[a-z0-9])?$/),
      title: nonEmpty,
      kind: fc.constantFrom(...eventKinds),
      summary: nonEmpty,
      status: fc.constantFrom(...eventStatuses),
      timeZone: fc.constantFrom('Europe/Paris', 'America/Cayenne', 'Pacific/Noumea', 'UTC'),
      place: fc.record(
        {
          name: nonEmpty,
          streetAddress: nonEmpty,
          postalCode: fc.string({ maxLength: 16 }),
          locality: nonEmpty,
        },
        { requiredKeys: [] },
      ),
      url,
      registrationUrl: url,
      onlineUrl: url,
    },
    { requiredKeys: ['id', 'title', 'kind'] },
  )
  .chain((e) => timing.map((t) => ({ ...e, ...t }) as FeedEvent));

const PROPERTIES = new Set([
  'UID',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'URL',
  'CATEGORIES',
  'STATUS',
  'CLASS',
  'TRANSP',
  'SEQUENCE',
  'GEO',
  'ORGANIZER',
  'CONFERENCE',
]);

test('toICS keeps its structure whatever text and URLs the events carry', () => {
  fc.assert(
    fc.property(fc.array(event, { minLength: 1, maxLength: 4 }), (events) => {
      const ics = toICS(events, { now: 0 });
      for (const raw of ics.slice(0, -2).split('\r\n')) {
        assert.ok(!/[\r\n]/.test(raw), 'no bare CR or LF');
        assert.ok(new TextEncoder().encode(raw).length <= 75, 'folded at 75 octets');
      }
      const all = lines(ics);
      assert.equal(all[0], 'BEGIN:VCALENDAR');
      assert.equal(all.at(-1), 'END:VCALENDAR');
      const stack: string[] = [];
      let vevents = 0;
      for (const line of all) {
        const begin = /^BEGIN:(.+)$/.exec(line);
        const end = /^END:(.+)$/.exec(line);
        if (begin) {
          stack.push(begin[1]!);
          if (begin[1] === 'VEVENT') vevents++;
        } else if (end) assert.equal(stack.pop(), end[1], 'components nest');
        else if (stack.at(-1) === 'VEVENT') {
          const name = /^[A-Z-]+/.exec(line)?.[0] ?? '';
          assert.ok(PROPERTIES.has(name), `unexpected property line ${JSON.stringify(line)}`);
          if (name === 'URL') assert.match(line, /^URL[^:]*:https:\/\//);
        }
      }
      assert.equal(stack.length, 0);
      assert.equal(vevents, events.length, 'one VEVENT per event');
    }),
    { numRuns: 200 },
  );
});
