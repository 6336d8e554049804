import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FeedEvent } from '../schema/event.js';
import { lines, unescapeText, vevents } from './ics-reader.fixture.js';
import { toICS } from './to-ics.js';

const now = new Date('2025-11-01T09:30:00Z');
const plenary: FeedEvent = {
  id: 'pleniere-automne',
  title: 'Plénière d’automne',
  kind: 'pleniere',
  summary: 'Bilan, perspectives; et un café.\nBienvenue à tous',
  start: '2025-11-06T18:00:00+01:00',
  end: '2025-11-06T20:00:00+01:00',
  place: {
    name: 'Halle aux toiles',
    streetAddress: '1 place de la Basse-Vieille-Tour',
    postalCode: '76000',
    locality: 'Rouen',
  },
  registrationUrl: 'https://www.helloasso.com/associations/club-inne/evenements/pleniere',
};

describe('toICS: the calendar', () => {
  test('has the required header, CRLF endings and a final CRLF', () => {
    const ics = toICS([plenary], { now });
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:'));
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(ics) && !/\r(?!\n)/.test(ics), 'only CRLF line breaks');
    const all = lines(ics);
    assert.ok(all.includes('CALSCALE:GREGORIAN'));
    assert.ok(all.includes('METHOD:PUBLISH'));
  });

  test('an empty list is still a valid calendar', () => {
    assert.deepEqual(lines(toICS([], { now })), [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Club Inne//Inne kit//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'END:VCALENDAR',
    ]);
  });

  test('one VTIMEZONE per zone used; none for all-day events', () => {
    const ics = toICS(
      [
        plenary,
        { ...plenary, id: 'fdf', timeZone: 'America/Martinique' },
        { ...plenary, id: 'x', timeZone: 'Europe/Paris' },
      ],
      { now },
    );
    assert.deepEqual(
      lines(ics).filter((l) => l.startsWith('TZID:')),
      ['TZID:America/Martinique', 'TZID:Europe/Paris'],
    );
    assert.ok(
      !toICS([{ ...plenary, start: '2025-11-06', end: undefined }], { now }).includes('VTIMEZONE'),
    );
  });
});

