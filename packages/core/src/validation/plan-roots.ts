import { answerSchema, criterionIdSchema } from '../schema/assessment.js';
import { collectionSchemas, publisherSchema } from '../schema/feed.js';
import { date, dateTime, id, languageTag } from '../schema/primitives.js';
import { frameworkSchema } from '../scoring/framework-schema.js';
import { planFromZod } from './plan-from-zod.js';
import type { PlanExports } from './render-plan.js';

/**
 * The schemas that browsers validate with, by the name of their plan in
 * validation-plan.generated.ts: feed items (`actorsPlan`…) and envelope (`parseFeed`), answers
 * (`parseAnswers`), grids (`validateFramework`).
 */
export function validationPlans(): PlanExports {
  return {
    // One export per collection, so that a bundle reading only some carries only their plans.
    ...Object.fromEntries(
      Object.entries(collectionSchemas).map(([name, schema]) => [
        `${name}Plan`,
        planFromZod(schema, name),
      ]),
    ),
    publisherPlan: planFromZod(publisherSchema, 'publisher'),
    dateTimePlan: planFromZod(dateTime(), 'dateTime'),
    datePlan: planFromZod(date(), 'date'),
    languageTagPlan: planFromZod(languageTag(), 'languageTag'),
    idPlan: planFromZod(id(), 'id'),
    criterionIdPlan: planFromZod(criterionIdSchema, 'criterionId'),
    answerPlan: planFromZod(answerSchema, 'answer'),
    frameworkPlan: planFromZod(frameworkSchema, 'framework'),
  };
}
