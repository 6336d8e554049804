import type { FeedEvent } from '../schema/event.js';
import { eventMonthKey } from '../time/format-event-date.js';

/** The events of one month, as `groupEventsByMonth` gives them: a month key and its events. */
export interface MonthGroup<E> {
  /** `YYYY-MM`; `formatMonth(key, locale)` gives the heading. */
  key: string;
  events: E[];
}

/**
 * Groups events by the month of their first day in their own zone, keeping the given order
 * (so groups come out in the order `selectEvents` sorted them).
 *
 * @example
 * groupEventsByMonth(selectEvents(feed.events)) // [{ key: '2025-11', events: [...] }, ...]
 */
export function groupEventsByMonth<E extends Pick<FeedEvent, 'start' | 'end' | 'timeZone'>>(
  events: readonly E[],
): MonthGroup<E>[] {
  const groups: MonthGroup<E>[] = [];
  const byKey = new Map<string, MonthGroup<E>>();
  for (const event of events) {
    const key = eventMonthKey(event);
    let group = byKey.get(key);
    if (!group) {
      group = { key, events: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.events.push(event);
  }
  return groups;
}
