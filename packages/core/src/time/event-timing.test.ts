import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eventTiming } from './event-timing.js';

const at = (iso: string) => Date.parse(iso);

describe('eventTiming', () => {
  test('a timed event with an end', () => {
    const t = eventTiming({ start: '2025-11-06T18:00:00+01:00', end: '2025-11-06T20:00:00+01:00' });
    assert.deepEqual(t, {
      allDay: false,
      timeZone: 'Europe/Paris',
      start: at('2025-11-06T17:00:00Z'),
      end: at('2025-11-06T19:00:00Z'),
      endKind: 'time',
      firstDay: '2025-11-06',
      lastDay: '2025-11-06',
    });
  });

  test('without an end, it lasts until the end of its start day in its zone', () => {
    const t = eventTiming({ start: '2025-11-06T18:00:00+01:00' });
    assert.equal(t.endKind, 'none');
    assert.equal(t.end, at('2025-11-06T23:00:00Z'));
    const m = eventTiming({ start: '2025-11-06T18:00:00-04:00', timeZone: 'America/Martinique' });
    assert.equal(m.end, at('2025-11-07T04:00:00Z'));
  });

  test('all-day: from local midnight of the first day to midnight after the last day', () => {
    const t = eventTiming({ start: '2026-03-28', end: '2026-03-29' });
    assert.equal(t.allDay, true);
    assert.equal(t.start, at('2026-03-27T23:00:00Z'));
    // The last day is the DST change day: it is 23 hours long.
    assert.equal(t.end, at('2026-03-29T22:00:00Z'));
    assert.equal(t.lastDay, '2026-03-29');
  });

  test('an end at midnight belongs to the evening before', () => {
    const t = eventTiming({ start: '2025-11-06T20:00:00+01:00', end: '2025-11-07T00:00:00+01:00' });
    assert.equal(t.lastDay, '2025-11-06');
  });

  test('days are read in the event zone, whatever offset the feed wrote', () => {
    const t = eventTiming({ start: '2025-11-06T23:30:00Z' });
    assert.equal(t.firstDay, '2025-11-07');
  });

  test('mixed forms: a date-time start with a date end ends after that day', () => {
    const t = eventTiming({ start: '2025-11-06T18:00:00+01:00', end: '2025-11-08' });
    assert.equal(t.endKind, 'day');
    assert.equal(t.lastDay, '2025-11-08');
    assert.equal(t.end, at('2025-11-08T23:00:00Z'));
  });
});
