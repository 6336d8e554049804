import type { FeedEvent } from '../schema/event.js';
import { selectEvents } from './select-events.js';
import type { SelectEventsOptions } from './select-events.js';

/**
 * Why `selectEvents` kept nothing: the feed has no event at all (`none`), none is in the time
 * window of `when` (`when`: nothing upcoming, say), or some are but none of them matches the
 * kinds, spheres or actors asked for (`unmatched`). A visitor told « Aucun événement à venir »
 * while a plenary is coming would think the network idle; a webmaster told « aucun ne
 * correspond » of an empty feed would look for a wrong attribute.
 *
 * @example
 * if (!selectEvents(events, options).length) say(whyNoEvents(events, options))
 */
export function whyNoEvents(
  events: readonly FeedEvent[],
  options: Pick<SelectEventsOptions, 'when' | 'now'> = {},
): 'none' | 'when' | 'unmatched' {
  if (!events.length) return 'none';
  return selectEvents(events, { when: options.when, now: options.now, limit: 1 }).length
    ? 'unmatched'
    : 'when';
}
