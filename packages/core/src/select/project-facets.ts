import type { Project } from '../schema/project.js';
import { phases, spheres } from '../vocabulary/vocabulary.js';
import type { Phase, Sphere } from '../vocabulary/vocabulary.js';
import { normalizeName, projectMatcher } from './select-projects.js';
import type { ProjectCriteria } from './select-projects.js';
import { byCodePoint } from '../text/by-code-point.js';

/** One value of a filter, and how many projects a reader would get by choosing it. */
export interface FacetCount<T extends string> {
  value: T;
  count: number;
}

/** One filter: its values, and `total`, what "all" gives (the other filters kept). */
export interface Facet<T extends string> {
  total: number;
  values: FacetCount<T>[];
}

/** The choices of a filter bar: only values that occur in the projects given. */
export interface ProjectFacets {
  /** In vocabulary order. */
  spheres: Facet<Sphere>;
  /** Alphabetical, accents and case aside; each territory spelled as it first appears. */
  territories: Facet<string>;
  /** In the order of a project's life. */
  phases: Facet<Phase>;
}

/**
 * Counts for a filter bar, the way readers expect faceted search to behave: the count beside a
 * value is what choosing it would give, keeping the other filters (so choosing a sphere does
 * not zero the other spheres' counts).
 *
 * @example
 * projectFacets(feed.projects, { phases: ['emergence'] }).spheres
 * // { total: 3, values: [{ value: 'se-nourrir', count: 2 }, { value: 'habiter', count: 0 }, …] }
 */
export function projectFacets(
  projects: readonly Project[],
  criteria: ProjectCriteria = {},
): ProjectFacets {
  const bySphere = projects.filter(projectMatcher({ ...criteria, spheres: undefined }));
  const byPhase = projects.filter(projectMatcher({ ...criteria, phases: undefined }));
  const byTerritory = projects.filter(projectMatcher({ ...criteria, territories: undefined }));

  const sphereCounts = new Map<Sphere, number>();
  const phaseCounts = new Map<Phase, number>();
  // By normalized name: the key that merges spellings is also the sort key.
  const territoryCounts = new Map<string, { value: string; count: number }>();
  for (const p of projects) {
    for (const s of p.spheres ?? []) sphereCounts.set(s, 0);
    if (p.phase) phaseCounts.set(p.phase, 0);
    const key = p.territory && normalizeName(p.territory);
    if (key && !territoryCounts.has(key))
      territoryCounts.set(key, { value: p.territory!, count: 0 });
  }
  for (const p of bySphere) {
    for (const s of new Set(p.spheres)) sphereCounts.set(s, sphereCounts.get(s)! + 1);
  }
  for (const p of byPhase) if (p.phase) phaseCounts.set(p.phase, phaseCounts.get(p.phase)! + 1);
  for (const p of byTerritory)
    if (p.territory) territoryCounts.get(normalizeName(p.territory))!.count++;

  return {
    spheres: {
      total: bySphere.length,
      values: spheres
        .filter((s) => sphereCounts.has(s))
        .map((value) => ({ value, count: sphereCounts.get(value)! })),
    },
    territories: {
      total: byTerritory.length,
      // Accents and case set aside, as the matching does.
      values: [...territoryCounts].sort(([a], [b]) => byCodePoint(a, b)).map(([, facet]) => facet),
    },
    phases: {
      total: byPhase.length,
      values: phases
        .filter((s) => phaseCounts.has(s))
        .map((value) => ({ value, count: phaseCounts.get(value)! })),
    },
  };
}
