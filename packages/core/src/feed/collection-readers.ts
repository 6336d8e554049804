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

/**
 * What it takes to read one collection of a feed: its validation plan and its rules across
 * fields. One constant per collection, given to `parseCollections`, so that a bundle carries
 * the rules of the collections it reads and no others.
 */
export interface CollectionReader<N extends CollectionName = CollectionName> {
  readonly name: N;
  /** @internal The item's validation plan (validation-plan.generated.ts). */
  readonly plan: PlanNode;
  /** @internal Rules across fields of one valid item. */
  readonly check?: (item: object) => ItemProblem | undefined;
}

export const actorsReader: CollectionReader<'actors'> = { name: 'actors', plan: actorsPlan };
export const projectsReader: CollectionReader<'projects'> = {
  name: 'projects',
  plan: projectsPlan,
};
export const eventsReader: CollectionReader<'events'> = {
  name: 'events',
  plan: eventsPlan,
  check: checkEvent,
};
export const linksReader: CollectionReader<'links'> = { name: 'links', plan: linksPlan };
export const membershipReader: CollectionReader<'membership'> = {
  name: 'membership',
  plan: membershipPlan,
  check: checkCampaign,
};
export const assessmentsReader: CollectionReader<'assessments'> = {
  name: 'assessments',
  plan: assessmentsPlan,
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
