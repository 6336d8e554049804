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
 * field or a command-line option; `undefined` when there is none by that id.
 *
 * @example
 * const grid = frameworkById(assessment.framework ?? 'efc-ect');
 */
export function frameworkById(id: string): Framework | undefined {
  return Object.values(frameworks).find((f) => f.id === id);
}
