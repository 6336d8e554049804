import type { Problem } from './problem.js';

/** What a validator returns for a value it refuses. */
export const INVALID: unique symbol = Symbol('invalid');

/**
 * Reads `value` by a plan node: the parsed value (texts trimmed, unknown keys dropped, absent
 * optional keys left absent, as zod's `.data`), or `INVALID`. Given `problems`, it also pushes
 * every problem zod would report, in zod's order, with paths from `value`; given `null`, it
 * stops at the first one (the fast way, for the many valid values).
 */
export type Validator = (value: unknown, problems: Problem[] | null) => unknown;
