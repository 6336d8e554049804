import { jsonPath } from '../feed/issue.js';
import { describeProblem } from '../feed/messages.js';
import type { Localized } from '../i18n/locale.js';
import { validate } from '../validation/validate.js';
import { frameworkPlan } from '../validation/validation-plan.generated.js';
import { frameworkProblems } from './framework-problems.js';
import type { FrameworkProblem } from './framework-problems.js';
import type { Framework, FrameworkDefinition } from './framework-schema.js';
import { deepFreeze } from './deep-freeze.js';

/**
 * Thrown by `defineFramework`, and by scoring with a grid that did not come from it and does
 * not hold: every problem of the grid, not just the first, each with its `code`, path and a
 * message in French and English. A `RangeError`, like `BidError`: the argument is a grid, but
 * holds values that cannot be used (a grid's id or nothing where a grid is expected is a
 * `TypeError`). `name` is `FrameworkError` and `code` is `invalid-framework`, which hold across
 * two copies of the kit where `instanceof` does not.
 */
export class FrameworkError extends RangeError {
  readonly code = 'invalid-framework';
  readonly problems: FrameworkProblem[];
  constructor(problems: FrameworkProblem[]) {
    const lines = problems.map((p) => `  ${p.path}: ${p.message.en}`);
    super(`Invalid scoring grid (${problems.length} problem(s)):\n${lines.join('\n')}`);
    this.name = 'FrameworkError';
    this.problems = problems;
  }
}

/**
 * What `validateFramework` returns: `ok: true` with the checked, frozen grid, or `ok: false`
 * with every problem found. Test `ok` to narrow it.
 */
export type ValidateFrameworkResult =
  | { ok: true; framework: Framework; problems: [] }
  | { ok: false; framework: null; problems: FrameworkProblem[] };

// Grids that went through validation; scoring trusts these and checks any other object once.
const checked = new WeakSet<object>();

/** Whether this exact object came out of `defineFramework` or `validateFramework`. */
export function isCheckedFramework(framework: object): framework is Framework {
  return checked.has(framework);
}

// The feed's messages describe kebab-case ids; grid dimensions and criteria use camelCase.
function idFormat(path: PropertyKey[]): Localized | undefined {
  if (path[0] !== 'dimensions' || path[path.length - 1] !== 'id') return undefined;
  return path.includes('criteria')
    ? {
        fr: 'identifiant de critère invalide\u00a0: dimension.critère en camelCase (ex. offer.usefulEffects)',
        en: 'invalid criterion id: dimension.criterion in camelCase (e.g. offer.usefulEffects)',
      }
    : {
        fr: 'identifiant de dimension invalide\u00a0: camelCase sans point (ex. offer, coConstruction)',
        en: 'invalid dimension id: camelCase without a dot (e.g. offer, coConstruction)',
      };
}

/**
 * Checks a grid without throwing: the validated grid, or every problem found (types, weights
 * that don't sum to 100, gates naming unknown criteria, a criterion with four descriptors…),
 * each with its JSON path and a message in French and English.
 *
 * @example
 * const result = validateFramework(JSON.parse(text));
 * if (!result.ok) for (const p of result.problems) console.error(p.path, p.message.fr);
 */
export function validateFramework(definition: unknown): ValidateFrameworkResult {
  const parsed = validate<Framework>(frameworkPlan, definition);
  const problems: FrameworkProblem[] = [];
  if (!parsed.ok) {
    for (const issue of parsed.problems) {
      const message =
        (issue.code === 'invalid_format' && idFormat(issue.path)) || describeProblem(issue);
      problems.push({ code: 'invalid-field', path: jsonPath(issue.path), message });
    }
  }
  problems.push(...frameworkProblems(definition));
  if (problems.length > 0 || !parsed.ok) return { ok: false, framework: null, problems };
  const framework = deepFreeze(parsed.data);
  checked.add(framework);
  return { ok: true, framework, problems: [] };
}

/**
 * Declares a scoring grid: returns it checked and frozen, or throws a `FrameworkError` that
 * lists every problem (in `error.problems`, with French and English messages).
 *
 * @example
 * const grid = defineFramework({
 *   id: 'mini', version: '1', label: { fr: 'Mini', en: 'Mini' },
 *   dimensions: [{ id: 'offer', label: { fr: 'Offre', en: 'Offer' }, weight: 100,
 *     criteria: [{ id: 'offer.logic', label: { fr: "Logique d'offre", en: 'Offer logic' },
 *       levels: [l0, l1, l2, l3, l4] }] }],
 * });
 * scoreAssessment({ 'offer.logic': { level: 2 } }, grid).overall; // 50
 */
export function defineFramework(definition: FrameworkDefinition): Framework {
  const result = validateFramework(definition);
  if (!result.ok) throw new FrameworkError(result.problems);
  return result.framework;
}
