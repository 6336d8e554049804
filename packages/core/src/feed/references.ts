import type { Feed } from '../schema/feed.js';
import { jsonPath } from './issue.js';
import type { FeedIssue } from './issue.js';
import { describeIssue } from './messages.js';

/**
 * What the reference checks of a collection need once every collection is read: where issues
 * go, each item's place in the input, and the ids of the actors and projects kept, for each of
 * the two that was read (a reference into a collection that was not read is kept unchecked).
 */
export interface ReferenceContext {
  issues: FeedIssue[];
  sourceIndex: WeakMap<object, number>;
  actors?: ReadonlySet<string>;
  projects?: ReadonlySet<string>;
}

/**
 * The reference checks of one collection (a reader's `references`): each reader carries its
 * own, so that a bundle carries those of the collections it reads only. A dangling reference
 * is a warning and is dropped (the item stays), except a link whose ends are unknown: a
 * cooperation without both partners means nothing, so the link is left out.
 */
export type CheckReferences = (feed: Feed, refs: ReferenceContext) => void;

/**
 * A reference written with a value that is not an id (`"Malaunay"`, `"Club Inné"`): the
 * collection it names, and the part of the item dropped with it, as a dangling reference is (its
 * list entry, or the field). No `drop` when the item means nothing without it (a link's end, an
 * assessment's subject): the item is then left out.
 */
export interface MalformedReference {
  target: 'actors' | 'projects';
  drop?: readonly PropertyKey[];
}

/**
 * Where a problem's path (from the item) is a reference of a collection's items, if it is (a
 * reader's `referenceAt`): read on the failing path only, never for a valid item.
 */
export type ReferenceAt = (
  path: readonly PropertyKey[],
  item: unknown,
) => MalformedReference | undefined;

const at = (refs: ReferenceContext, item: object, fallback: number) =>
  refs.sourceIndex.get(item) ?? fallback;

function warn(
  refs: ReferenceContext,
  collection: 'projects' | 'events' | 'links' | 'assessments',
  itemId: string,
  path: PropertyKey[],
  ref: string,
): void {
  refs.issues.push({
    severity: 'warning',
    code: 'dangling-reference',
    path: jsonPath([collection, ...path]),
    collection,
    itemId,
    message: describeIssue('dangling-reference', ref),
  });
}

// A loop, not `every` with a closure: it runs for each of thousands of projects.
function allKnown(entries: readonly { actor: string }[], actors: ReadonlySet<string>): boolean {
  for (const entry of entries) if (!actors.has(entry.actor)) return false;
  return true;
}

/** A project's actors. */
export const projectReferences: CheckReferences = (feed, refs) => {
  const { actors } = refs;
  feed.projects.forEach((project, index) => {
    if (!actors || !project.actors || allKnown(project.actors, actors)) return;
    project.actors = project.actors.filter((entry, i) => {
      if (actors.has(entry.actor)) return true;
      warn(
        refs,
        'projects',
        project.id,
        [at(refs, project, index), 'actors', i, 'actor'],
        entry.actor,
      );
      return false;
    });
  });
};

/** A project's `actors[i].actor`: the entry goes with it. */
export const projectReferenceAt: ReferenceAt = ([list, i, key, more]) =>
  list === 'actors' && key === 'actor' && more === undefined
    ? { target: 'actors', drop: [list, i!] }
    : undefined;

/** An event's organizers (actors) and projects. */
export const eventReferences: CheckReferences = (feed, refs) => {
  const { actors, projects } = refs;
  feed.events.forEach((event, index) => {
    if (actors && event.organizers) {
      event.organizers = event.organizers.filter((ref, i) => {
        if (actors.has(ref)) return true;
        warn(refs, 'events', event.id, [at(refs, event, index), 'organizers', i], ref);
        return false;
      });
    }
    if (projects && event.projects) {
      event.projects = event.projects.filter((ref, i) => {
        if (projects.has(ref)) return true;
        warn(refs, 'events', event.id, [at(refs, event, index), 'projects', i], ref);
        return false;
      });
    }
  });
};

/** An entry of an event's `organizers` or `projects`. */
export const eventReferenceAt: ReferenceAt = ([list, i, more]) =>
  (list === 'organizers' || list === 'projects') && typeof i === 'number' && more === undefined
    ? { target: list === 'organizers' ? 'actors' : 'projects', drop: [list, i] }
    : undefined;

/** A link's ends (actors: the link is left out without them) and its project. */
export const linkReferences: CheckReferences = (feed, refs) => {
  const { actors, projects } = refs;
  feed.links = feed.links.filter((link, index) => {
    const missing = actors && [link.from, link.to].find((ref) => !actors.has(ref));
    if (actors && missing !== undefined) {
      const field = actors.has(link.from) ? 'to' : 'from';
      refs.issues.push({
        severity: 'error',
        code: 'dangling-reference',
        path: jsonPath(['links', at(refs, link, index), field]),
        collection: 'links',
        itemId: link.id,
        message: describeIssue('dangling-reference', missing),
      });
      return false;
    }
    if (projects && link.project !== undefined && !projects.has(link.project)) {
      warn(refs, 'links', link.id, [at(refs, link, index), 'project'], link.project);
      delete link.project;
    }
    return true;
  });
};

/** A link's `project` (dropped), or an end (`from`, `to`: the link is left out). */
export const linkReferenceAt: ReferenceAt = ([key, more]) =>
  more !== undefined
    ? undefined
    : key === 'project'
      ? { target: 'projects', drop: [key] }
      : key === 'from' || key === 'to'
        ? { target: 'actors' }
        : undefined;

/** An assessment's subject (a project or an actor). */
export const assessmentReferences: CheckReferences = (feed, refs) => {
  feed.assessments.forEach((assessment, index) => {
    const known = assessment.subject.type === 'project' ? refs.projects : refs.actors;
    if (known && !known.has(assessment.subject.id))
      warn(
        refs,
        'assessments',
        assessment.id,
        [at(refs, assessment, index), 'subject', 'id'],
        assessment.subject.id,
      );
  });
};

/** An assessment's `subject.id`: the assessment is left out, its subject is what it is about. */
export const assessmentReferenceAt: ReferenceAt = ([key, field, more], item) =>
  key === 'subject' && field === 'id' && more === undefined
    ? {
        target:
          (item as { subject?: { type?: unknown } }).subject?.type === 'actor'
            ? 'actors'
            : 'projects',
      }
    : undefined;
