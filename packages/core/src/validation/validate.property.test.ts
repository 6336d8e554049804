import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { inspect } from 'node:util';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { collectionReaders } from '../feed/collection-readers.js';
import { sampleFeed } from '../feed/sample-feed.fixture.js';
import { describeProblem } from '../feed/messages.js';
import type { SchemaProblem } from '../feed/messages.js';
import { answerSchema, criterionIdSchema } from '../schema/assessment.js';
import { collectionNames } from '../schema/collection-names.js';
import { collectionSchemas, publisherSchema } from '../schema/feed.js';
import { date, dateTime, id } from '../schema/primitives.js';
import { frameworkSchema } from '../scoring/framework-schema.js';
import { efcEctDefinition } from '../scoring/frameworks/efc-ect.js';
import { efcTenderDefinition } from '../scoring/frameworks/efc-tender.js';
import type { PlanNode } from './plan.js';
import { validate } from './validate.js';
import {
  answerPlan,
  criterionIdPlan,
  datePlan,
  dateTimePlan,
  frameworkPlan,
  idPlan,
  publisherPlan,
} from './validation-plan.generated.js';

const collectionPlans = Object.fromEntries(
  collectionNames.map((name) => [name, collectionReaders[name].plan]),
) as Record<(typeof collectionNames)[number], PlanNode>;

// The validation plan must be invisible: for any input, what zod's schema says. The same
// verdict; for a valid value the very same data (trimmed texts, absent keys left absent, unknown
// keys dropped); for an invalid one the same problems in the same order, with the same codes,
// paths and French and English messages.

function agrees(schema: z.ZodMiniType, plan: PlanNode, value: unknown): void {
  const expected = schema.safeParse(value, { reportInput: true });
  const got = validate(plan, value);
  const about = () => inspect(value, { depth: 4, maxStringLength: 80 });
  if (got.ok !== expected.success) assert.fail(`zod says ${expected.success} on ${about()}`);
  if (got.ok && expected.success) {
    assert.deepStrictEqual(got.data, expected.data);
  } else if (!got.ok && !expected.success) {
    const theirs = (expected.error.issues as SchemaProblem[]).map((p) => ({
      code: p.code,
      path: p.path,
      message: describeProblem(p),
    }));
    const ours = got.problems.map((p) => ({
      code: p.code,
      path: p.path,
      message: describeProblem(p),
    }));
    assert.deepStrictEqual(ours, theirs, `problems of ${about()}`);
  }
}

const clubFeed = JSON.parse(
  readFileSync(new URL('../../../components/src/club-inne.feed.json', import.meta.url), 'utf8'),
) as Record<string, unknown[] | undefined>;

/** The valid items of a collection in the club's feed and the sample feed. */
function itemsOf(name: string): object[] {
  const sample = sampleFeed() as unknown as Record<string, unknown[] | undefined>;
  return [...(clubFeed[name] ?? []), ...(sample[name] ?? [])] as object[];
}

// Texts and lists at each length limit of the schemas and one past it, in UTF-16 units and in
// code points (a surrogate pair counts once).
const limitsUsed = [1, 4, 8, 13, 16, 20, 50, 60, 64, 80, 120, 200, 300, 2048, 4000];
const limitValues: unknown[] = limitsUsed.flatMap((n) => [
  'a'.repeat(n),
  'a'.repeat(n + 1),
  ` ${'b'.repeat(n)} `,
  '\u{1F600}'.repeat(n),
  '\u{1F600}'.repeat(n + 1),
  Array.from({ length: n }, (_, i) => `x-${i}`),
  Array.from({ length: n + 1 }, () => 'se-nourrir'),
]);
const atLimits = fc.constantFrom(...limitValues);

// Values that sit on the schemas' edges: padded and empty texts, surrogate pairs near a length
// limit, URLs the parser reads differently, dates with and without offsets, odd objects.
const oddList: unknown[] = [
  '',
  ' ',
  '  x  ',
  '\u{1F600}'.repeat(41),
  '\u{1F600}'.repeat(81),
  '\u{1F600}'.repeat(2049),
  'a'.repeat(81),
  'a'.repeat(4001),
  'https://example.org/x',
  'https://exa\nmple.org',
  'https:example.org',
  'https://user:pw@example.org',
  'https://a:99999',
  'https:///example.org',
  ' https://example.org',
  'mailto:a@b.c',
  '2025-11-06',
  '2025-02-30',
  '2025-11-06T18:00:00+01:00',
  '2025-11-06T18:00:00',
  'Europe/Paris',
  'Mars/Olympus',
  'EUR',
  'FR',
  'porteur',
  'emergence',
  'se-nourrir',
  'commune',
  'na',
  'offer.logic',
  0,
  -0,
  1.5,
  4,
  5,
  100,
  2025,
  1e21,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  Number.NaN,
  Infinity,
  null,
  true,
  [],
  [1, 2],
  Array.from({ length: 60 }, (_, i) => `x-${i}`),
  new Array(3),
  { length: 100 },
  { length: 'x' },
  {},
  JSON.parse('{"__proto__": {"level": 1}, "offer.logic": {"level": 2}}'),
  Object.assign(Object.create(null) as object, { fr: 'a', en: 'b' }),
  new Date(0),
  new Map(),
];
const oddValues = fc.constantFrom(...oddList);

