import { formatOffset, offsetMinutes } from '../time/zoned.js';
import { contentLine } from './ics-text.js';

/** A change of a zone's UTC offset, found by asking Intl. */
export interface ZoneTransition {
  /** The instant of the change, epoch ms. */
  at: number;
  /** Offsets before and after, in minutes east of UTC. */
  from: number;
  to: number;
}

const DAY = 86_400_000;

/**
 * Every offset change of `timeZone` between two instants, from the runtime's own zone rules.
 * Offsets are sampled daily, then each change is pinned to the minute by bisection; two
 * changes within one day (which no zone has) would show as one.
 *
 * @example
 * zoneTransitions('Europe/Paris', Date.UTC(2026, 0), Date.UTC(2027, 0))
 * // [{ at: Date.UTC(2026, 2, 29, 1), from: 60, to: 120 }, { at: Date.UTC(2026, 9, 25, 1), from: 120, to: 60 }]
 */
export function zoneTransitions(timeZone: string, from: number, to: number): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  let before = offsetMinutes(from, timeZone);
  for (let t = from + DAY; t < to + DAY; t += DAY) {
    const after = offsetMinutes(t, timeZone);
    if (after === before) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(mid, timeZone) === before) lo = mid;
      else hi = mid;
    }
    if (hi < to) out.push({ at: hi, from: before, to: after });
    before = after;
  }
  return out;
}

/** Local wall-clock time of an instant at a given offset, as an ICS DATE-TIME. */
function wallClock(instant: number, offset: number): string {
  return new Date(instant + offset * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  start: string,
  from: number,
  to: number,
): string[] {
  return [
    `BEGIN:${kind}`,
    contentLine('DTSTART', start),
    contentLine('TZOFFSETFROM', formatOffset(from, '')),
    contentLine('TZOFFSETTO', formatOffset(to, '')),
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE component for the calendar years `fromYear`–`toYear`, generated from Intl: one
 * STANDARD or DAYLIGHT observance per offset change in those years and the one before (so the
 * offset on 1 January of `fromYear` is defined), without RRULEs, so it is right for every
 * zone whatever its rules. A zone without changes gets one STANDARD observance.
 *
 * @example
 * vtimezone('Europe/Paris', 2025, 2025).join('\r\n')
 * // BEGIN:VTIMEZONE, TZID:Europe/Paris, DAYLIGHT from 20240331T020000, STANDARD from 20241027T030000, …
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const scanFrom = Date.UTC(fromYear - 1, 0, 1);
  const changes = zoneTransitions(timeZone, scanFrom, Date.UTC(toYear + 1, 0, 1));
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', timeZone)];
  const first = changes[0];
  if (!first || first.at >= Date.UTC(fromYear, 0, 1)) {
    const offset = offsetMinutes(scanFrom, timeZone);
    const kind = first && first.to < first.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(...observance(kind, wallClock(scanFrom, offset), offset, offset));
  }
  for (const c of changes) {
    // DTSTART is the wall-clock time of the change in the offset in force before it.
    lines.push(
      ...observance(c.to > c.from ? 'DAYLIGHT' : 'STANDARD', wallClock(c.at, c.from), c.from, c.to),
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
