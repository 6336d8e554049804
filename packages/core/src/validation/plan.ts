import type { CodeCheckName } from './code-checks.js';

// A validation plan: the rules of a zod schema as plain data (regexes as literals), written by
// scripts/generate-validators.ts into validation-plan.generated.ts. Browsers get the plan and
// its small interpreter (compile-plan.ts) instead of zod. Each node or check is read the way
// zod reads the schema it comes from, and reports the problems zod would, in zod's order.

/** A length bound: UTF-16 units for arrays, code points for texts (as zod counts them). */
export type LengthCheck =
  { check: 'max_length'; maximum: number } | { check: 'min_length'; minimum: number };

export type StringCheck =
  | LengthCheck
  /** `tidyText`: trimmed, without direction controls, in NFC. */
  | { check: 'trim' }
  /** `format` is what zod reports: `regex` for `z.regex`, else the ISO format (`date`…). The
   * pattern has no `g` or `y` flag, so no state from one test to the next. */
  | { check: 'pattern'; format: string; pattern: RegExp }
  | { check: 'code'; name: CodeCheckName };

export type NumberCheck =
  | { check: 'greater_than'; value: number; inclusive: boolean }
  | { check: 'less_than'; value: number; inclusive: boolean };

// `checks` are left out when there are none, `int` when false: the plan ships in browsers.
export type PlanNode =
  | { type: 'string'; checks?: readonly StringCheck[] }
  /** `int`: a safe integer (`z.int()`). */
  | { type: 'number'; int?: true; checks?: readonly NumberCheck[] }
  | { type: 'boolean' }
  /** `z.enum` and `z.literal`: one of `values`. */
  | { type: 'enum'; values: readonly (string | number | boolean | null)[] }
  | { type: 'optional'; of: PlanNode }
  | { type: 'union'; of: readonly PlanNode[] }
  | { type: 'array'; of: PlanNode; checks?: readonly LengthCheck[] }
  /** Unknown keys are dropped; a key whose node is `optional` may be absent. */
  | { type: 'object'; shape: Readonly<Record<string, PlanNode>> }
  /** Every own enumerable key must pass `key` (a string node), every value `value`. */
  | { type: 'record'; key: PlanNode; value: PlanNode };
