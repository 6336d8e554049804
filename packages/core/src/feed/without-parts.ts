import type { Problem } from '../validation/problem.js';
import { INVALID } from '../validation/validator.js';
import type { Validator } from '../validation/validator.js';

/** A word of a list that the vocabulary does not have: `spheres[2]`, `tiers[0].for[1]`. */
export const isUnknownWordInList = (p: Problem) =>
  p.code === 'invalid_value' && p.path.length > 1 && typeof p.path[p.path.length - 1] === 'number';

/**
 * An invalid item whose every fault can be dropped alone keeps everything else: a copy without
 * those parts (`parts`, one path per fault, in the order of the problems: a word of a list that
 * the vocabulary does not have, the list entry or field of a reference that is not an id, a
 * field that only presents the item: an image, a web address) is
 * read again. `undefined` when a fault cannot be dropped (no part), or the copy still fails:
 * the item is then left out, as any invalid one.
 */
export function withoutParts(
  item: unknown,
  parts: readonly (readonly PropertyKey[] | undefined)[],
  read: Validator,
): unknown {
  if (parts.length === 0 || parts.includes(undefined)) return undefined;
  let copy: unknown;
  try {
    copy = structuredClone(item);
  } catch {
    return undefined; // not plain data (a function, a class instance given as `.feed`)
  }
  // Last first: problems come in the order of a list's entries, and taking one out leaves the
  // positions before it as they were.
  for (let i = parts.length; i--;) {
    const path = parts[i]!;
    const key = path[path.length - 1]!;
    let parent: unknown = copy;
    for (const k of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown>)?.[k];
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else if (parent) delete (parent as Record<PropertyKey, unknown>)[key];
  }
  const data = read(copy, null);
  return data === INVALID ? undefined : data;
}
