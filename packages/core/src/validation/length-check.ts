import type { LengthCheck } from './plan.js';
import type { Problem } from './problem.js';

/** A length check: whether `value` passes, pushing the problem when it does not. */
export type LengthTest = (value: { length: unknown }, problems: Problem[] | null) => boolean;

/** Code points of a text, as zod counts a text's length: a surrogate pair counts once. */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

const originOf = (value: unknown) =>
  Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';

/** Whether zod runs a length check on `value`: anything with a length, even of the wrong type. */
export function hasLength(value: unknown): value is { length: unknown } {
  return (
    value !== null && value !== undefined && (value as { length?: unknown }).length !== undefined
  );
}

/**
 * The test of a `max_length` or `min_length` check. A text is measured in code points, but
 * only when its UTF-16 length leaves the answer in doubt (a code point is one or two units).
 * The comparisons are zod's, written the same way, so that odd lengths (`{ length: 'x' }`
 * given for a list) fail the same way.
 */
export function lengthTest(check: LengthCheck): LengthTest {
  if (check.check === 'max_length') {
    const { maximum } = check;
    return (value, problems) => {
      const units = value.length as number;
      const length = typeof value === 'string' && units > maximum ? codePointLength(value) : units;
      if (length <= maximum) return true;
      problems?.push({
        code: 'too_big',
        origin: originOf(value),
        maximum,
        input: value,
        path: [],
        continue: true,
      });
      return false;
    };
  }
  const { minimum } = check;
  return (value, problems) => {
    const units = value.length as number;
    const length =
      typeof value === 'string' && units >= minimum && units < minimum * 2
        ? codePointLength(value)
        : units;
    if (length >= minimum) return true;
    problems?.push({
      code: 'too_small',
      origin: originOf(value),
      minimum,
      input: value,
      path: [],
      continue: true,
    });
    return false;
  };
}
