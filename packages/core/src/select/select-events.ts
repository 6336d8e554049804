import type { FeedEvent } from '../schema/event.js';
import { eventTiming } from '../time/event-timing.js';
import type { EventKind, Sphere } from '../vocabulary/vocabulary.js';

/** Which events `selectEvents` keeps relative to now: those not over yet, those over, or all. */
export type EventWhen = 'upcoming' | 'past' | 'all';
/** Every `EventWhen`, to check a `when` value typed by a webmaster. */
export const eventWhens: readonly EventWhen[] = ['upcoming', 'past', 'all'];

/** What `selectEvents` keeps and in which order; every field is optional. */
export interface SelectEventsOptions {
  /** Default `upcoming`: what a visitor of a partner page expects. */
  when?: EventWhen;
  /** The present, injectable so that tests and stories can freeze time. Default: now. */
  now?: Date | number;
  /** Keep events of this kind (or of any of these kinds). */
  kind?: EventKind | readonly EventKind[];
  /** Keep events touching this sphere (or any of these). */
  sphere?: Sphere | readonly Sphere[];
  /** Keep events organised by this actor id (or any of these). */
  actor?: string | readonly string[];
  /** At most this many, after sorting. */
  limit?: number;
  /** Default: ascending for upcoming and all, descending (latest first) for past. */
  sort?: 'asc' | 'desc';
}

const asList = <T>(value: T | readonly T[] | undefined): readonly T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];

/**
 * Filters and orders events relative to `now`. An event is upcoming until it is over: until
 * its end, or, without an end, until the end of its start day in its own zone; so a workshop
 * that started an hour ago is still listed.
 *
 * @example
 * selectEvents(feed.events, { when: 'upcoming', kind: 'atelier', limit: 3, now: new Date() })
 */
export function selectEvents<E extends FeedEvent>(
  events: readonly E[],
  options: SelectEventsOptions = {},
): E[] {
  const when = options.when ?? 'upcoming';
  const now = options.now === undefined ? Date.now() : Number(options.now);
  const kinds = asList(options.kind);
  const spheres = asList(options.sphere);
  const actors = asList(options.actor);
  const rows = events
    .map((event) => ({ event, timing: eventTiming(event) }))
    .filter(({ event, timing }) => {
      if (when === 'upcoming' && timing.end <= now) return false;
      if (when === 'past' && timing.end > now) return false;
      if (kinds && !kinds.includes(event.kind)) return false;
      if (spheres && !spheres.some((s) => event.spheres?.includes(s))) return false;
      if (actors && !actors.some((a) => event.organizers?.includes(a))) return false;
      return true;
    });
  const direction = (options.sort ?? (when === 'past' ? 'desc' : 'asc')) === 'asc' ? 1 : -1;
  rows.sort((a, b) => direction * (a.timing.start - b.timing.start || a.timing.end - b.timing.end));
  const limit = options.limit;
  const kept = limit !== undefined && limit >= 0 ? rows.slice(0, Math.floor(limit)) : rows;
  return kept.map((r) => r.event);
}
