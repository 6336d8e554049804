import { zonedParts } from '../time/zoned.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A DATE value: `2025-11-06` → `20251106`. */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** A local DATE-TIME in a zone, for `DTSTART;TZID=…`: `20251106T180000`. */
export function icsLocal(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/**
 * The DTSTAMP of a calendar written at `now` (a Date or milliseconds; default the clock), as a
 * UTC DATE-TIME: `20251101T120000Z`. An invalid date names the option, not just "Invalid time
 * value".
 */
export function icsStamp(now: Date | number | undefined): string {
  const instant = now === undefined ? Date.now() : Number(now);
  if (!Number.isFinite(instant)) {
    throw new RangeError(
      `options.now: expected a valid Date or a time in milliseconds, got ${String(now)}`,
    );
  }
  return `${new Date(instant).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
