import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Answers } from '../schema/assessment.js';
import { evidenceKinds } from '../vocabulary/vocabulary.js';
import { frameworks } from './frameworks/frameworks.js';
import { parseAnswers } from './parse-answers.js';
import { scoreAssessment } from './score-assessment.js';

// Answers come from files, feeds and a page's form: whatever they hold, scoring answers with
// numbers in range (score-properties.test.ts proves the model's own invariants on valid input;
// here, both grids, junk input, prices). parseAnswers is the reader for untrusted answers.

const grids = Object.values(frameworks);
const idsOf = (f: (typeof grids)[number]) =>
  f.dimensions.flatMap((d) => d.criteria.map((c) => c.id));

const junkValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.record(
    {
      level: fc.oneof(fc.constantFrom(0, 1, 2, 3, 4, 'na', -1, 5, 2.5, '3', null), fc.double()),
      evidence: fc.oneof(fc.constantFrom(...evidenceKinds), fc.string({ maxLength: 8 })),
    },
    { requiredKeys: [] },
  ),
);
const junkAnswers = (ids: string[]) =>
  fc.dictionary(
    fc.oneof(
      fc.constantFrom(...ids),
      fc.constantFrom('__proto__', 'constructor', 'toString'),
      fc.string(),
    ),
    junkValue,
    { maxKeys: ids.length + 4 },
  );
const price = fc.record(
  {
    price: fc.oneof(fc.double({ min: -10, max: 1e9 }), fc.constantFrom(0, NaN, Infinity)),
    lowestPrice: fc.oneof(fc.double({ min: -10, max: 1e9 }), fc.constantFrom(0, NaN)),
  },
  { requiredKeys: [] },
);

function checkRanges(r: ReturnType<typeof scoreAssessment>, stages: number): void {
  const inRange = (n: number) => Number.isFinite(n) && n >= 0 && n <= 100;
  assert.ok(inRange(r.overall), `overall ${r.overall}`);
  for (const d of r.dimensions)
    assert.ok(d.score === null || inRange(d.score), `${d.id} ${d.score}`);
  assert.ok(r.declaredShare >= 0 && r.declaredShare <= 1);
  // Award grids (the tender grid) have no stages.
  if (stages) assert.ok(r.stage!.index >= 0 && r.stage!.index < stages);
  else assert.equal(r.stage, null);
  assert.ok(r.nextMoves.length <= 3);
  assert.doesNotThrow(() => JSON.stringify(r));
}

describe('scoring untrusted answers (fast-check)', () => {
  for (const grid of grids) {
    test(`${grid.id}: any object as answers: no throw, every number in range; a bad price: a RangeError`, () => {
      const ids = idsOf(grid);
      fc.assert(
        fc.property(junkAnswers(ids), price, (answers, p) => {
          const score = () => scoreAssessment(answers as Answers, grid, p);
          const lowest = p.lowestPrice ?? p.price;
          const hasPrice = grid.dimensions.some((d) =>
            d.criteria.some((c) => c.scoring === 'lowest-price-ratio'),
          );
          const priceOk =
            !hasPrice ||
            p.price === undefined ||
            (p.price > 0 && Number.isFinite(p.price) && lowest! > 0 && lowest! <= p.price);
          // A wrong price is the caller's error, said clearly; junk answers never are.
          if (!priceOk) assert.throws(score, RangeError);
          else checkRanges(score(), grid.stages?.length ?? 0);
        }),
        { numRuns: 300 },
      );
    });
  }

  test('parseAnswers reads anything without throwing, and what it keeps scores cleanly', () => {
    const ids = idsOf(frameworks.efcEct);
    const input = fc.oneof(
      fc.anything(),
      junkAnswers(ids),
      junkAnswers(ids).map((answers) => ({ framework: 'efc-ect', answers })),
      junkAnswers(ids).map((answers) => JSON.stringify({ answers })),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(input, (value) => {
        const parsed = parseAnswers(value);
        assert.ok(Array.isArray(parsed.problems));
        if (!parsed.answers) return;
        for (const [id, a] of Object.entries(parsed.answers)) {
          assert.ok(a.level === 'na' || [0, 1, 2, 3, 4].includes(a.level), `${id} ${a.level}`);
          assert.ok(a.evidence === undefined || evidenceKinds.includes(a.evidence), `${id}`);
        }
        checkRanges(scoreAssessment(parsed.answers), frameworks.efcEct.stages?.length ?? 0);
      }),
      { numRuns: 400 },
    );
  });
});
