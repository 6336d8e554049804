import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareAssessments } from './compare-assessments.js';
import { ect } from './test-fixtures.js';

const before = { date: '2024-03-01', answers: ect('2 1 1 / 1 1 / 2 2 1 / 2 1 / 2 1 / 2 1 1') }; // 35, stage 2
const after = { date: '2025-03-01', answers: ect('3 2 1 / 2 2 / 2 2 2 / 2 2 / 2 2 / 2 2 2') }; // 50, stage 3

describe('compareAssessments', () => {
  test('overall and per-dimension deltas, stage change, days between', () => {
    const t = compareAssessments(before, after);
    assert.deepEqual(t.overall, { before: 35, after: 50, delta: 15 });
    assert.equal(t.days, 365);
    assert.deepEqual([t.stage.before!.index, t.stage.after!.index, t.stage.delta], [2, 3, 1]);
    assert.deepEqual(
      t.dimensions.map((d) => d.delta),
      [16.7, 25, 8.3, 12.5, 12.5, 16.7],
    );
    assert.deepEqual(
      t.changes.map((c) => c.criterion),
      [
        'offer.logic',
        'offer.usefulEffects',
        'immaterial.trust',
        'immaterial.work',
        'cooperation.desiloing',
        'territory.social',
        'evaluation.contract',
        'governance.formalisation',
        'governance.economicModel',
      ],
    );
    assert.deepEqual(t.changes[0]!.before, { declared: 2, level: 2, evidence: 'third-party' });
    assert.deepEqual(t.changes[0]!.after, { declared: 3, level: 3, evidence: 'third-party' });
  });

  test('the two are put in order of date', () => {
    const t = compareAssessments(after, before);
    assert.equal(t.from, '2024-03-01');
    assert.equal(t.overall.delta, 15);
  });

  test('a dimension na on one date has no delta', () => {
    const t = compareAssessments(
      { date: '2025-01-01', answers: ect('na na 1 / 1 1 / 1 1 1 / 1 1 / 1 1 / 1 1 1') },
      { date: '2025-01-31', answers: ect('2 2 2 / 1 1 / 1 1 1 / 1 1 / 1 1 / 1 1 1') },
    );
    assert.equal(t.days, 30);
    assert.equal(t.dimensions[0]!.delta, null);
  });

  test('assessments made with another grid are refused', () => {
    // A RangeError, as every argument of the right kind with values that cannot be used.
    assert.throws(() => compareAssessments({ ...before, framework: 'efc-tender' }, after), {
      name: 'RangeError',
      message: /efc-tender/,
    });
    assert.throws(() => compareAssessments({ ...before, date: 'hier' }, after), RangeError);
  });

  test('a missing date or a day the month does not have is named, not read as another day', () => {
    const { date: _, ...undated } = before;
    assert.throws(() => compareAssessments(undated as typeof before, after), {
      name: 'RangeError',
      message: 'Invalid date: none; each assessment needs an ISO 8601 date such as "2025-03-14"',
    });
    assert.throws(() => compareAssessments({ ...before, date: '2025-02-30' }, after), {
      message: /^Invalid date: "2025-02-30"/,
    });
    assert.throws(
      () => compareAssessments({ ...before, date: '2025-02-29T10:00:00+01:00' }, after),
      RangeError,
    );
    assert.equal(
      compareAssessments({ ...before, date: '2024-02-29' }, { ...after, date: '2024-03-01' }).days,
      1,
    );
  });
});