describe('toICS: an event', () => {
  test('times in its zone, stable UID, DTSTAMP from now, escaped text', () => {
    const [e] = vevents(
      toICS([plenary], { now, publisher: { name: 'Club Inné', url: 'https://www.clubinne.fr/' } }),
    );
    assert.equal(e?.get('UID'), 'pleniere-automne@www.clubinne.fr');
    assert.equal(e?.get('DTSTAMP'), '20251101T093000Z');
    assert.equal(e?.get('DTSTART;TZID=Europe/Paris'), '20251106T180000');
    assert.equal(e?.get('DTEND;TZID=Europe/Paris'), '20251106T200000');
    assert.equal(e?.get('SUMMARY'), 'Plénière d’automne');
    assert.equal(
      e?.get('LOCATION'),
      'Halle aux toiles\\, 1 place de la Basse-Vieille-Tour\\, 76000 Rouen',
    );
    assert.equal(
      unescapeText(e?.get('DESCRIPTION') ?? ''),
      `${plenary.summary}\n\nInscription\u00a0: ${plenary.registrationUrl}`,
    );
    assert.equal(e?.get('URL'), plenary.registrationUrl);
    assert.equal(e?.get('STATUS'), 'CONFIRMED');
    assert.equal(e?.get('CATEGORIES'), 'Plénière');
  });

  test('UID domain: the option, else club-inne', () => {
    assert.equal(
      vevents(toICS([plenary], { now, domain: 'Exemple.org' }))[0]?.get('UID'),
      'pleniere-automne@exemple.org',
    );
    assert.equal(vevents(toICS([plenary], { now }))[0]?.get('UID'), 'pleniere-automne@club-inne');
  });

  test('all-day: VALUE=DATE, DTEND the day after the last day', () => {
    const [e] = vevents(toICS([{ ...plenary, start: '2025-12-30', end: '2026-01-02' }], { now }));
    assert.equal(e?.get('DTSTART;VALUE=DATE'), '20251230');
    assert.equal(e?.get('DTEND;VALUE=DATE'), '20260103');
  });

  test('a date and a date-time (parseFeed leaves such events out): DTSTART and DTEND of one type', () => {
    // Given by code, not read from a feed: RFC 5545 3.6.1 wants DTEND of DTSTART's type.
    const [allDay] = vevents(
      toICS([{ ...plenary, start: '2025-03-14', end: '2025-03-15T18:00:00+01:00' }], { now }),
    );
    assert.equal(allDay?.get('DTSTART;VALUE=DATE'), '20250314');
    assert.equal(allDay?.get('DTEND;VALUE=DATE'), '20250316');
    const [timed] = vevents(
      toICS([{ ...plenary, start: '2025-03-14T09:00:00+01:00', end: '2025-03-15' }], { now }),
    );
    assert.equal(timed?.get('DTSTART;TZID=Europe/Paris'), '20250314T090000');
    assert.equal(timed?.get('DTEND;TZID=Europe/Paris'), '20250316T000000');
    for (const e of [allDay, timed]) {
      assert.deepEqual(
        [...(e?.keys() ?? [])].filter((k) => /^DT(START|END)/.test(k)).length,
        2,
        'one DTSTART, one DTEND',
      );
    }
  });

  test('without an end: no DTEND (it ends when it starts, RFC 5545 3.6.1)', () => {
    const [e] = vevents(toICS([{ ...plenary, end: undefined }], { now }));
    assert.equal(e?.get('DTSTART;TZID=Europe/Paris'), '20251106T180000');
    assert.ok(![...(e?.keys() ?? [])].some((k) => k.startsWith('DTEND')));
  });

  test('the DST gap: 02:30 on 29 March 2026 written +01:00 is 03:30 Paris summer time', () => {
    const ics = toICS([{ ...plenary, start: '2026-03-29T02:30:00+01:00', end: undefined }], {
      now,
    });
    assert.equal(vevents(ics)[0]?.get('DTSTART;TZID=Europe/Paris'), '20260329T033000');
    assert.ok(lines(ics).includes('DTSTART:20260329T020000'), 'the VTIMEZONE has the 2026 change');
  });

  test('cancelled: STATUS:CANCELLED, the title says so, no registration link', () => {
    const [e] = vevents(toICS([{ ...plenary, status: 'cancelled' }], { now }));
    assert.equal(e?.get('STATUS'), 'CANCELLED');
    assert.equal(e?.get('SUMMARY'), '[Annulé] Plénière d’automne');
    assert.ok(!e?.get('DESCRIPTION')?.includes('Inscription'));
    const [en] = vevents(toICS([{ ...plenary, status: 'cancelled' }], { now, locale: 'en' }));
    assert.equal(en?.get('SUMMARY'), '[Cancelled] Plénière d’automne');
  });

  test('postponed is TENTATIVE (its date is no longer firm); full stays CONFIRMED', () => {
    assert.equal(
      vevents(toICS([{ ...plenary, status: 'postponed' }], { now }))[0]?.get('STATUS'),
      'TENTATIVE',
    );
    const [full] = vevents(toICS([{ ...plenary, status: 'full' }], { now }));
    assert.equal(full?.get('STATUS'), 'CONFIRMED');
    assert.match(full?.get('DESCRIPTION') ?? '', /Complet/);
  });

  test('online: the link as location; unsafe URLs never written', () => {
    const online: FeedEvent = {
      ...plenary,
      place: undefined,
      attendance: 'online',
      onlineUrl: 'https://visio.example.org/inne',
      url: 'javascript:alert(1)',
      registrationUrl: 'http://insecure.example.org',
    };
    const ics = toICS([online], { now });
    const [e] = vevents(ics);
    assert.equal(e?.get('LOCATION'), 'En ligne\u00a0: https://visio.example.org/inne');
    assert.ok(!/javascript|http:/i.test(ics));
  });

  test('mixed: the place and the link', () => {
    const [e] = vevents(
      toICS([{ ...plenary, attendance: 'mixed', onlineUrl: 'https://visio.example.org/x' }], {
        now,
      }),
    );
    assert.match(e?.get('LOCATION') ?? '', /76000 Rouen \/ En ligne\u00a0: https:\/\/visio/);
  });

  test('a calendar name when asked', () => {
    const all = lines(toICS([], { now, name: 'Agenda, Club Inné' }));
    assert.ok(all.includes('X-WR-CALNAME:Agenda\\, Club Inné'));
  });
});

test('toICS given something other than a list of events says what it expects', () => {
  for (const input of [null, undefined, {}, { events: [] }, [null], ['pleniere']])
    assert.throws(() => toICS(input as never), {
      name: 'TypeError',
      message: 'toICS: expected a list of events (feed.events)',
    });
});

test('an invalid `now` names the option instead of "Invalid time value"', () => {
  for (const now of [new Date('tomorrow'), Number.NaN, 'x' as never])
    assert.throws(() => toICS([], { now }), {
      name: 'RangeError',
      message: /^options\.now: expected a valid Date or a time in milliseconds, got /,
    });
});
