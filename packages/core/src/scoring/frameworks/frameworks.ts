import type { Framework } from '../framework-schema.js';
import { efcEct } from './efc-ect.js';
import { efcTender } from './efc-tender.js';

/**
 * The built-in grids. `efcEct` (id `efc-ect`) is the default diagnostic grid of the EFC
 * maturity model; `efcTender` (id `efc-tender`) scores the bids of a public tender.
 *
 * @example
 * scoreAssessment(answers, frameworks.efcEct);
 * rankBids(bids, frameworks.efcTender);
 */
export const frameworks = { efcEct, efcTender } as const;

/**
 * A built-in grid by its id (`efc-ect`, `efc-tender`), e.g. from an assessment's `framework`
 * field or a command-line option; `null` when there is none by that id. The id is read as a
 * person types it: in any case and with spaces around (`EFC-ECT `), since built-in ids are
 * lower case and no two differ by case alone; the grid returned carries its own id. Not
 * `undefined`, which means "the default grid" to `scoreAssessment` and the other scoring
 * functions: passed on as it is, an unknown id (`scoreAssessment(answers, frameworkById('typo'))`)
 * throws a `TypeError` instead of scoring with the default grid without a word. To fall back on
 * the default, say so: `frameworkById(id) ?? frameworks.efcEct`.
 *
 * @example
 * const grid = frameworkById(assessment.framework ?? 'efc-ect');
 * if (!grid) throw new Error(`unknown grid: ${assessment.framework}`);
 * scoreAssessment(assessment.answers, grid);
 */
export function frameworkById(id: 'efc-ect' | 'efc-tender'): Framework;
export function frameworkById(id: string): Framework | null;
export function frameworkById(id: string): Framework | null {
  const wanted = typeof id === 'string' ? id.trim().toLowerCase() : id;
  return Object.values(frameworks).find((f) => f.id === wanted) ?? null;
}
