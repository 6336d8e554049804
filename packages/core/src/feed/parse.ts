import { collectionNames } from '../schema/collection-names.js';
import type { CollectionName } from '../schema/collection-names.js';
import { emptyFeed } from '../schema/empty-feed.js';
import type { Feed } from '../schema/feed.js';
import { limits } from '../schema/limits.js';
import type { Localized } from '../i18n/locale.js';
import { compilePlan } from '../validation/compile-plan.js';
import type { Problem } from '../validation/problem.js';
import { INVALID } from '../validation/validator.js';
import { collectionReaders } from './collection-readers.js';
import { readEnvelope } from './envelope.js';
import type { CollectionReader } from './collection-readers.js';
import { jsonPath } from './issue.js';
import type { FeedIssue } from './issue.js';
import {
  describeIssue,
  describeLeftOut,
  describeNotAnId,
  describeProblem,
  notUtf8Reason,
} from './messages.js';
import { meantIds } from './meant-ids.js';
import { isUnknownWordInList, withoutParts } from './without-parts.js';

/** Limits and the collections to read, for `parseFeed`. */
export interface ParseFeedOptions {
  /** Largest feed accepted as text, in bytes (UTF-16 code units). Default 5 MB. */
  maxBytes?: number;
  /** Most items kept per collection. Default 20,000. */
  maxItems?: number;
  /**
   * Most field problems reported for one item left out. Default 5. An item kept without some
   * of its parts (a word of a list, a reference that is not an id, a wrong image or web
   * address) reports each of them.
   */
  maxProblemsPerItem?: number;
  /**
   * Only these collections are read (checked, kept and reported); the others stay empty
   * in the result, with no issue about them. References into a collection not read are kept
   * unchecked. Default: every collection.
   */
  collections?: readonly CollectionName[];
}

/** What `parseFeed` returns: the valid part of the feed and every issue found. */
export interface ParseFeedResult {
  /** The valid part of the feed, or `null` when the input is not a feed at all. */
  feed: Feed | null;
  issues: FeedIssue[];
}

function kindOf(value: unknown): Localized {
  if (value === null) return { fr: 'null', en: 'null' };
  if (Array.isArray(value)) return { fr: 'une liste', en: 'a list' };
  if (typeof value === 'string') return { fr: 'un texte', en: 'a text' };
  if (typeof value === 'number') return { fr: 'un nombre', en: 'a number' };
  return { fr: typeof value, en: typeof value };
}

