import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { actorSchema } from '../schema/actor.js';
import { collectionNames } from '../schema/collection-names.js';
import { projectSchema } from '../schema/project.js';
import { actorKinds, phases, roles, spheres } from '../vocabulary/vocabulary.js';
import { parseFeed } from './parse.js';
import type { ParseFeedResult } from './parse.js';

// Property-based tests: whatever JSON a partner publishes, parseFeed answers (never throws),
// and one broken item never costs a valid one.

const id = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,18}[a-z0-9])?$/);
const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);

const actor = fc.record(
  { id, name, kind: fc.constantFrom(...actorKinds), member: fc.boolean() },
  { requiredKeys: ['id', 'name', 'kind'] },
);

const project = (actorIds: string[]) =>
  fc.record(
    {
      id,
      title: name,
      phase: fc.constantFrom(...phases),
      spheres: fc.subarray([...spheres]),
      actors: actorIds.length
        ? fc.array(
            fc.record({ actor: fc.constantFrom(...actorIds), role: fc.constantFrom(...roles) }),
            { maxLength: 3 },
          )
        : fc.constant([]),
    },
    { requiredKeys: ['id', 'title'] },
  );

/**
 * A valid item with one field spoiled, or any JSON at all, as long as the schema refuses it
 * for more than what parseFeed drops alone (unknown words of its lists, references that are
 * not ids), the item kept.
 */
const broken = <T extends object>(
  valid: fc.Arbitrary<T>,
  schema: {
    safeParse(value: unknown): {
      success: boolean;
      error?: { issues: { code: string; path: PropertyKey[] }[] };
    };
  },
  fields: string[],
) =>
  fc
    .oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc
        .tuple(valid, fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 }))
        .map(([item, field, junk]) => ({ ...item, [field]: junk })),
    )
    .filter((item) => {
      const result = schema.safeParse(item);
      // What parseFeed drops, the item kept: words of its lists, and a project's actor
      // written with a text that is not an id (with its entry).
      const onlyDroppable = result.error?.issues.every(
        (i) =>
          (i.code === 'invalid_value' && typeof i.path[i.path.length - 1] === 'number') ||
          (i.path[0] === 'actors' &&
            i.path[2] === 'actor' &&
            typeof (item as { actors: { actor?: unknown }[] }).actors[i.path[1] as number]
              ?.actor === 'string'),
      );
      return !result.success && !onlyDroppable;
    });

/** Valid and broken items in a random order, each tagged with what it is. */
function mixed<T extends { id: string }>(valid: fc.Arbitrary<T>, spoiled: fc.Arbitrary<unknown>) {
  return fc
    .tuple(
      fc.uniqueArray(valid, { selector: (item) => item.id, maxLength: 12 }),
      fc.array(spoiled, { maxLength: 8 }),
    )
    .chain(([good, bad]) => {
      const all = [
        ...good.map((item) => ({ ok: true, item })),
        ...bad.map((item) => ({ ok: false, item })),
      ];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    });
}

function checkShape({ feed, issues }: ParseFeedResult): void {
  for (const issue of issues) {
    assert.ok(issue.severity === 'error' || issue.severity === 'warning');
    assert.ok(issue.path.startsWith('$'));
    assert.ok(issue.message.fr.length > 0 && issue.message.en.length > 0);
  }
  const fatal = issues.some((i) => i.path === '$' && i.severity === 'error');
  assert.equal(feed === null, fatal, 'feed is null exactly when the whole input is refused');
  if (feed) {
    // What parseFeed gives back is itself a clean feed (assessments of unknown subjects stay).
    const again = parseFeed(feed);
    assert.deepEqual(again.feed, feed);
    assert.ok(
      again.issues.every((i) => i.code === 'dangling-reference' && i.collection === 'assessments'),
    );
  }
}

describe('parseFeed properties', () => {
  test('never throws on any JSON value, as a value or as text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        checkShape(parseFeed(value));
        checkShape(parseFeed(JSON.stringify(value)));
      }),
      { numRuns: 400 },
    );
    const keys = fc.constantFrom(...collectionNames, 'publisher', 'updatedAt', '__proto__', 'id');
    const withVersion = fc
      .dictionary(keys, fc.jsonValue({ maxDepth: 4 }))
      .map((v) => ({ ...v, version: 1 }));
    fc.assert(
      fc.property(withVersion, (value) => {
        checkShape(parseFeed(value));
        checkShape(parseFeed(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on anything at all, including values JSON cannot hold', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withNullPrototype: true,
          withTypedArray: true,
        }),
        (value) => {
          checkShape(parseFeed(value));
          checkShape(parseFeed({ version: 1, projects: [value], actors: value, links: [value] }));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('never throws on feed-shaped junk', () => {
    const junk = fc.jsonValue({ maxDepth: 3 });
    const feedish = fc.record(
      {
        version: fc.constantFrom<unknown>(1, 1, 1, 2, '1', null),
        publisher: fc.oneof(fc.record({ name }), junk),
        updatedAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          junk,
        ),
        actors: fc.oneof(fc.array(fc.oneof(actor, junk)), junk),
        projects: fc.oneof(fc.array(fc.oneof(project([]), junk)), junk),
        events: fc.array(junk),
        links: fc.array(
          fc.record({ id, from: id, to: id, intensity: fc.integer({ min: 0, max: 5 }) }),
        ),
        membership: fc.array(junk),
        assessments: fc.array(
          fc.record({
            id,
            subject: fc.record({ type: fc.constantFrom('project', 'actor'), id }),
            date: fc.constant('2025-01-01'),
            answers: fc.dictionary(fc.string(), junk),
          }),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(feedish, (value) => checkShape(parseFeed(value))),
      { numRuns: 300 },
    );
  });

  test('keeps every valid item, in order, whatever broken items sit among them', () => {
    const feeds = mixed(actor, broken(actor, actorSchema, ['id', 'name', 'kind', 'member'])).chain(
      (actors) => {
        const actorIds = actors.filter((a) => a.ok).map((a) => (a.item as { id: string }).id);
        return mixed(
          project(actorIds),
          broken(project(actorIds), projectSchema, ['id', 'title', 'phase', 'spheres', 'actors']),
        ).map((projects) => ({ actors, projects }));
      },
    );
    fc.assert(
      fc.property(feeds, ({ actors, projects }) => {
        const input = {
          version: 1,
          actors: actors.map((a) => a.item),
          projects: projects.map((p) => p.item),
        };
        const { feed, issues } = parseFeed(input);
        assert.ok(feed);
        for (const [name, tagged] of [
          ['actors', actors],
          ['projects', projects],
        ] as const) {
          const kept: string[] = (feed[name] as { id: string }[]).map((item) => item.id);
          const valid = tagged.filter((t) => t.ok).map((t) => (t.item as { id: string }).id);
          assert.deepEqual(kept, valid, `every valid ${name} item stays`);
          tagged.forEach((t, index) => {
            const about = issues.filter((i) => i.path.startsWith(`$.${name}[${index}]`));
            // A valid item has no issue; a broken one has at least one, an error.
            assert.equal(about.length > 0, !t.ok, `${name}[${index}] ${JSON.stringify(t.item)}`);
            if (!t.ok) assert.ok(about.some((i) => i.severity === 'error'));
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
