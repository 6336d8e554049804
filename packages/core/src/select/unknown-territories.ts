import type { Project } from '../schema/project.js';
import { normalizeName } from './select-projects.js';

/**
 * The names of a `territory="…"` filter that no project of the feed is in, matched as the
 * filter matches (case, accents and hyphens aside). Such a name leaves the list empty: a typo
 * (`Rouenn`) to report, or a territory with no project yet, which the webmaster should know too.
 *
 * @example
 * unknownTerritories(['rouen', 'Rouenn'], feed.projects) // ['Rouenn']
 */
export function unknownTerritories(
  names: readonly string[],
  projects: readonly Pick<Project, 'territory'>[],
): string[] {
  if (!names.length) return [];
  const held = new Set(projects.flatMap((p) => (p.territory ? [normalizeName(p.territory)] : [])));
  return names.filter((name) => !held.has(normalizeName(name)));
}
