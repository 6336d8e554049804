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

test('isCalendarDay agrees with the Date of the runtime, day by day', () => {
  // The runtime's calendar as the reference: a real day reads back as the same ISO text.
  const real = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day);
  };
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  for (const year of [0, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9999]) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        assert.equal(isCalendarDay(text), real(text), text);
      }
    }
  }
});

test('isCalendarDay: a month or day that is no number is no day', () => {
  for (const text of ['2025-1:-01', '2025-01-3:', '2025-ab-01', '', '2025-02', 'hier'])
    assert.ok(!isCalendarDay(text), JSON.stringify(text));
});
