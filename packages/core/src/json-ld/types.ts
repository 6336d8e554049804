import type { Locale } from '../i18n/locale.js';
import type { Actor } from '../schema/actor.js';
import type { Feed, Publisher } from '../schema/feed.js';

/** A value in a schema.org JSON-LD object. */
export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];

/** One schema.org node (`Event`, `Organization`, `Project`, `Offer`…). */
export interface JsonLdNode {
  '@type': string;
  '@id'?: string;
  [property: string]: JsonLdValue | undefined;
}

/** What `toJsonLd` returns: one node, or several in an `@graph`, with the schema.org context. */
export type JsonLdDocument =
  | (JsonLdNode & { '@context': 'https://schema.org' })
  | { '@context': 'https://schema.org'; '@graph': JsonLdNode[] };

/**
 * Options of `toJsonLd` and of `eventsToJsonLd`, `projectToJsonLd`…: the feed to look actors
 * up in, the base of node ids and the language of added labels.
 */
export interface JsonLdOptions {
  /** The feed the item comes from: organisers and project actors are looked up in it. */
  feed?: Pick<Feed, 'actors' | 'publisher'>;
  /**
   * The page URL that node ids hang from (`https://example.org/agenda#event-x`). Default: the
   * publisher's URL; without either, ids are blank nodes (`_:event-x`).
   */
  base?: string;
  /** Language of the labels added (keywords, tier names). Default `fr`. */
  locale?: Locale;
}

/** Everything a node builder needs, resolved once. */
export interface JsonLdContext {
  base: string | undefined;
  actors: ReadonlyMap<string, Actor>;
  publisher: Publisher | undefined;
  locale: Locale;
}
