import { projectsToJsonLd } from '@club-inne/core';
import type { Feed, Locale, Project } from '@club-inne/core';

/**
 * schema.org JSON-LD for the projects a list shows, with their actors named from the feed:
 * core's `projectsToJsonLd`, so that a site can render the same server-side.
 */
export function projectsJsonLd(projects: Project[], feed: Feed, locale: Locale): object | null {
  return projects.length ? projectsToJsonLd(projects, { feed, locale }) : null;
}
