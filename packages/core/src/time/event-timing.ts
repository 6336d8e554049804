import type { FeedEvent } from '../schema/event.js';
import { validate } from '../validation/validate.js';
import { datePlan, dateTimePlan } from '../validation/validation-plan.generated.js';
import { addDays, knownTimeZone, localDate, startOfLocalDay } from './zoned.js';

/** The zone of events that do not say theirs: the network is in Normandy. */
export const defaultTimeZone = 'Europe/Paris';

/** What the date fields of an event mean, worked out once for display, sorting and .ics. */
export interface EventTiming {
  /** Given as plain dates: no time of day. */
  allDay: boolean;
  /** The zone its times are shown in (a zone the runtime does not know falls back to Paris). */
  timeZone: string;
  /** First instant, epoch ms (local midnight of the first day for an all-day event). */
  start: number;
  /**
   * The instant it is over, epoch ms, exclusive: the given end; for an end given as a date or
   * an all-day event, midnight after the last day; with no end, midnight after the start day.
   */
  end: number;
  /** How the end was given: a time of day, a day, or not at all. */
  endKind: 'time' | 'day' | 'none';
  /** First and last local calendar days (`YYYY-MM-DD`, inclusive). */
  firstDay: string;
  lastDay: string;
}

const isDate = (value: string) => value.length === 10;

/** The fields of an event that say when it takes place. */
export type EventDates = Pick<FeedEvent, 'start' | 'end' | 'timeZone'>;

/**
 * A `start` or `end` as the feed's schema writes it (the schema's own rule), else a TypeError
 * that names the field and the event. Events from `parseFeed` always pass; one built by hand
 * with a typo would otherwise throw Intl's bare "Invalid time value", or worse, show a day that
 * does not exist ("2025-02-30") as another one.
 */
function checkDates(event: EventDates): void {
  for (const field of ['start', 'end'] as const) {
    // `?.`: no event at all (`null`) is said to have no start.
    const value: unknown = event?.[field];
    if (field === 'end' && value === undefined) continue;
    const plan = typeof value === 'string' && isDate(value) ? datePlan : dateTimePlan;
    if (validate(plan, value).ok) continue;
    const id = (event as { id?: unknown } | null)?.id;
    throw new TypeError(
      `event.${field}: expected a date (2025-11-06) or a date-time with offset (2025-11-06T18:00:00+01:00), got ${JSON.stringify(value)}${typeof id === 'string' ? ` (event "${id}")` : ''}`,
    );
  }
}

/**
 * Reads an event's `start`, `end` and `timeZone`. An instant given with an offset is kept as
 * that instant, then shown in the event's zone: `2026-03-29T02:30:00+01:00` (a local time that
 * Paris skips) is 01:30 UTC, so it reads 03:30 in Paris. A `start` or `end` that is no date
 * (`'2025-02-30'`, `'6 nov.'`, missing `start`) throws a `TypeError` that names the field.
 *
 * @example
 * eventTiming({ start: '2025-11-06', end: '2025-11-08' }).lastDay // '2025-11-08'
 */
export function eventTiming(event: EventDates): EventTiming {
  checkDates(event);
  const timeZone = knownTimeZone(event.timeZone, defaultTimeZone);
  const { start, end } = event;
  const dayOf = (value: string) => (isDate(value) ? value : localDate(Date.parse(value), timeZone));
  const afterDay = (day: string) => startOfLocalDay(addDays(day, 1), timeZone);

  if (isDate(start)) {
    const last = end === undefined ? start : dayOf(end);
    const lastDay = last < start ? start : last;
    return {
      allDay: true,
      timeZone,
      start: startOfLocalDay(start, timeZone),
      end: afterDay(lastDay),
      endKind: end === undefined ? 'none' : 'day',
      firstDay: start,
      lastDay,
    };
  }

  const startAt = Date.parse(start);
  const firstDay = localDate(startAt, timeZone);
  if (end === undefined) {
    return {
      allDay: false,
      timeZone,
      start: startAt,
      end: afterDay(firstDay),
      endKind: 'none',
      firstDay,
      lastDay: firstDay,
    };
  }
  if (isDate(end)) {
    const lastDay = end < firstDay ? firstDay : end;
    return {
      allDay: false,
      timeZone,
      start: startAt,
      end: afterDay(lastDay),
      endKind: 'day',
      firstDay,
      lastDay,
    };
  }
  const endAt = Math.max(Date.parse(end), startAt);
  // An end at midnight belongs to the day before: 20:00–00:00 is one evening, not two days.
  const lastDay = endAt > startAt ? localDate(endAt - 1, timeZone) : firstDay;
  return {
    allDay: false,
    timeZone,
    start: startAt,
    end: endAt,
    endKind: 'time',
    firstDay,
    lastDay,
  };
}
