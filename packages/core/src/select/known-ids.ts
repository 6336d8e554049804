/**
 * The ids a page filters on (`actor="club-inne, lnc"`), split into those the feed holds and
 * the others. An id the feed does not hold is a typo to report and to leave out, as an unknown
 * sphere or kind is: kept, it would filter every item away and leave the page empty.
 *
 * @example
 * knownIds(['club-inne', 'clubinne'], feed.actors) // { known: ['club-inne'], unknown: ['clubinne'] }
 */
export function knownIds(
  ids: readonly string[],
  items: readonly { id: string }[],
): { known: string[]; unknown: string[] } {
  const held = new Set(items.map((item) => item.id));
  const known: string[] = [];
  const unknown: string[] = [];
  for (const id of ids) (held.has(id) ? known : unknown).push(id);
  return { known, unknown };
}
