import type { Locale } from '../i18n/locale.js';
import type { Feed } from '../schema/feed.js';
import type { Project } from '../schema/project.js';
import { phases } from '../vocabulary/vocabulary.js';
import type { Phase, Sphere } from '../vocabulary/vocabulary.js';
import { byCodePoint } from '../text/by-code-point.js';

/**
 * What a list of projects is narrowed to. Each field is "any of": an empty or missing list
 * does not filter. Fields combine with "and".
 */
export interface ProjectCriteria {
  spheres?: readonly Sphere[];
  /** Territory names, compared without case, accents or extra spaces. */
  territories?: readonly string[];
  phases?: readonly Phase[];
  /** Actor ids: a project matches when any of them takes part in it, whatever the role. */
  actors?: readonly string[];
}

/**
 * How a list of projects is ordered: `feed` keeps the publisher's order; `title` is
 * alphabetical in the reader's language; `phase` follows the life of a project (émergence
 * first); `recent` puts the latest `started` first. Projects without the field come last, in
 * feed order.
 */
export const projectSorts = ['feed', 'title', 'phase', 'recent'] as const;
/** One of `projectSorts`: how `sortProjects` and `selectProjects` order projects. */
export type ProjectSort = (typeof projectSorts)[number];

/** Lower case, no accents, single spaces: how a webmaster's `territory="…"` is matched. */
export function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0'’-]+/g, ' ')
    .trim();
}

/** A predicate for one set of criteria, built once and applied to many projects. */
export function projectMatcher(criteria: ProjectCriteria): (project: Project) => boolean {
  const spheres = criteria.spheres?.length ? criteria.spheres : undefined;
  const phaseSet = criteria.phases?.length ? criteria.phases : undefined;
  const actors = criteria.actors?.length ? criteria.actors : undefined;
  const territories = criteria.territories?.length
    ? new Set(criteria.territories.map(normalizeName))
    : undefined;
  return (p) =>
    (!spheres || !!p.spheres?.some((s) => spheres.includes(s))) &&
    (!phaseSet || (p.phase !== undefined && phaseSet.includes(p.phase))) &&
    (!territories || (p.territory !== undefined && territories.has(normalizeName(p.territory)))) &&
    (!actors || !!p.actors?.some((a) => actors.includes(a.actor)));
}

/** The projects that meet the criteria, in their original order. */
export function filterProjects(
  projects: readonly Project[],
  criteria: ProjectCriteria = {},
): Project[] {
  return projects.filter(projectMatcher(criteria));
}

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c)
    collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return c;
}

// Missing values sort last; ties keep feed order (Array.prototype.sort is stable).
function byKey<K>(key: (p: Project) => K | undefined, compare: (a: K, b: K) => number) {
  return (a: Project, b: Project) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === undefined) return kb === undefined ? 0 : 1;
    if (kb === undefined) return -1;
    return compare(ka, kb);
  };
}

/** A sorted copy of `projects`; the input is left as it is. */
export function sortProjects(
  projects: readonly Project[],
  sort: ProjectSort = 'feed',
  locale: Locale = 'fr',
): Project[] {
  const out = projects.slice();
  if (sort === 'title') out.sort(byKey((p) => p.title, collator(locale).compare));
  else if (sort === 'phase')
    out.sort(
      byKey(
        (p) => (p.phase ? phases.indexOf(p.phase) : undefined),
        (a, b) => a - b,
      ),
    );
  else if (sort === 'recent')
    out.sort(
      byKey(
        (p) => p.started,
        (a, b) => byCodePoint(b, a),
      ),
    );
  return out;
}

/**
 * What `selectProjects` does: filter by `criteria` (default: none), then order by `sort`
 * (default `feed`), comparing titles in `locale` (default `fr`).
 */
export interface SelectProjectsOptions {
  criteria?: ProjectCriteria;
  sort?: ProjectSort;
  locale?: Locale;
}

/**
 * The projects of a feed that a list shows: filtered, then sorted.
 *
 * @example
 * selectProjects(feed, { criteria: { spheres: ['se-nourrir'] }, sort: 'title' })
 */
export function selectProjects(
  feed: Pick<Feed, 'projects'>,
  options: SelectProjectsOptions = {},
): Project[] {
  return sortProjects(
    filterProjects(feed.projects, options.criteria),
    options.sort,
    options.locale,
  );
}
