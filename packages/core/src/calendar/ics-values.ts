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

/** A UTC DATE-TIME, for DTSTAMP: `20251101T120000Z`. */
export function icsUtc(instant: number): string {
  return `${new Date(instant).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
