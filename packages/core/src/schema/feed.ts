import * as z from 'zod/mini';
import { actorSchema } from './actor.js';
import { assessmentSchema } from './assessment.js';
import type { CollectionName } from './collection-names.js';
import { eventSchema } from './event.js';
import { linkSchema } from './link.js';
import { limits } from './limits.js';
import { campaignSchema } from './membership.js';
import { contactUrl, dateTime, httpsUrl, languageTag, text } from './primitives.js';
import { projectSchema } from './project.js';

/** Who publishes a feed: a name, an optional `https:` site and contact (`https:`, `mailto:`, `tel:`). */
export const publisherSchema = z.object({
  name: text(limits.name),
  url: z.optional(httpsUrl()),
  contact: z.optional(contactUrl()),
});
/**
 * Who publishes a feed (`Feed.publisher`): in schema.org output, the organiser of events that
 * name none, the host of membership offers and what member actors are members of.
 */
export type Publisher = z.infer<typeof publisherSchema>;

/** Every collection a feed may hold (`collectionNames`), with the schema of one item. */
export const collectionSchemas = {
  actors: actorSchema,
  projects: projectSchema,
  events: eventSchema,
  links: linkSchema,
  membership: campaignSchema,
  assessments: assessmentSchema,
} as const satisfies Record<CollectionName, z.ZodMiniType>;

const list = <T extends z.ZodMiniType>(item: T) =>
  z.optional(z.array(item).check(z.maxLength(limits.items)));

/**
 * The whole feed document, as a data producer writes it: `version: 1` and any of the
 * collections. This is the schema published as `feed.schema.json`; `parseFeed` applies it item
 * by item so that one bad item never hides the others.
 */
export const feedSchema = z.object({
  version: z.literal(1),
  publisher: z.optional(publisherSchema),
  updatedAt: z.optional(dateTime()),
  lang: z.optional(languageTag()),
  actors: list(actorSchema),
  projects: list(projectSchema),
  events: list(eventSchema),
  links: list(linkSchema),
  membership: list(campaignSchema),
  assessments: list(assessmentSchema),
});

/** A parsed feed: every collection present (possibly empty), every item valid. */
export interface Feed {
  version: 1;
  publisher?: Publisher;
  updatedAt?: string;
  /**
   * The language the feed's texts are written in (`fr`), when it says: components mark those
   * texts with it on a page in another language, so that screen readers read them right.
   */
  lang?: string;
  actors: z.infer<typeof actorSchema>[];
  projects: z.infer<typeof projectSchema>[];
  events: z.infer<typeof eventSchema>[];
  links: z.infer<typeof linkSchema>[];
  membership: z.infer<typeof campaignSchema>[];
  assessments: z.infer<typeof assessmentSchema>[];
}
