import { projectsToJsonLd } from '@club-inne/core';
import type { Feed, JsonLdNode, Locale, Project } from '@club-inne/core';
import { jsonLdText } from '../shared/json-ld.js';

/**
 * schema.org JSON-LD for the projects a list shows, with their actors named from the feed:
 * core's `projectsToJsonLd`, so that a site can render the same server-side, as text (`jsonLdText`).
 * Each project's node is built and serialized once and kept while the
 * project object, the feed's actors and publisher and the language stay the same: after a
 * change of one title, the text of 1,000 projects is one new node and a join.
 */
export class ProjectsJsonLd {
  #nodes = new WeakMap<Project, string>();
  #made: unknown[] = [];

  /** The document's text, or null for an empty list. */
  text(projects: readonly Project[], feed: Feed, locale: Locale): string | null {
    const made = [feed.actors, feed.publisher, locale];
    if (made.some((v, i) => v !== this.#made[i])) this.#nodes = new WeakMap();
    this.#made = made;
    const missing = projects.filter((p) => !this.#nodes.has(p));
    if (missing.length) {
      // One node per project, in order.
      const doc = projectsToJsonLd(missing, { feed, locale });
      const nodes = (doc as { '@graph': JsonLdNode[] })['@graph'];
      missing.forEach((p, i) => this.#nodes.set(p, jsonLdText(nodes[i]!)));
    }
    // What jsonLdText would give for the whole document, without serializing it again.
    const graph = projects.map((p) => this.#nodes.get(p)).join(',');
    return projects.length ? `{"@context":"https://schema.org","@graph":[${graph}]}` : null;
  }
}
