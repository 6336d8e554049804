import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { date, dateTime } from './primitives.js';

// date() and dateTime() check the shape with a pattern and the day with code (calendarDay):
// together they must take exactly what zod's z.iso formats take, which check both at once.
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const day = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
const time = fc.constantFrom(
  '',
  'T18:00:00Z',
  'T18:00:00+01:00',
  'T23:59:59.5-09:30',
  'T24:00:00Z',
  'T18:00Z',
  'T18:00:00',
  ' 18:00:00Z',
);

test('date() and dateTime() take what z.iso.date() and z.iso.datetime({ offset: true }) take', () => {
  const isoDate = z.iso.date();
  const isoDateTime = z.iso.datetime({ offset: true });
  fc.assert(
    fc.property(day, time, (d, t) => {
      const text = d + t;
      assert.equal(date().safeParse(text).success, isoDate.safeParse(text).success, text);
      assert.equal(dateTime().safeParse(text).success, isoDateTime.safeParse(text).success, text);
    }),
    { numRuns: 3000 },
  );
  for (const text of ['2024-02-29', '2000-02-29', '0000-02-29', '2025-02-28T10:00:00Z']) {
    assert.ok((text.length === 10 ? date() : dateTime()).safeParse(text).success, text);
  }
  for (const text of ['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01T10:00:00Z']) {
    assert.ok(!(text.length === 10 ? date() : dateTime()).safeParse(text).success, text);
  }
});
