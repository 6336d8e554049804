import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addDays,
  daysBetween,
  isTimeZone,
  knownTimeZone,
  localDate,
  offsetMinutes,
  startOfLocalDay,
  zonedIso,
  zonedParts,
} from './zoned.js';

const at = (iso: string) => Date.parse(iso);

describe('zoned time', () => {
  test('reads wall-clock fields and offsets in Paris, winter and summer', () => {
    assert.equal(zonedParts(at('2025-11-06T17:00:00Z'), 'Europe/Paris').hour, 18);
    assert.equal(offsetMinutes(at('2025-11-06T17:00:00Z'), 'Europe/Paris'), 60);
    assert.equal(offsetMinutes(at('2025-07-01T12:00:00Z'), 'Europe/Paris'), 120);
    assert.equal(offsetMinutes(at('2025-07-01T12:00:00Z'), 'America/St_Johns'), -150);
  });

  test('midnight is hour 0, not 24', () => {
    assert.equal(zonedParts(at('2025-11-05T23:00:00Z'), 'Europe/Paris').hour, 0);
  });

  test('the local date turns at local midnight, not at UTC midnight', () => {
    assert.equal(localDate(at('2025-12-31T22:59:59Z'), 'Europe/Paris'), '2025-12-31');
    assert.equal(localDate(at('2025-12-31T23:00:00Z'), 'Europe/Paris'), '2026-01-01');
    assert.equal(localDate(at('2025-06-30T22:00:00Z'), 'Europe/Paris'), '2025-07-01');
  });

  test('calendar arithmetic crosses months, years and leap days', () => {
    assert.equal(addDays('2025-12-31', 1), '2026-01-01');
    assert.equal(addDays('2028-03-01', -1), '2028-02-29');
    assert.equal(daysBetween('2025-12-18', '2025-12-31'), 13);
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
    assert.equal(daysBetween('2026-01-01', '2025-12-31'), -1);
  });

  test('finds local midnight on DST change days and in summer', () => {
    assert.equal(startOfLocalDay('2026-03-29', 'Europe/Paris'), at('2026-03-28T23:00:00Z'));
    assert.equal(startOfLocalDay('2026-03-30', 'Europe/Paris'), at('2026-03-29T22:00:00Z'));
    assert.equal(startOfLocalDay('2025-10-26', 'Europe/Paris'), at('2025-10-25T22:00:00Z'));
    assert.equal(startOfLocalDay('2025-10-27', 'Europe/Paris'), at('2025-10-26T23:00:00Z'));
  });

  test('where DST skips midnight, the day starts at the first minute that exists', () => {
    // Chile moved from UTC−4 to UTC−3 at 00:00 on 2025-09-07: the day starts at 01:00.
    const start = startOfLocalDay('2025-09-07', 'America/Santiago');
    assert.equal(start, at('2025-09-07T04:00:00Z'));
    assert.equal(zonedParts(start, 'America/Santiago').hour, 1);
  });

  test('writes an instant in local time with its offset', () => {
    assert.equal(zonedIso(at('2025-11-06T17:00:00Z'), 'Europe/Paris'), '2025-11-06T18:00+01:00');
    assert.equal(zonedIso(at('2025-07-01T10:30:15Z'), 'Europe/Paris'), '2025-07-01T12:30:15+02:00');
    assert.equal(zonedIso(at('2025-07-01T10:30:00Z'), 'UTC'), '2025-07-01T10:30+00:00');
  });

  test('falls back to Paris for a zone the runtime does not know', () => {
    assert.equal(knownTimeZone('Mars/Olympus_Mons'), 'Europe/Paris');
    assert.equal(knownTimeZone('America/Martinique'), 'America/Martinique');
    assert.equal(knownTimeZone(undefined), 'Europe/Paris');
  });

  test('knows zones from the runtime list and the names only a formatter accepts', () => {
    assert.equal(isTimeZone('Europe/Paris'), true);
    assert.equal(isTimeZone('America/Martinique'), true);
    // Not in `Intl.supportedValuesOf('timeZone')`, which lists canonical names only.
    assert.equal(isTimeZone('UTC'), true);
    assert.equal(isTimeZone('europe/paris'), true);
    assert.equal(isTimeZone('Mars/Olympus_Mons'), false);
    assert.equal(isTimeZone(''), false);
  });
});
