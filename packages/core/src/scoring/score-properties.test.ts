import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Answer, Answers } from '../schema/assessment.js';
import { evidenceKinds } from '../vocabulary/vocabulary.js';
import { scoreAssessment } from './score-assessment.js';
import { ectIds } from './test-fixtures.js';

// Invariants of the model that no example-based test can cover: over random assessments,
// raising any level or any evidence never lowers the overall score nor the stage, and `na`
// never counts against.

const answer = fc.record(
  {
    level: fc.constantFrom<Answer['level']>(0, 1, 2, 3, 4, 'na'),
    evidence: fc.constantFrom(...evidenceKinds),
  },
  { requiredKeys: ['level'] },
);
const answers = fc
  .array(fc.option(answer, { nil: undefined }), {
    minLength: ectIds.length,
    maxLength: ectIds.length,
  })
  .map((list) => {
    const out: Answers = {};
    list.forEach((a, i) => {
      if (a) out[ectIds[i]!] = a;
    });
    return out;
  });
const criterion = fc.constantFrom(...ectIds);

const overall = (a: Answers) => scoreAssessment(a).overall;
const stage = (a: Answers) => scoreAssessment(a).stage!.index;

describe('scoring invariants (fast-check)', () => {
  test('raising any level never lowers the overall score nor the stage', () => {
    fc.assert(
      fc.property(answers, criterion, (a, id) => {
        const current = a[id];
        const level = current === undefined ? 0 : current.level;
        fc.pre(level !== 'na' && level < 4);
        const raised = { ...a, [id]: { ...current, level: (level + 1) as Answer['level'] } };
        assert.ok(overall(raised) >= overall(a));
        assert.ok(stage(raised) >= stage(a));
      }),
      { numRuns: 500 },
    );
  });

  test('raising any evidence never lowers the overall score nor the stage', () => {
    fc.assert(
      fc.property(answers, criterion, (a, id) => {
        const current = a[id];
        fc.pre(current !== undefined);
        const rank = evidenceKinds.indexOf(current!.evidence ?? 'declared');
        fc.pre(rank < 3);
        const raised = { ...a, [id]: { ...current!, evidence: evidenceKinds[rank + 1]! } };
        assert.ok(overall(raised) >= overall(a));
        assert.ok(stage(raised) >= stage(a));
      }),
      { numRuns: 500 },
    );
  });

  test('na never counts against: answering na instead of 0 lowers no score nor the stage', () => {
    fc.assert(
      fc.property(answers, criterion, (a, id) => {
        const current = a[id];
        fc.pre(current === undefined || current.level === 0);
        const before = scoreAssessment(a);
        const after = scoreAssessment({ ...a, [id]: { level: 'na' } });
        after.dimensions.forEach((d, i) => {
          if (d.score !== null && before.dimensions[i]!.score !== null)
            assert.ok(d.score >= before.dimensions[i]!.score!);
        });
        // When na does not remove a whole dimension, the overall score and stage cannot drop.
        const flipped = after.dimensions.some(
          (d, i) => d.score === null && before.dimensions[i]!.score !== null,
        );
        if (!flipped) {
          assert.ok(after.overall >= before.overall);
          assert.ok(after.stage!.index >= before.stage!.index);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('every number is in range, never NaN', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = scoreAssessment(a);
        assert.ok(r.overall >= 0 && r.overall <= 100);
        for (const d of r.dimensions)
          assert.ok(d.score === null || (d.score >= 0 && d.score <= 100));
        assert.ok(r.declaredShare >= 0 && r.declaredShare <= 1);
        assert.ok(r.scoreStage!.index >= r.stage!.index);
        assert.ok(r.nextMoves.length <= 3);
      }),
      { numRuns: 300 },
    );
  });

  test('following a suggested move gains what it says, and reaches the stage it unblocks', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = scoreAssessment(a);
        for (const m of r.nextMoves) {
          const current = a[m.criterion];
          const moved = {
            ...a,
            [m.criterion]: { level: m.to, evidence: m.evidence ?? current?.evidence ?? 'declared' },
          };
          const after = scoreAssessment(moved);
          assert.ok(
            Math.abs(after.overall - r.overall - m.gain) <= 0.11,
            `${m.message.en}: ${r.overall} → ${after.overall}`,
          );
          if (m.unblocks) assert.ok(after.stage!.index >= m.unblocks.index, m.message.en);
        }
      }),
      { numRuns: 300 },
    );
  });
});
