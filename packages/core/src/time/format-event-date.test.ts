import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatDate, formatMonth } from './format-date.js';
import { eventDateTimes, eventMonthKey, formatEventDate } from './format-event-date.js';

// Non-breaking spaces keep "18 h" and "6:00 PM" on one line; the tests show them as "~".
const show = (s: string) => s.replace(/\u00a0/g, '~');
const fmt = (event: { start: string; end?: string; timeZone?: string }, locale: 'fr' | 'en') =>
  show(formatEventDate(event, locale));

describe('formatEventDate', () => {
  const evening = { start: '2025-11-06T18:00:00+01:00', end: '2025-11-06T20:00:00+01:00' };

  test('same day', () => {
    assert.equal(fmt(evening, 'fr'), 'jeudi 6 novembre 2025, 18~h – 20~h');
    assert.equal(fmt(evening, 'en'), 'Thursday 6 November 2025, 6:00 – 8:00~PM');
  });

  test('same day across noon keeps both AM and PM; minutes the French way', () => {
    const e = { start: '2025-11-06T09:30:00+01:00', end: '2025-11-06T12:15:00+01:00' };
    assert.equal(fmt(e, 'fr'), 'jeudi 6 novembre 2025, 9~h~30 – 12~h~15');
    assert.equal(fmt(e, 'en'), 'Thursday 6 November 2025, 9:30~AM – 12:15~PM');
  });

  test('no end: the start only', () => {
    assert.equal(fmt({ start: evening.start }, 'fr'), 'jeudi 6 novembre 2025, 18~h');
    assert.equal(fmt({ start: evening.start }, 'en'), 'Thursday 6 November 2025, 6:00~PM');
  });

  test('all-day, one day', () => {
    assert.equal(fmt({ start: '2025-11-06' }, 'fr'), 'jeudi 6 novembre 2025');
    assert.equal(fmt({ start: '2025-11-06', end: '2025-11-06' }, 'en'), 'Thursday 6 November 2025');
  });

  test('all-day, several days: shared month and year are written once', () => {
    assert.equal(fmt({ start: '2025-11-06', end: '2025-11-08' }, 'fr'), 'du 6 au 8 novembre 2025');
    assert.equal(fmt({ start: '2025-11-06', end: '2025-11-08' }, 'en'), '6–8 November 2025');
    assert.equal(
      fmt({ start: '2025-10-30', end: '2025-11-01' }, 'fr'),
      'du 30 octobre au 1er novembre 2025',
    );
    assert.equal(
      fmt({ start: '2025-10-30', end: '2025-11-01' }, 'en'),
      '30 October – 1 November 2025',
    );
    assert.equal(
      fmt({ start: '2025-12-30', end: '2026-01-02' }, 'fr'),
      'du 30 décembre 2025 au 2 janvier 2026',
    );
    assert.equal(
      fmt({ start: '2025-12-30', end: '2026-01-02' }, 'en'),
      '30 December 2025 – 2 January 2026',
    );
  });

  test('timed over several days', () => {
    const e = { start: '2025-11-06T18:00:00+01:00', end: '2025-11-08T12:00:00+01:00' };
    assert.equal(fmt(e, 'fr'), 'du jeudi 6 novembre 2025 à 18~h au samedi 8 novembre 2025 à 12~h');
    assert.equal(
      fmt(e, 'en'),
      'Thursday 6 November 2025, 6:00~PM – Saturday 8 November 2025, 12:00~PM',
    );
  });

  test("times are the event zone's, not the visitor's nor the offset written", () => {
    assert.equal(fmt({ start: '2025-11-06T17:00:00Z' }, 'fr'), 'jeudi 6 novembre 2025, 18~h');
    const martinique = { start: '2025-11-06T18:00:00-04:00', timeZone: 'America/Martinique' };
    assert.equal(fmt(martinique, 'fr'), 'jeudi 6 novembre 2025, 18~h');
  });

  test('DST: 02:30 on the last Sunday of March does not exist in Paris; the instant shows as Intl does', () => {
    // Written with the winter offset, it is 01:30 UTC, which Paris calls 03:30 (summer time).
    const gap = { start: '2026-03-29T02:30:00+01:00', end: '2026-03-29T04:00:00+02:00' };
    assert.equal(fmt(gap, 'fr'), 'dimanche 29 mars 2026, 3~h~30 – 4~h');
    assert.equal(eventDateTimes(gap).start, '2026-03-29T03:30+02:00');
    // Written with the summer offset, it is 00:30 UTC: 01:30 winter time.
    assert.equal(
      fmt({ start: '2026-03-29T02:30:00+02:00' }, 'en'),
      'Sunday 29 March 2026, 1:30~AM',
    );
  });

  test('DST: on the last Sunday of October, 02:30 happens twice; the offset says which', () => {
    assert.equal(
      eventDateTimes({ start: '2025-10-26T02:30:00+02:00' }).start,
      '2025-10-26T02:30+02:00',
    );
    assert.equal(
      eventDateTimes({ start: '2025-10-26T02:30:00+01:00' }).start,
      '2025-10-26T02:30+01:00',
    );
  });
});