const edgy = fc.oneof(
  { arbitrary: oddValues, weight: 4 },
  { arbitrary: atLimits, weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

// Numbers at and around every bound of the schemas.
const numberList = [-1, -0.5, 0, 1e-9, 0.5, 1, 2, 3, 4, 5, 20, 21, 99.5, 100, 100.5, 2000, 2100];
const numbers = [...numberList, 2101, 1_000_000, 1_000_001, 100_000_000, 100_000_001];

type ZodNode = { _zod: { def: Record<string, never> } };

/** Each part of a zod schema, with the plan node it became (one per distinct node). */
function partsOf(schema: ZodNode, plan: PlanNode, out = new Map<PlanNode, ZodNode>()) {
  if (out.has(plan)) return out;
  out.set(plan, schema);
  const d = schema._zod.def as Record<string, ZodNode & ZodNode[] & Record<string, ZodNode>>;
  if (plan.type === 'object')
    for (const [key, node] of Object.entries(plan.shape)) partsOf(d.shape![key]!, node, out);
  else if (plan.type === 'optional') partsOf(d.innerType!, plan.of, out);
  else if (plan.type === 'array') partsOf(d.element!, plan.of, out);
  else if (plan.type === 'union') plan.of.forEach((node, i) => partsOf(d.options![i]!, node, out));
  else if (plan.type === 'record') {
    partsOf(d.keyType!, plan.key, out);
    partsOf(d.valueType!, plan.value, out);
  }
  return out;
}

/** Every key of every object in a plan: absent optional fields get values too. */
function keysOf(plan: PlanNode, out = new Set<string>()): string[] {
  if (plan.type === 'object') {
    for (const [key, node] of Object.entries(plan.shape)) {
      out.add(key);
      keysOf(node, out);
    }
  } else if (plan.type === 'optional' || plan.type === 'array') keysOf(plan.of, out);
  else if (plan.type === 'union') for (const node of plan.of) keysOf(node, out);
  else if (plan.type === 'record') keysOf(plan.value, out);
  return [...out];
}

/** Every path inside a value (objects and arrays), the empty path first. */
function pathsOf(value: unknown, prefix: PropertyKey[] = [], out: PropertyKey[][] = []) {
  out.push(prefix);
  if (typeof value === 'object' && value !== null && out.length < 400) {
    for (const [key, child] of Object.entries(value))
      pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

/** A copy of `value` with what is at `path` replaced (or, with `remove`, taken out). */
function changedAt(value: unknown, path: PropertyKey[], next: unknown, remove: boolean): unknown {
  if (path.length === 0) return next;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    PropertyKey,
    unknown
  >;
  const [head, ...rest] = path as [PropertyKey, ...PropertyKey[]];
  if (remove && rest.length === 0) delete copy[head];
  else copy[head] = changedAt(copy[head], rest, next, remove);
  return copy;
}

/** Valid values, and values with one thing changed anywhere inside: a field, an element, a key. */
function around(valid: readonly unknown[], extraKeys: string[] = []) {
  return fc
    .tuple(
      fc.constantFrom(...valid),
      edgy,
      fc.boolean(),
      fc.nat(),
      fc.constantFrom('', ...extraKeys),
    )
    .map(([value, next, remove, pick, extra]) => {
      const paths = pathsOf(value);
      const path = paths[pick % paths.length]!;
      // Sometimes a key the schema does not know, or a required one taken out.
      const target = path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)[k], value);
      const isObject = typeof target === 'object' && target !== null && !Array.isArray(target);
      if (extra && isObject) return changedAt(value, [...path, extra], next, false);
      return changedAt(value, path, next, remove);
    });
}

/** Each schema browsers validate with, and its plan. */
const roots: [z.ZodMiniType, PlanNode][] = [
  ...collectionNames.map((n): [z.ZodMiniType, PlanNode] => [
    collectionSchemas[n],
    collectionPlans[n],
  ]),
  [frameworkSchema, frameworkPlan],
  [answerSchema, answerPlan],
  [publisherSchema, publisherPlan],
];

const anything = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  withBoxedValues: true,
});

