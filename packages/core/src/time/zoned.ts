// Wall-clock arithmetic in an IANA time zone, with Intl as the only source of zone rules: no
// bundled tz database, and the browser's or Node's rules are the ones the visitor sees.

/** The wall-clock fields of an instant in a time zone (month 1–12). */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();
// What en-US writes: `11/6/2025, 18:00:00`.
const FAST = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(timeZone);
  if (!f) {
    // `hourCycle: 'h23'` because `hour12: false` gives "24" at midnight in some engines.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * The wall-clock fields of `instant` (epoch ms) in `timeZone`.
 *
 * @example
 * zonedParts(Date.parse('2025-11-06T17:00:00Z'), 'Europe/Paris') // { year: 2025, …, hour: 18 }
 */
export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const f = partFormatter(timeZone);
  // `format` then a pattern is about three times faster than `formatToParts`, which calendars
  // of thousands of events feel; an engine that writes another shape takes the slow road.
  const m = FAST.exec(f.format(instant));
  if (m) {
    const [, month, day, year, hour, minute, second] = m.map(Number) as number[];
    return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(instant)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year ?? 0,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/**
 * The UTC offset of `timeZone` at `instant`, in minutes east of UTC.
 *
 * @example
 * offsetMinutes(Date.parse('2025-07-01T12:00:00Z'), 'Europe/Paris') // 120
 */
export function offsetMinutes(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in a time zone.
 *
 * @example
 * localDate(Date.parse('2025-12-31T23:30:00Z'), 'Europe/Paris') // '2026-01-01'
 */
export function localDate(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** `+01:00`, `-03:30`, `+00:00`. */
export function formatOffset(minutes: number, separator = ':'): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

/**
 * An instant written in a zone's wall-clock time with its offset, as HTML `datetime` and
 * schema.org expect; seconds only when there are some.
 *
 * @example
 * zonedIso(Date.parse('2025-11-06T17:00:00Z'), 'Europe/Paris') // '2025-11-06T18:00+01:00'
 */
export function zonedIso(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const time = `${pad(p.hour)}:${pad(p.minute)}${p.second ? `:${pad(p.second)}` : ''}`;
  return `${localDate(instant, timeZone)}T${time}${formatOffset(offsetMinutes(instant, timeZone))}`;
}

/** Epoch ms of midnight UTC of a `YYYY-MM-DD` date: calendar arithmetic without zones. */
function utcMidnight(date: string): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

/**
 * A calendar date moved by `days` (negative goes back).
 *
 * @example
 * addDays('2025-12-31', 1) // '2026-01-01'
 */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whole calendar days from `from` to `to` (`YYYY-MM-DD`); negative when `to` is earlier.
 *
 * @example
 * daysBetween('2025-12-18', '2025-12-31') // 13
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}

/**
 * The first instant of a calendar day in a time zone: local midnight, or the first minute
 * that exists when a DST change skips midnight (as in America/Santiago).
 *
 * @example
 * startOfLocalDay('2025-07-01', 'Europe/Paris') === Date.parse('2025-06-30T22:00:00Z') // true
 */
export function startOfLocalDay(date: string, timeZone: string): number {
  const utc = utcMidnight(date);
  // Fast path: midnight exists and the offset is the same on either side of the guess.
  const guess = utc - offsetMinutes(utc - offsetMinutes(utc, timeZone) * 60_000, timeZone) * 60_000;
  const p = zonedParts(guess, timeZone);
  if (localDate(guess, timeZone) === date && p.hour === 0 && p.minute === 0) return guess;
  // Otherwise, search the first minute whose local date is `date` (offsets stay within ±15 h).
  let lo = utc - 15 * 3_600_000;
  let hi = utc + 15 * 3_600_000;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (localDate(mid, timeZone) >= date) hi = mid;
    else lo = mid;
  }
  return hi;
}

const validZones = new Map<string, boolean>();
let listedZones: ReadonlySet<string> | undefined;

/**
 * Whether the runtime knows `timeZone` as an IANA zone name; the answer is kept per name. The
 * feed's `timeZone` field is checked with it, so a zone the parser accepted is one it can use.
 *
 * @example
 * isTimeZone('Europe/Paris') // true
 * isTimeZone('Mars/Olympus_Mons') // false
 */
export function isTimeZone(timeZone: string): boolean {
  let ok = validZones.get(timeZone);
  if (ok === undefined) {
    // The runtime's list of zones answers for the usual names at once. A first
    // `Intl.DateTimeFormat` in a fresh page loads the locale data, 40 to 60 ms before the
    // first card can show; only a name missing from the list (an alias such as
    // `Europe/Kiev`, other letter case) pays it, and the formatter has the last word.
    listedZones ??= new Set(Intl.supportedValuesOf?.('timeZone') ?? []);
    ok = listedZones.has(timeZone) || formats(timeZone);
    validZones.set(timeZone, ok);
  }
  return ok;
}

function formats(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * `timeZone` when the runtime knows it, else `fallback`: a hand-built item with a zone the
 * visitor's browser lacks must still render.
 *
 * @example
 * knownTimeZone('America/Martinique') // 'America/Martinique'
 * knownTimeZone('Mars/Olympus_Mons')  // 'Europe/Paris'
 */
export function knownTimeZone(timeZone: string | undefined, fallback = 'Europe/Paris'): string {
  return timeZone && isTimeZone(timeZone) ? timeZone : fallback;
}
