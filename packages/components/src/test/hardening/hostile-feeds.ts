// Hostile feeds made from a real one: every string field of every collection is walked, and a
// payload goes into each. Nothing here knows the feed's fields by name, so a field added to the
// format later is covered without touching the tests.
import { feedJsonSchema, parseFeed } from '@club-inne/core';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** One string somewhere in a feed, with its JSON path as parseFeed's issues spell it. */
export interface StringField {
  path: Path;
  jsonPath: string;
  value: string;
}

export function jsonPath(path: Path): string {
  return (
    '$' +
    path
      .map((k) =>
        typeof k === 'number'
          ? `[${k}]`
          : /^[A-Za-z_$][\w$]*$/.test(k)
            ? `.${k}`
            : `[${JSON.stringify(k)}]`,
      )
      .join('')
  );
}

/** Every string of a JSON value, depth first. */
export function stringFields(value: Json, path: Path = []): StringField[] {
  if (typeof value === 'string') return [{ path, jsonPath: jsonPath(path), value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringFields(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringFields(v, [...path, k]));
  return [];
}

function setAt(root: Json, path: Path, value: string): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]!] = value;
}

/** Item counts of each collection after parsing. */
export function counts(feed: unknown): Record<string, number> {
  const parsed = parseFeed(feed).feed as Record<string, unknown> | null;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(parsed ?? {})) if (Array.isArray(v)) out[k] = v.length;
  return out;
}

const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);

/**
 * The payloads in every string field the feed schema lets them stay in, in turn (field `i`
 * gets `payloads[(i + turn) % n]`): all fields are set, then each field an issue points at (or
 * under, or above) is put back, until the feed parses as cleanly as the original. What the
 * schema refuses is tested by `injectEverywhere` and `injectUrls`.
 */
export function injectKept(
  base: Json,
  payloads: readonly string[],
  { fields = stringFields(base), turn = 0 }: { fields?: StringField[]; turn?: number } = {},
): { feed: Json; injected: StringField[] } {
  const feed = structuredClone(base);
  const before = new Set(parseFeed(base).issues.map((i) => i.path));
  let active = fields;
  active.forEach((f, i) => setAt(feed, f.path, payloads[(i + turn) % payloads.length]!));
  for (let round = 0; round < 8; round++) {
    const issues = parseFeed(feed)
      .issues.map((i) => i.path)
      .filter((p) => !before.has(p));
    const refused = active.filter((f) =>
      issues.some((p) => related(f.jsonPath, p) || related(p, f.jsonPath)),
    );
    if (!refused.length) break;
    for (const f of refused) setAt(feed, f.path, f.value);
    active = active.filter((f) => !refused.includes(f));
  }
  return { feed, injected: active };
}

/** `payload` in every string field, whatever the schema thinks of it. */
export function injectEverywhere(base: Json, payload: string): Json {
  const feed = structuredClone(base);
  for (const f of stringFields(base)) setAt(feed, f.path, payload);
  return feed;
}

/** The string fields of a feed that hold a URL. */
export function urlFields(feed: Json): StringField[] {
  return stringFields(feed).filter((f) => /^(https:|mailto:|tel:)/.test(f.value));
}

/** The payloads in every URL field, in turn, none put back: items with a refused URL drop out. */
export function injectUrls(base: Json, payloads: readonly string[], turn = 0): Json {
  const feed = structuredClone(base);
  urlFields(base).forEach((f, i) => setAt(feed, f.path, payloads[(i + turn) % payloads.length]!));
  return feed;
}

/**
 * Sets, in place, every URL field of an already parsed feed: what a renderer would get if the
 * schema let a bad URL through. The renderer must not rely on the schema (security rule 3).
 */
export function tamperUrls(parsed: object, payloads: readonly string[], turn = 0): number {
  const fields = urlFields(parsed as Json);
  fields.forEach((f, i) => setAt(parsed as Json, f.path, payloads[(i + turn) % payloads.length]!));
  return fields.length;
}

interface SchemaNode {
  type?: string | string[];
  pattern?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
}

const isUrl = (s: SchemaNode) => typeof s.pattern === 'string' && /https/.test(s.pattern);
const hasUrl = (s: SchemaNode): boolean =>
  isUrl(s) || Object.values(s.properties ?? {}).some(hasUrl) || (s.anyOf ?? []).some(hasUrl);

/** A value for every URL-bearing property of an object schema that `item` lacks. */
function addUrls(item: Record<string, Json>, schema: SchemaNode, where: string): void {
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const s = prop.anyOf?.find(hasUrl) ?? prop;
    if (item[name] !== undefined || !hasUrl(s)) continue;
    if (isUrl(s)) item[name] = `https://example.org/${where}/${name}`;
    else if (s.properties) {
      const child: Record<string, Json> = {};
      for (const req of s.required ?? [])
        if (!hasUrl(s.properties[req] ?? {})) child[req] = `${name} ${req}`;
      addUrls(child, s, `${where}/${name}`);
      item[name] = child;
    }
  }
}

/**
 * The feed with every optional URL the JSON Schema knows filled in on every item (`url`,
 * `image.src`, `contact`…): the club's own feed has none, and the corpus needs them.
 */
export function withEveryUrl(base: Json): Json {
  const feed = structuredClone(base) as Record<string, Json>;
  const schema = feedJsonSchema() as SchemaNode;
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const value = feed[key];
    if (Array.isArray(value) && prop.items)
      value.forEach((item, i) => addUrls(item as Record<string, Json>, prop.items!, `${key}/${i}`));
    else if (value && typeof value === 'object' && !Array.isArray(value)) addUrls(value, prop, key);
  }
  return feed;
}
