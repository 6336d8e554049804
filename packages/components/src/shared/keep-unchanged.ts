import type { Feed } from '@club-inne/core';

type Json = Record<string, unknown>;

// Same JSON content. parseFeed's output holds only plain objects, arrays and primitives (no
// Date or Map, which this would take for equal whatever their value).
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const keys = Object.keys(a);
  if (Array.isArray(a) !== Array.isArray(b) || keys.length !== Object.keys(b).length) return false;
  for (const k of keys)
    if (!Object.hasOwn(b, k) || !equal((a as Json)[k], (b as Json)[k])) return false;
  return true;
}

/**
 * `next` with every part equal to one in `previous` replaced by `previous`'s own object: each
 * unchanged item of a collection (found by its id), each collection whose items all stayed,
 * and `previous` itself when nothing changed. When a page sets `.feed` again after a small
 * edit, what did not change keeps its identity, and identity is what the renderers' caches key
 * on (a card, its JSON-LD, the actor index, the EFC stages): one changed title re-renders one
 * card, not a thousand.
 */
export function keepUnchanged(previous: Feed, next: Feed): Feed {
  const before = previous as unknown as Json;
  let same = Object.keys(before).length === Object.keys(next).length;
  const out: Json = {};
  for (const [key, value] of Object.entries(next)) {
    const old = before[key];
    let kept = value;
    if (Array.isArray(old) && Array.isArray(value)) {
      // A collection: its items are found by id (the schemas give every item one).
      const byId = new Map(old.map((item: Json) => [item.id, item]));
      const items = value.map((item: Json) => {
        const was = byId.get(item.id);
        return equal(was, item) ? was : item;
      });
      const stayed = items.length === old.length && items.every((item, i) => item === old[i]);
      kept = stayed ? old : items;
    } else if (equal(old, value)) kept = old;
    if (kept !== old || !Object.hasOwn(before, key)) same = false;
    out[key] = kept;
  }
  return same ? previous : (out as unknown as Feed);
}
