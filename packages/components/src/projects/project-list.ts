import { filterProjects, sortProjects } from '@club-inne/core';
import type { Feed, Locale, Project, ProjectCriteria, ProjectSort } from '@club-inne/core';
import type { Chosen } from './filter-bar.js';

/**
 * The projects a list shows, recomputed only when what they depend on changes: a re-render
 * for another reason (a focus, a language) costs no filtering or sorting of 1,000 projects.
 */
export class ProjectList {
  /** Within the webmaster's scope (attributes): what the filter bar counts. */
  scoped: Project[] = [];
  /** After the visitor's choices, sorted. */
  items: Project[] = [];
  /** The pages shown so far (all of `items` without a limit). */
  shown: Project[] = [];
  #key = '';
  #feed?: Feed;

  /** Selects again if anything changed, and then starts paging over; returns whether it did. */
  select(
    feed: Feed,
    scope: ProjectCriteria,
    chosen: Chosen,
    sort: ProjectSort,
    locale: Locale,
    limit: number,
  ): boolean {
    const key = JSON.stringify([scope, chosen, sort, locale, limit]);
    if (feed === this.#feed && key === this.#key) return false;
    this.#feed = feed;
    this.#key = key;
    this.scoped = filterProjects(feed.projects, scope);
    this.items = sortProjects(filterProjects(this.scoped, chosen), sort, locale);
    this.shown = limit ? this.items.slice(0, limit) : this.items;
    return true;
  }

  /** Shows one more page; returns how many projects were added. */
  more(limit: number): number {
    const from = this.shown.length;
    this.shown = this.items.slice(0, from + limit);
    return this.shown.length - from;
  }
}
