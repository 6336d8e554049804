import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCalendarDay } from './calendar-day.js';

test('isCalendarDay: the days of the months, leap years the Gregorian way', () => {
  for (const day of ['2025-01-31', '2025-02-28', '2024-02-29', '2000-02-29', '0000-02-29'])
    assert.ok(isCalendarDay(day), day);
  for (const day of ['2025-02-29', '1900-02-29', '2025-02-30', '2025-04-31', '2025-13-01'])
    assert.ok(!isCalendarDay(day), day);
  for (const day of ['2025-00-10', '2025-01-00', '0024-02-30', 'hier'])
    assert.ok(!isCalendarDay(day), day);
  assert.ok(isCalendarDay('0024-02-29'), 'years 0–99 are not read as 1900–1999');
  assert.ok(isCalendarDay('2024-02-29T10:00:00+01:00'), 'the day of a date-time');
});
