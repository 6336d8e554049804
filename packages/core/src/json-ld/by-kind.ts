import type { FeedEvent } from '../schema/event.js';
import type { Campaign } from '../schema/membership.js';
import type { Project } from '../schema/project.js';
import { jsonLdContext } from './context.js';
import { documentOf } from './document.js';
import { eventNode } from './event.js';
import { campaignNodes } from './offer.js';
import { projectNode } from './project.js';
import type { JsonLdDocument, JsonLdOptions } from './types.js';

// One builder per kind of item, besides `toJsonLd` that takes any: a page (or a bundle) that
// shows only projects then carries only the project rules, not the event, offer and time-zone
// code that `toJsonLd`'s dispatch reaches. Same output as `toJsonLd` on the same items.

/** Projects as schema.org `Project` nodes in an `@graph`; `options.feed` names their actors. */
export function projectsToJsonLd(
  projects: readonly Project[],
  options: JsonLdOptions = {},
): JsonLdDocument {
  const ctx = jsonLdContext(options);
  return documentOf(
    projects.map((p) => projectNode(p, ctx)),
    true,
  );
}

/** One project as a schema.org `Project` node carrying the context itself, like `toJsonLd(project)`. */
export function projectToJsonLd(project: Project, options: JsonLdOptions = {}): JsonLdDocument {
  return documentOf([projectNode(project, jsonLdContext(options))]);
}

/** Events as schema.org `Event` nodes in an `@graph`; `options.feed` names their organisers. */
export function eventsToJsonLd(
  events: readonly FeedEvent[],
  options: JsonLdOptions = {},
): JsonLdDocument {
  const ctx = jsonLdContext(options);
  return documentOf(
    events.map((e) => eventNode(e, ctx)),
    true,
  );
}

/** A membership campaign as one schema.org `Offer` per tier (one node alone is flattened). */
export function campaignToJsonLd(campaign: Campaign, options: JsonLdOptions = {}): JsonLdDocument {
  return documentOf(campaignNodes(campaign, jsonLdContext(options)));
}