describe('eventDateTimes and month keys', () => {
  test('datetime values: dates for all-day events, local date-times with offset otherwise', () => {
    assert.deepEqual(eventDateTimes({ start: '2025-11-06', end: '2025-11-08' }), {
      start: '2025-11-06',
      end: '2025-11-08',
    });
    assert.deepEqual(eventDateTimes({ start: '2025-11-06' }), { start: '2025-11-06' });
    assert.deepEqual(
      eventDateTimes({ start: '2025-07-01T16:00:00Z', end: '2025-07-01T18:00:00Z' }),
      { start: '2025-07-01T18:00+02:00', end: '2025-07-01T20:00+02:00' },
    );
  });

  test('an event is listed under the month of its first day in its own zone', () => {
    assert.equal(eventMonthKey({ start: '2025-11-30T23:30:00Z' }), '2025-12');
    assert.equal(eventMonthKey({ start: '2025-11-30', end: '2025-12-02' }), '2025-11');
    assert.equal(formatMonth('2025-11', 'fr'), 'novembre 2025');
    assert.equal(formatMonth('2025-11', 'en'), 'November 2025');
  });

  test('formatDate writes the first of the month "1er" in French only', () => {
    assert.equal(formatDate('2025-11-01', 'fr'), 'samedi 1er novembre 2025');
    assert.equal(formatDate('2025-11-01', 'en'), 'Saturday 1 November 2025');
  });
});

describe('an event whose dates are no dates', () => {
  // What an untyped caller or a feed item built by hand can pass: each gets a TypeError that
  // names the field, not Intl's "Invalid time value" nor another day than the one written.
  const cases: [unknown, RegExp][] = [
    [
      { id: 'pleniere', start: '6 novembre' },
      /^event\.start: .* got "6 novembre" \(event "pleniere"\)$/,
    ],
    [{ start: '2025-02-30' }, /^event\.start: expected a date \(2025-11-06\) or a date-time/],
    [{ start: '2025-11-06T25:00:00+01:00' }, /^event\.start: .* got "2025-11-06T25:00:00\+01:00"$/],
    [{ start: 20251106 }, /^event\.start: .* got 20251106$/],
    [{}, /^event\.start: .* got undefined$/],
    [{ start: '2025-11-06', end: 'demain' }, /^event\.end: .* got "demain"$/],
    [null, /^event\.start: .* got undefined$/],
  ];
  for (const [event, message] of cases) {
    test(JSON.stringify(event), () => {
      const call = (f: (e: never) => unknown) => () => f(event as never);
      assert.throws(
        call((e) => formatEventDate(e, 'fr')),
        { name: 'TypeError', message },
      );
      assert.throws(call(eventDateTimes), { name: 'TypeError', message });
      assert.throws(call(eventMonthKey), { name: 'TypeError', message });
    });
  }
});
