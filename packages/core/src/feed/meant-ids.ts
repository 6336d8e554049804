import type { Feed } from '../schema/feed.js';
import { normalizeName } from '../select/select-projects.js';

/**
 * The id that a reference written otherwise likely meant (`"Malaunay"`, `"Club Inné"`): that
 * of the actor or project whose id, else whose name or title, reads the same once lowercased,
 * unaccented and with dashes as spaces (`normalizeName`): "Club Inné" → `club-inne`. Each
 * collection is indexed on first use, so a feed without such a reference pays nothing; it is
 * only asked once that collection is read (actors and projects come before what refers to them).
 */
export function meantIds(
  feed: Feed,
): (target: 'actors' | 'projects', value: string) => string | undefined {
  const index: { actors?: Map<string, string>; projects?: Map<string, string> } = {};
  return (target, value) => {
    let found = index[target];
    if (!found) {
      found = index[target] = new Map();
      const items: readonly { id: string; name?: string; title?: string }[] = feed[target];
      for (const item of items) found.set(normalizeName(item.name ?? item.title!), item.id);
      // Ids last: a name that reads as another item's id does not take its place.
      for (const item of items) found.set(normalizeName(item.id), item.id);
      found.delete(''); // a name of dashes only means nothing to match
    }
    return found.get(normalizeName(value));
  };
}
