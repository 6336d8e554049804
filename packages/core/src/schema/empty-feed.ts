import type { Feed } from './feed.js';

/** A feed with nothing in it, to start from. */
export function emptyFeed(): Feed {
  return {
    version: 1,
    actors: [],
    projects: [],
    events: [],
    links: [],
    membership: [],
    assessments: [],
  };
}
