import type { Actor } from '../schema/actor.js';
import type { FeedEvent } from '../schema/event.js';
import type { Feed } from '../schema/feed.js';
import type { Campaign } from '../schema/membership.js';
import type { Project } from '../schema/project.js';
import { jsonLdContext } from './context.js';
import { documentOf } from './document.js';
import { eventNode } from './event.js';
import { campaignNodes } from './offer.js';
import { actorNode, publisherNode } from './organization.js';
import { projectNode } from './project.js';
import type { JsonLdContext, JsonLdDocument, JsonLdNode, JsonLdOptions } from './types.js';

type Item = FeedEvent | Actor | Project | Campaign;

// Items carry no type tag: each collection has a field no earlier one has.
function nodesOf(item: Item, ctx: JsonLdContext): JsonLdNode[] {
  if ('deadline' in item) return campaignNodes(item, ctx);
  if ('start' in item) return [eventNode(item, ctx)];
  if ('title' in item) return [projectNode(item, ctx)];
  if ('name' in item) return [actorNode(item, ctx)];
  throw notAnItem();
}

const notAnItem = () =>
  new TypeError('toJsonLd: expected a feed, an event, an actor, a project or a campaign');

function feedNodes(feed: Partial<Feed>, ctx: JsonLdContext): JsonLdNode[] {
  return [
    ...(feed.publisher ? [publisherNode(feed.publisher, ctx)] : []),
    ...(feed.actors ?? []).map((a) => actorNode(a, ctx)),
    ...(feed.projects ?? []).map((p) => projectNode(p, ctx)),
    ...(feed.events ?? []).map((e) => eventNode(e, ctx)),
    ...(feed.membership ?? []).flatMap((c) => campaignNodes(c, ctx)),
  ];
}

/**
 * schema.org JSON-LD for a feed item or a whole feed, for search engines: an event is an
 * `Event` (status, attendance mode, Place and/or VirtualLocation, organiser, offer), an actor
 * an `Organization`, a project a `Project` (members, funders, sponsors), a membership campaign
 * one `Offer` per tier; a feed is an `@graph` of all of them. Pass `feed` in the options when
 * giving one item, so that organisers and partners are named. Every URL has passed `safeUrl`.
 * Embed the result with `serializeJsonLd`.
 *
 * @example
 * const doc = toJsonLd(event, { feed });
 * html += `<script type="application/ld+json">${serializeJsonLd(doc)}</script>`;
 */
export function toJsonLd(input: Feed | Item, options: JsonLdOptions = {}): JsonLdDocument {
  // JavaScript callers may pass anything: say what is expected rather than fail on `in`.
  if (input === null || typeof input !== 'object') throw notAnItem();
  if ('version' in input) {
    const ctx = jsonLdContext({ ...options, feed: options.feed ?? input });
    return documentOf(feedNodes(input, ctx), true);
  }
  return documentOf(nodesOf(input, jsonLdContext(options)));
}
