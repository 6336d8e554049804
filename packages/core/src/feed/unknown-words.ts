import type { Problem } from '../validation/problem.js';
import { INVALID } from '../validation/validator.js';
import type { Validator } from '../validation/validator.js';

/** A word of a list that the vocabulary does not have: `spheres[2]`, `tiers[0].for[1]`. */
const isUnknownWordInList = (p: Problem) =>
  p.code === 'invalid_value' && p.path.length > 1 && typeof p.path[p.path.length - 1] === 'number';

/**
 * An item whose only faults are words of a list that the vocabulary does not have (a sphere
 * the club added after this copy of the kit, a typo) keeps everything else: a copy without
 * those words is read again. `undefined` when anything else is wrong, or the copy still fails:
 * the item is then left out, as any invalid one. The words go to `dropped`, to be reported.
 */
export function withoutUnknownWords(
  item: unknown,
  problems: readonly Problem[],
  read: Validator,
): { data: unknown; dropped: readonly Problem[] } | undefined {
  if (problems.length === 0 || !problems.every(isUnknownWordInList)) return undefined;
  let copy: unknown;
  try {
    copy = structuredClone(item);
  } catch {
    return undefined; // not plain data (a function, a class instance given as `.feed`)
  }
  // Later positions first: taking one out leaves the positions before it as they were.
  const last = (p: Problem) => p.path[p.path.length - 1] as number;
  for (const p of [...problems].sort((a, b) => last(b) - last(a))) {
    let list: unknown = copy;
    for (const key of p.path.slice(0, -1)) list = (list as Record<PropertyKey, unknown>)?.[key];
    if (!Array.isArray(list)) return undefined;
    list.splice(last(p), 1);
  }
  const data = read(copy, null);
  return data === INVALID ? undefined : { data, dropped: problems };
}
