import type { Feed } from '../schema/feed.js';
import type { PlanNode } from '../validation/plan.js';
import { validate } from '../validation/validate.js';
import {
  dateTimePlan,
  languageTagPlan,
  publisherPlan,
} from '../validation/validation-plan.generated.js';
import { jsonPath } from './issue.js';
import type { FeedIssue } from './issue.js';
import { describeProblem } from './messages.js';

const fields: [keyof Feed, PlanNode][] = [
  ['publisher', publisherPlan],
  ['updatedAt', dateTimePlan],
  ['lang', languageTagPlan],
];

/**
 * Reads the feed's own fields (`publisher`, `updatedAt`, `lang`) into `feed`. A bad one is
 * ignored with a warning that says where and why (`$.publisher.url`: https only), and a bad
 * optional field of the publisher costs that field, not the publisher: an `http:` site leaves
 * its name, which calendars and schema.org output use.
 */
export function readEnvelope(
  value: Record<string, unknown>,
  feed: Feed,
  issues: FeedIssue[],
): void {
  for (const [field, plan] of fields) {
    if (!Object.hasOwn(value, field)) continue;
    const input = value[field];
    let r = validate(plan, input);
    const problems = r.ok ? [] : r.problems;
    // Again without the fields at fault, when the fault is in fields (not a text where an
    // object goes): what is left is kept if it is valid on its own.
    if (!r.ok && problems.every((p) => p.path.length)) {
      const rest: Record<PropertyKey, unknown> = { ...(input as object) };
      for (const p of problems) delete rest[p.path[0]!];
      r = validate(plan, rest);
    }
    if (r.ok) (feed as unknown as Record<string, unknown>)[field] = r.data;
    for (const p of problems) {
      const path = [field, ...p.path];
      const at = jsonPath(path);
      // Several checks of one field fail one after the other (pattern and URL): one issue.
      if (issues.at(-1)?.path === at) continue;
      const ignored = r.ok ? path.join('.') : field;
      const why = describeProblem({ ...p, path });
      issues.push({
        severity: 'warning',
        code: 'invalid-envelope',
        path: at,
        message: {
          fr: `${why.fr}\u202f; «\u00a0${ignored}\u00a0» est ignoré`,
          en: `${why.en}; "${ignored}" is ignored`,
        },
      });
    }
  }
}
