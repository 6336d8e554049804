import type { Actor } from '../schema/actor.js';
import type { Feed } from '../schema/feed.js';
import type { Project } from '../schema/project.js';
import { roles } from '../vocabulary/vocabulary.js';
import type { Role } from '../vocabulary/vocabulary.js';

/** An actor of a project, resolved from its id, with its role. */
export interface ProjectActorView {
  actor: Actor;
  role: Role;
}

// One index per actors list, built on first use: a page that lists 1,000 projects resolves
// their actors without scanning the list 1,000 times.
const indexes = new WeakMap<readonly Actor[], Map<string, Actor>>();
function actorIndex(actors: readonly Actor[]): Map<string, Actor> {
  let index = indexes.get(actors);
  if (!index) indexes.set(actors, (index = new Map(actors.map((a) => [a.id, a]))));
  return index;
}

/**
 * A project's actors with their roles, `porteur` first, then partners, funders and
 * facilitators (the vocabulary's order), keeping the feed's order within a role. Unknown ids
 * are left out (the parser reports them).
 *
 * @example
 * projectActors(project, feed).map(({ actor, role }) => `${actor.name} (${role})`)
 */
export function projectActors(
  project: Pick<Project, 'actors'>,
  feed: Pick<Feed, 'actors'>,
): ProjectActorView[] {
  if (!project.actors?.length) return [];
  const index = actorIndex(feed.actors);
  const out: ProjectActorView[] = [];
  for (const { actor: id, role } of project.actors) {
    const actor = index.get(id);
    if (actor) out.push({ actor, role });
  }
  return out.sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
}