describe('the validation plan, against the zod schemas', () => {
  test('agrees on every item of the club feed and the sample feed', () => {
    for (const name of collectionNames) {
      for (const item of itemsOf(name))
        agrees(collectionSchemas[name], collectionPlans[name], item);
    }
    agrees(publisherSchema, publisherPlan, sampleFeed().publisher);
    agrees(frameworkSchema, frameworkPlan, efcEctDefinition);
    agrees(frameworkSchema, frameworkPlan, efcTenderDefinition);
  });

  test('agrees part by part, on every edge value', () => {
    const parts = new Map<PlanNode, ZodNode>();
    for (const [schema, plan] of roots) partsOf(schema as unknown as ZodNode, plan, parts);
    for (const [plan, schema] of parts) {
      for (const value of [...oddList, ...limitValues, ...numbers, undefined])
        agrees(schema as unknown as z.ZodMiniType, plan, value);
    }
  });

  test('agrees on feed items with one thing changed anywhere', () => {
    for (const name of collectionNames) {
      fc.assert(
        fc.property(
          around(itemsOf(name), ['extra', 'length', ...keysOf(collectionPlans[name])]),
          (item) => agrees(collectionSchemas[name], collectionPlans[name], item),
        ),
        { numRuns: 400 },
      );
    }
  });

  test('agrees on grids with one thing changed anywhere', () => {
    fc.assert(
      fc.property(
        around([efcEctDefinition, efcTenderDefinition], ['extra', ...keysOf(frameworkPlan)]),
        (grid) => agrees(frameworkSchema, frameworkPlan, grid),
      ),
      { numRuns: 400 },
    );
  });

  test('agrees on records of answers, whatever their keys', () => {
    const key = fc.oneof(
      fc.constantFrom(
        'offer.logic',
        'a',
        'a.b.c',
        '__proto__',
        'constructor',
        '0',
        '1.5',
        'A',
        'a..b',
      ),
      fc.string({ maxLength: 6 }),
      fc.constant('a'.repeat(81)),
    );
    const value = fc.oneof(
      fc.constant({ level: 2 }),
      fc.constant({ level: 'na', evidence: 'declared' }),
      edgy,
    );
    const answers = fc.dictionary(key, value, { maxKeys: 5 }).map(
      (entries) =>
        // `fc.dictionary` may give `__proto__` as an own key; JSON.parse does the same.
        JSON.parse(JSON.stringify(entries)) as object,
    );
    const [assessment] = itemsOf('assessments');
    // Objects that are not plain (a date, a map, a class instance, a list), and plain ones that
    // zod reads by their own keys only (without prototype, with inherited keys).
    const notPlain = fc.constantFrom<unknown>(
      new Date(0),
      new Map([['offer.logic', { level: 2 }]]),
      new (class Answers {})(),
      Object.create(null),
      Object.assign(Object.create({ inherited: { level: 9 } }) as object, {
        'offer.logic': { level: 1 },
      }),
      [],
    );
    fc.assert(
      fc.property(fc.oneof(answers, fc.dictionary(key, value, { maxKeys: 5 }), notPlain), (a) =>
        agrees(collectionSchemas.assessments, collectionPlans.assessments, {
          ...assessment,
          answers: a,
        }),
      ),
      { numRuns: 400 },
    );
  });

  test('agrees on answers, criterion ids, ids, dates and publishers', () => {
    const answer = fc.record(
      { level: fc.constantFrom<unknown>(0, 1, 2, 3, 4, 'na', 5, '2', null), evidence: edgy },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(answer, around([{ level: 2, evidence: 'document' }]), edgy), (v) =>
        agrees(answerSchema, answerPlan, v),
      ),
      { numRuns: 400 },
    );
    const text = fc.oneof(
      edgy,
      fc.string(),
      fc.stringMatching(/^[a-z][a-zA-Z0-9.]{0,90}$/),
      fc.stringMatching(/^[a-z0-9-]{0,90}$/),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(text, (v) => {
        agrees(criterionIdSchema, criterionIdPlan, v);
        agrees(id(), idPlan, v);
        agrees(date(), datePlan, v);
        agrees(dateTime(), dateTimePlan, v);
      }),
      { numRuns: 600 },
    );
    fc.assert(
      fc.property(around([sampleFeed().publisher, { name: ' Club ', url: 'https://a.fr' }]), (v) =>
        agrees(publisherSchema, publisherPlan, v),
      ),
      { numRuns: 300 },
    );
  });

  test('agrees on anything at all, including values JSON cannot hold', () => {
    fc.assert(
      fc.property(fc.constantFrom(...roots), anything, ([schema, plan], v) =>
        agrees(schema, plan, v),
      ),
      { numRuns: 600 },
    );
  });
});