/** A short, safe description of any value: never `JSON.stringify` (cycles, BigInt, depth). */
function shortValue(value: unknown): string | Localized {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return kindOf(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readId(item: unknown): string | undefined {
  if (!isRecord(item) || !Object.hasOwn(item, 'id')) return undefined;
  const id = item.id;
  return typeof id === 'string' && id.length <= limits.id ? id : undefined;
}

/**
 * Reads a feed leniently: every valid item is kept; every invalid one is left out and
 * reported with its JSON path, id, a code and a message in French and English. Never throws,
 * whatever the input: a JSON text (a string, or UTF-8 bytes), a parsed value, or anything
 * else. Only a `collections` option naming no collection throws (a `TypeError`).
 *
 * @example
 * const { feed, issues } = parseFeed(await (await fetch(url)).text());
 * if (feed) show(feed.projects);
 * for (const i of issues) console.warn(i.path, i.message.fr);
 *
 * // Only what a page shows: the other collections are neither checked nor reported.
 * parseFeed(text, { collections: ['projects', 'actors'] });
 */
export function parseFeed(input: unknown, options?: ParseFeedOptions | null): ParseFeedResult {
  const names = options?.collections ?? collectionNames;
  if (!Array.isArray(names)) {
    throw new TypeError(
      `parseFeed: options.collections must be a list of collection names, such as ["projects", "actors"]`,
    );
  }
  return parseCollections(input, names.map(readerOf), options);
}

/**
 * The reader of a collection named in `collections`. A name that is not a collection is the
 * caller's mistake, not the feed's: left unchecked it would read nothing and report nothing,
 * so it stops the call with a message that lists the names.
 */
function readerOf(name: CollectionName): CollectionReader {
  if (!Object.hasOwn(collectionReaders, name)) {
    throw new TypeError(
      `parseFeed: unknown collection ${JSON.stringify(name)} in options.collections; the collections are ${collectionNames.join(', ')}`,
    );
  }
  return collectionReaders[name];
}

/**
 * `parseFeed` with `collections`, given as their readers (`projectsReader`, `actorsReader`…)
 * instead of their names: a bundle then carries the rules of these collections only, not those
 * of every collection. The result is the same as `parseFeed(input, { collections })`, for JSON
 * text, UTF-8 bytes or a value.
 *
 * @example
 * import { actorsReader, parseCollections, projectsReader } from '@club-inne/core';
 * const { feed, issues } = parseCollections(text, [projectsReader, actorsReader]);
 */
export function parseCollections(
  input: unknown,
  readers: readonly CollectionReader[],
  options?: Omit<ParseFeedOptions, 'collections'> | null,
): ParseFeedResult {
  const maxBytes = options?.maxBytes ?? limits.feedBytes;
  const maxItems = options?.maxItems ?? limits.items;
  const maxProblems = options?.maxProblemsPerItem ?? 5;
  const issues: FeedIssue[] = [];
  const fail = (
    code: 'not-json' | 'too-large' | 'not-a-feed' | 'unsupported-version',
    detail?: string | Localized,
  ) => {
    issues.push({ severity: 'error', code, path: '$', message: describeIssue(code, detail) });
    return { feed: null, issues };
  };

  // Bytes are read as UTF-8 text: `readFile(path)` without an encoding, or a response's
  // `arrayBuffer()`, would otherwise be taken for an object without "version"; a page's loader
  // hands over the bytes it could not decode. Any buffer source decodes; the cast only settles
  // the DOM and Node typings' disagreement. A file saved in another encoding (Windows-1252,
  // UTF-16) is refused: decoded anyway, every accent of every name would turn into "�" with no
  // issue to say so.
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    try {
      input = new TextDecoder('utf-8', { fatal: true }).decode(input as Uint8Array);
    } catch {
      return fail('not-json', notUtf8Reason);
    }
  }
  let value = input;
  if (typeof input === 'string') {
    if (input.length > maxBytes) return fail('too-large', sizeOf(maxBytes));
    try {
      // A byte order mark is what Windows editors put first; JSON.parse refuses it.
      value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      // The engine's reason is English, and worded differently by each browser: French gets
      // the sentence alone rather than a sentence that switches language halfway (the CLI
      // finds the line and the reason itself, in both languages).
      const en = error instanceof Error ? error.message.slice(0, 120) : '';
      return fail('not-json', { fr: '', en });
    }
  }
  if (!isRecord(value)) return fail('not-a-feed', kindOf(value));

  const hasCollection = collectionNames.some((name) => Object.hasOwn(value, name));
  if (!Object.hasOwn(value, 'version')) {
    if (!hasCollection)
      return fail('not-a-feed', {
        fr: 'un objet sans "version"',
        en: 'an object without "version"',
      });
    issues.push({
      severity: 'warning',
      code: 'missing-version',
      path: '$.version',
      message: describeIssue('missing-version'),
    });
  } else if (value.version !== 1) {
    const v = value.version;
    if (typeof v === 'number' && Number.isFinite(v) && v > 1)
      return fail('unsupported-version', String(v));
    const shown = shortValue(v);
    const text = (l: string) =>
      `"version": ${typeof shown === 'string' ? shown : shown[l as 'fr']}`;
    return fail('not-a-feed', { fr: text('fr'), en: text('en') });
  }

  const feed = emptyFeed();
  // Issues name an item by its place in the input, not in the (shorter) valid list.
  const sourceIndex = new WeakMap<object, number>();
  // The ids of the items kept, by collection read: for duplicates, then for references.
  const ids: { actors?: Set<string>; projects?: Set<string> } = {};
  readEnvelope(value, feed, issues);
  const meant = meantIds(feed);

  // In the feed's order whatever the order given, so that issues come in the same order.
  const read: CollectionReader[] = [];
  for (const name of collectionNames) {
    const reader = readers.find((r) => r.name === name);
    if (!reader) continue;
    read.push(reader);
    const seen = new Set<string>();
    if (name === 'actors' || name === 'projects') ids[name] = seen;
    if (!Object.hasOwn(value, name)) continue;
    const items = value[name];
    if (!Array.isArray(items)) {
      issues.push({
        severity: 'error',
        code: 'not-a-list',
        path: jsonPath([name]),
        collection: name,
        message: describeIssue('not-a-list', name),
      });
      continue;
    }
    if (items.length > maxItems) {
      issues.push({
        severity: 'error',
        code: 'too-many-items',
        path: jsonPath([name]),
        collection: name,
        message: describeIssue('too-many-items', String(maxItems)),
      });
    }
    readCollection(
      reader,
      items.slice(0, maxItems),
      feed,
      issues,
      maxProblems,
      sourceIndex,
      seen,
      meant,
    );
  }

  // References once every collection is read, each by its reader, in the same order.
  const refs = { issues, sourceIndex, ...ids };
  for (const reader of read) reader.references?.(feed, refs);
  return { feed, issues };
}

function sizeOf(bytes: number): Localized {
  if (bytes >= 1e6)
    return { fr: `${+(bytes / 1e6).toFixed(1)} Mo`, en: `${+(bytes / 1e6).toFixed(1)} MB` };
  return { fr: `${bytes} octets`, en: `${bytes} bytes` };
}

function readCollection(
  { name, plan, check, referenceAt, presentational }: CollectionReader,
  items: unknown[],
  feed: Feed,
  issues: FeedIssue[],
  maxProblems: number,
  sourceIndex: WeakMap<object, number>,
  seen: Set<string>,
  meant: ReturnType<typeof meantIds>,
): void {
  // Most items are valid: read once, without a problem list. The others are read again, for
  // every problem in zod's terms.
  const read = compilePlan(plan);
  const out = feed[name] as unknown[];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    let data = read(item, null) as { id: string } | typeof INVALID;
    if (data === INVALID) {
      const problems: Problem[] = [];
      read(item, problems);
      const itemId = readId(item);
      // Several checks of one field can fail at once (pattern and URL): one issue per path.
      const byPath = new Map<string, Problem>();
      for (const problem of problems) {
        const path = jsonPath([name, index, ...problem.path]);
        if (!byPath.has(path)) byPath.set(path, problem);
      }
      const faults = [...byPath];
      // A reference written with a text that is not an id goes as a dangling one does: with
      // its list entry or field, the item kept; or, when the item means nothing without it (a
      // link's end), the item is left out. Either way, with the id it likely meant.
      const refs = faults.map(([, p]) =>
        typeof p.input === 'string' ? referenceAt?.(p.path, item) : undefined,
      );
      // A field that only presents the item (an image, its web address) goes whole, whichever
      // of its parts is wrong: an image without its address shows nothing. No such field is a
      // list of words or a reference.
      const fields = faults.map(([, p]) =>
        presentational?.includes(p.path[0] as string) ? p.path.slice(0, 1) : undefined,
      );
      const kept = withoutParts(
        item,
        faults.map(([, p], i) => (isUnknownWordInList(p) ? p.path : (refs[i]?.drop ?? fields[i]))),
        read,
      ) as { id: string } | undefined;
      faults.slice(0, kept ? undefined : maxProblems).forEach(([path, problem], i) => {
        const ref = refs[i];
        const field = kept && (fields[i]?.[0] as string | undefined);
        const input = problem.input as string;
        const sentence = describeProblem(problem);
        // What was dropped is named before why, as the item stays without it: a text only,
        // never `String` of any value (given as `.feed`, it may be deep or have no text form).
        const value = kept && typeof input === 'string' && JSON.stringify(input.slice(0, 40));
        const said = value
          ? { fr: `${value}\u00a0: ${sentence.fr}`, en: `${value}: ${sentence.en}` }
          : sentence;
        issues.push({
          severity: kept ? 'warning' : 'error',
          code: !kept
            ? 'invalid-field'
            : ref
              ? 'dangling-reference'
              : field
                ? 'ignored-field'
                : 'unknown-value',
          path,
          collection: name,
          itemId,
          message: ref
            ? describeNotAnId(said, !!kept, meant(ref.target, input))
            : kept
              ? describeLeftOut(said, field)
              : sentence,
        });
      });
      if (!kept) continue;
      data = kept;
    }
    if (seen.has(data.id)) {
      issues.push({
        severity: 'error',
        code: 'duplicate-id',
        path: jsonPath([name, index, 'id']),
        collection: name,
        itemId: data.id,
        message: describeIssue('duplicate-id', data.id),
      });
      continue;
    }
    const problem = check?.(data);
    if (problem) {
      issues.push({
        severity: 'error',
        code: problem.code,
        path: jsonPath([name, index, problem.field]),
        collection: name,
        itemId: data.id,
        message: problem.message,
      });
      continue;
    }
    seen.add(data.id);
    // Only items after a left-out one are not at their input index (most feeds: none).
    if (out.length !== index) sourceIndex.set(data, index);
    out.push(data);
  }
}
