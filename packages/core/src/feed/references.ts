import type { Feed } from '../schema/feed.js';
import { jsonPath } from './issue.js';
import type { FeedIssue } from './issue.js';
import { describeIssue } from './messages.js';

// A loop, not `every` with a closure: it runs for each of thousands of projects.
function allKnown(entries: readonly { actor: string }[], actors: ReadonlySet<string>): boolean {
  for (const entry of entries) if (!actors.has(entry.actor)) return false;
  return true;
}

/**
 * Checks references between items once every collection is read (`ids`: those of the actors
 * and projects kept, for each of the two that was read). A dangling reference is a warning and
 * is dropped (the item stays), except a link whose ends are unknown: a cooperation without both
 * partners means nothing, so the link is left out. A reference into a collection that was not
 * read is kept unchecked.
 */
export function checkReferences(
  feed: Feed,
  issues: FeedIssue[],
  sourceIndex: WeakMap<object, number>,
  ids: { actors?: ReadonlySet<string>; projects?: ReadonlySet<string> },
): void {
  const at = (item: object, fallback: number) => sourceIndex.get(item) ?? fallback;
  const { actors, projects } = ids;
  const warn = (
    collection: 'projects' | 'events' | 'links' | 'assessments',
    itemId: string,
    path: PropertyKey[],
    ref: string,
  ) =>
    issues.push({
      severity: 'warning',
      code: 'dangling-reference',
      path: jsonPath([collection, ...path]),
      collection,
      itemId,
      message: describeIssue('dangling-reference', ref),
    });

  // Unread collections are empty: only what was read is walked.
  feed.projects.forEach((project, index) => {
    if (!actors || !project.actors || allKnown(project.actors, actors)) return;
    project.actors = project.actors.filter((entry, i) => {
      if (actors.has(entry.actor)) return true;
      warn('projects', project.id, [at(project, index), 'actors', i, 'actor'], entry.actor);
      return false;
    });
  });

  feed.events.forEach((event, index) => {
    if (actors && event.organizers) {
      event.organizers = event.organizers.filter((ref, i) => {
        if (actors.has(ref)) return true;
        warn('events', event.id, [at(event, index), 'organizers', i], ref);
        return false;
      });
    }
    if (projects && event.projects) {
      event.projects = event.projects.filter((ref, i) => {
        if (projects.has(ref)) return true;
        warn('events', event.id, [at(event, index), 'projects', i], ref);
        return false;
      });
    }
  });

  feed.links = feed.links.filter((link, index) => {
    const missing = actors && [link.from, link.to].find((ref) => !actors.has(ref));
    if (actors && missing !== undefined) {
      const field = actors.has(link.from) ? 'to' : 'from';
      issues.push({
        severity: 'error',
        code: 'dangling-reference',
        path: jsonPath(['links', at(link, index), field]),
        collection: 'links',
        itemId: link.id,
        message: describeIssue('dangling-reference', missing),
      });
      return false;
    }
    if (projects && link.project !== undefined && !projects.has(link.project)) {
      warn('links', link.id, [at(link, index), 'project'], link.project);
      delete link.project;
    }
    return true;
  });

  feed.assessments.forEach((assessment, index) => {
    const known = assessment.subject.type === 'project' ? projects : actors;
    if (known && !known.has(assessment.subject.id))
      warn(
        'assessments',
        assessment.id,
        [at(assessment, index), 'subject', 'id'],
        assessment.subject.id,
      );
  });
}
