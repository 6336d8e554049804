import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { vtimezone, zoneTransitions } from './vtimezone.js';

describe('zoneTransitions', () => {
  test('finds the two Paris changes of 2026, to the minute', () => {
    assert.deepEqual(zoneTransitions('Europe/Paris', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)), [
      { at: Date.UTC(2026, 2, 29, 1), from: 60, to: 120 },
      { at: Date.UTC(2026, 9, 25, 1), from: 120, to: 60 },
    ]);
  });

  test('finds none where there is no DST', () => {
    assert.deepEqual(zoneTransitions('Asia/Tokyo', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)), []);
  });
});

describe('vtimezone', () => {
  test('Europe/Paris: DAYLIGHT at 02:00 in March and STANDARD at 03:00 in October, local time', () => {
    assert.deepEqual(vtimezone('Europe/Paris', 2026, 2026), [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Paris',
      ...['20250330T020000', '20251026T030000', '20260329T020000', '20261025T030000'].flatMap(
        (start, i) =>
          i % 2 === 0
            ? [
                'BEGIN:DAYLIGHT',
                `DTSTART:${start}`,
                'TZOFFSETFROM:+0100',
                'TZOFFSETTO:+0200',
                'END:DAYLIGHT',
              ]
            : [
                'BEGIN:STANDARD',
                `DTSTART:${start}`,
                'TZOFFSETFROM:+0200',
                'TZOFFSETTO:+0100',
                'END:STANDARD',
              ],
      ),
      'END:VTIMEZONE',
    ]);
  });

  test('a zone without DST gets one STANDARD observance', () => {
    assert.deepEqual(vtimezone('America/Martinique', 2025, 2026), [
      'BEGIN:VTIMEZONE',
      'TZID:America/Martinique',
      'BEGIN:STANDARD',
      'DTSTART:20231231T200000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0400',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  test('the southern hemisphere: DST starts in October and ends in April', () => {
    const lines = vtimezone('Australia/Sydney', 2026, 2026);
    assert.deepEqual(
      lines.filter((l) => /^(BEGIN:(STANDARD|DAYLIGHT)|DTSTART)/.test(l)),
      [
        'BEGIN:STANDARD',
        'DTSTART:20250406T030000',
        'BEGIN:DAYLIGHT',
        'DTSTART:20251005T020000',
        'BEGIN:STANDARD',
        'DTSTART:20260405T030000',
        'BEGIN:DAYLIGHT',
        'DTSTART:20261004T020000',
      ],
    );
  });
});
