import type { CollectionName } from '../schema/collection-names.js';
import type { PlanNode } from '../validation/plan.js';
import {
  actorsPlan,
  assessmentsPlan,
  eventsPlan,
  linksPlan,
  membershipPlan,
  projectsPlan,
} from '../validation/validation-plan.generated.js';
import { checkCampaign, checkEvent } from './item-rules.js';
import type { ItemProblem } from './item-rules.js';
import {
  assessmentReferenceAt,
  assessmentReferences,
  eventReferenceAt,
  eventReferences,
  linkReferenceAt,
  linkReferences,
  projectReferenceAt,
  projectReferences,
} from './references.js';
import type { CheckReferences, ReferenceAt } from './references.js';

/**
 * What it takes to read one collection of a feed: its validation plan, its rules across
 * fields and its references to other items. One constant per collection, given to
 * `parseCollections`, so that a bundle carries the rules of the collections it reads and no
 * others.
 */
export interface CollectionReader<N extends CollectionName = CollectionName> {
  readonly name: N;
  /** @internal The item's validation plan (validation-plan.generated.ts). */
  readonly plan: PlanNode;
  /** @internal Rules across fields of one valid item. */
  readonly check?: (item: object) => ItemProblem | undefined;
  /** @internal Checks its items' references once every collection is read (references.ts). */
  readonly references?: CheckReferences;
  /** @internal Which of an invalid item's fields are references (references.ts). */
  readonly referenceAt?: ReferenceAt;
  /**
   * @internal The fields that only present the item (an image, a logo, its web address): a
   * wrong one is left out and the item kept, as its loss changes no fact about it. Read for an
   * invalid item only. A date, a price, an id or a title is not one: the item would say
   * something false or different without it, so a wrong one costs the item.
   */
  readonly presentational?: readonly string[];
}

/** The reader of a feed's actors, for `parseCollections`. */
export const actorsReader: CollectionReader<'actors'> = {
  name: 'actors',
  plan: actorsPlan,
  presentational: ['url', 'logo'],
};
/** The reader of a feed's projects, for `parseCollections`. */
export const projectsReader: CollectionReader<'projects'> = {
  name: 'projects',
  plan: projectsPlan,
  references: projectReferences,
  referenceAt: projectReferenceAt,
  presentational: ['url', 'image'],
};
/**
 * The reader of a feed's events, for `parseCollections`; an event that ends before it starts
 * (`end-before-start`), or whose `start` and `end` are not both dates or both date-times
 * (`mixed-date-types`), is left out and reported.
 */
export const eventsReader: CollectionReader<'events'> = {
  name: 'events',
  plan: eventsPlan,
  check: checkEvent,
  references: eventReferences,
  referenceAt: eventReferenceAt,
  presentational: ['url'],
};
/** The reader of a feed's cooperation links, for `parseCollections`. */
export const linksReader: CollectionReader<'links'> = {
  name: 'links',
  plan: linksPlan,
  references: linkReferences,
  referenceAt: linkReferenceAt,
};
/**
 * The reader of a feed's membership campaigns, for `parseCollections`; a campaign that opens
 * after its deadline is left out and reported (`deadline-before-opening`).
 */
export const membershipReader: CollectionReader<'membership'> = {
  name: 'membership',
  plan: membershipPlan,
  check: checkCampaign,
};
/** The reader of a feed's assessments, for `parseCollections`. */
export const assessmentsReader: CollectionReader<'assessments'> = {
  name: 'assessments',
  plan: assessmentsPlan,
  references: assessmentReferences,
  referenceAt: assessmentReferenceAt,
};

/** The reader of every collection, by name (what `parseFeed` reads). */
export const collectionReaders: { readonly [N in CollectionName]: CollectionReader<N> } = {
  actors: actorsReader,
  projects: projectsReader,
  events: eventsReader,
  links: linksReader,
  membership: membershipReader,
  assessments: assessmentsReader,
};
