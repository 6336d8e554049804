import type { Locale } from '../i18n/locale.js';
import { eventTiming } from './event-timing.js';
import type { EventDates, EventTiming } from './event-timing.js';
import { formatDate, formatTime, samePeriod } from './format-date.js';
import { zonedIso } from './zoned.js';

function allDayRange(t: EventTiming, locale: Locale): string {
  const { firstDay: a, lastDay: b } = t;
  if (a === b) return formatDate(a, locale);
  const sameYear = a.slice(0, 4) === b.slice(0, 4);
  const sameMonth = sameYear && a.slice(5, 7) === b.slice(5, 7);
  const from = formatDate(a, locale, { weekday: false, month: !sameMonth, year: !sameYear });
  const to = formatDate(b, locale, { weekday: false });
  if (locale === 'fr') return `du ${from} au ${to}`;
  return sameMonth ? `${from}–${to}` : `${from} – ${to}`;
}

function timedRange(t: EventTiming, locale: Locale): string {
  const day = formatDate(t.firstDay, locale);
  const startTime = formatTime(t.start, t.timeZone, locale);
  if (t.endKind === 'time' && t.firstDay === t.lastDay) {
    const endTime = formatTime(t.end, t.timeZone, locale);
    if (locale === 'fr') return `${day}, ${startTime} – ${endTime}`;
    const compact = samePeriod(t.start, t.end, t.timeZone);
    return `${day}, ${compact ? formatTime(t.start, t.timeZone, locale, false) : startTime} – ${endTime}`;
  }
  if (t.endKind === 'none' || t.firstDay === t.lastDay) return `${day}, ${startTime}`;
  const lastDay = formatDate(t.lastDay, locale);
  const end = t.endKind === 'time' ? formatTime(t.end, t.timeZone, locale) : '';
  if (locale === 'fr') return `du ${day} à ${startTime} au ${lastDay}${end ? ` à ${end}` : ''}`;
  return `${day}, ${startTime} – ${lastDay}${end ? `, ${end}` : ''}`;
}

/**
 * When an event takes place, in words, in the event's own time zone:
 * "jeudi 6 novembre 2025, 18 h – 20 h" / "Thursday 6 November 2025, 6:00 – 8:00 PM";
 * "du 6 au 8 novembre 2025" / "6–8 November 2025"; with no end, only the start. A `start`
 * or `end` that is no date (an event built by hand: `'2025-02-30'`, `'6 nov.'`) throws a
 * `TypeError` that names the field, as do `eventDateTimes` and `eventMonthKey`.
 *
 * @example
 * formatEventDate({ start: '2025-11-06T18:00:00+01:00', end: '2025-11-06T20:00:00+01:00' }, 'fr')
 * // 'jeudi 6 novembre 2025, 18 h – 20 h' (with non-breaking spaces in "18 h")
 */
export function formatEventDate(event: EventDates, locale: Locale): string {
  const t = eventTiming(event);
  return t.allDay ? allDayRange(t, locale) : timedRange(t, locale);
}

/**
 * Values for `<time datetime>`: the start (and end) as a date for all-day events, else as a
 * local date-time with the offset of the event's zone.
 *
 * @example
 * eventDateTimes({ start: '2025-11-06T17:00:00Z' }) // { start: '2025-11-06T18:00+01:00' }
 * eventDateTimes({ start: '2025-11-06', end: '2025-11-08' }) // { start: '2025-11-06', end: '2025-11-08' }
 */
export function eventDateTimes(event: EventDates): { start: string; end?: string } {
  const t = eventTiming(event);
  if (t.allDay)
    return t.lastDay === t.firstDay ? { start: t.firstDay } : { start: t.firstDay, end: t.lastDay };
  const start = zonedIso(t.start, t.timeZone);
  if (t.endKind === 'none') return { start };
  return { start, end: t.endKind === 'time' ? zonedIso(t.end, t.timeZone) : t.lastDay };
}

/**
 * The month an event is listed under (`YYYY-MM`), from its first day in its own zone; turn
 * it into a heading with `formatMonth`.
 *
 * @example
 * eventMonthKey({ start: '2025-11-30T23:30:00Z' }) // '2025-12' (00:30 in Paris)
 */
export function eventMonthKey(event: EventDates): string {
  return eventTiming(event).firstDay.slice(0, 7);
}
