import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Answers } from '../schema/assessment.js';
import { defineFramework } from './define-framework.js';
import { scoreAssessment } from './score-assessment.js';
import { ect, withAnswer } from './test-fixtures.js';

const stage = (answers: Answers) => scoreAssessment(answers).stage!.index;

// Each line scores exactly the threshold of its stage (points: 20/12 per level in offer and
// cooperation, 15/8 in immaterial, territory and evaluation, 15/12 in governance) and meets
// every other condition up to that stage. One level less on `lower` leaves the overall score
// as the only unmet condition; one level more on `raise` stays at the stage.
const thresholds = [
  {
    stage: 1,
    overall: 15,
    line: '3 3 3 / 0 0 / 0 0 0 / 0 0 / 0 0 / 0 0 0',
    lower: 'offer.logic',
    raise: 'offer.decoupling',
  },
  {
    stage: 2,
    overall: 35,
    line: '2 1 1 / 1 1 / 2 2 1 / 2 1 / 2 1 / 2 1 1',
    lower: 'cooperation.desiloing',
    raise: 'offer.decoupling',
  },
  {
    stage: 3,
    overall: 50,
    line: '3 2 1 / 2 2 / 2 2 2 / 2 2 / 2 2 / 2 2 2',
    lower: 'immaterial.trust',
    raise: 'offer.decoupling',
  },
  {
    stage: 4,
    overall: 65,
    line: '3 3 3 / 2 2 / 3 3 3 / 2 2 / 2 2 / 4 3 3',
    lower: 'immaterial.trust',
    raise: 'immaterial.trust',
  },
  {
    stage: 5,
    overall: 75,
    line: '3 3 3 / 3 3 / 3 3 3 / 2 2 / 3 3 / 4 4 4',
    lower: 'immaterial.trust',
    raise: 'territory.environment',
  },
];

describe('stage gates: overall score thresholds', () => {
  for (const t of thresholds) {
    test(`stage ${t.stage}: just below ${t.overall}, at ${t.overall}, above`, () => {
      const at = ect(t.line);
      const r = scoreAssessment(at);
      assert.equal(r.overall, t.overall);
      assert.equal(r.stage!.index, t.stage);
      assert.equal(r.scoreStage!.index, t.stage);

      const level = at[t.lower]!.level as number;
      const below = scoreAssessment(
        withAnswer(at, t.lower, { level: (level - 1) as 0, evidence: 'third-party' }),
      );
      assert.ok(below.overall < t.overall);
      assert.equal(below.stage!.index, t.stage - 1);
      assert.equal(below.scoreStage!.index, t.stage - 1);
      assert.deepEqual(
        below.blocking.map((b) => [b.condition, b.required]),
        [['overall', t.overall]],
      );

      const up = at[t.raise]!.level as number;
      const above = scoreAssessment(
        withAnswer(at, t.raise, { level: (up + 1) as 1, evidence: 'third-party' }),
      );
      assert.ok(above.overall > t.overall);
      assert.equal(above.stage!.index, t.stage);
    });
  }
});

// Everything at 4 (stage 5), then one gated criterion at its required level minus one, at it,
// and above it.
const criterionGates: [number, string, number][] = [
  [1, 'offer.usefulEffects', 1],
  [2, 'offer.logic', 2],
  [3, 'offer.logic', 3],
  [3, 'cooperation.intensity', 2],
  [3, 'evaluation.device', 2],
  [4, 'cooperation.diversity', 3],
  [4, 'governance.vision', 2],
  [5, 'evaluation.device', 3],
  [5, 'governance.formalisation', 3],
  [5, 'governance.economicModel', 3],
];
const top = ect('4 4 4 / 4 4 / 4 4 4 / 4 4 / 4 4 / 4 4 4');

describe('stage gates: criterion conditions', () => {
  for (const [k, id, required] of criterionGates) {
    test(`stage ${k}: ${id} ≥ ${required}`, () => {
      const set = (level: number) =>
        withAnswer(top, id, { level: level as 0, evidence: 'third-party' });
      const below = scoreAssessment(set(required - 1));
      assert.equal(below.stage!.index, k - 1);
      const blocking = below.blocking.find((b) => b.criterion === id)!;
      assert.equal(blocking.required, required);
      assert.equal(blocking.held, required - 1);
      assert.ok(stage(set(required)) >= k);
      if (required < 4) assert.ok(stage(set(required + 1)) >= k);
    });
  }

  test('gates read the capped level: offer.logic 3 declared counts as 2 and blocks stage 3', () => {
    const r = scoreAssessment(withAnswer(top, 'offer.logic', { level: 3, evidence: 'declared' }));
    assert.equal(r.stage!.index, 2);
    const b = r.blocking.find((x) => x.criterion === 'offer.logic')!;
    assert.deepEqual([b.held, b.declared, b.required], [2, 3, 3]);
    assert.match(b.message.fr, /3 déclaré, plafonné faute de document/);
    assert.match(b.message.en, /3 declared, capped for lack of a document/);
  });

  test('an unanswered criterion counts as 0 in gates', () => {
    const r = scoreAssessment(withAnswer(top, 'offer.usefulEffects', undefined));
    assert.equal(r.stage!.index, 0);
    assert.match(r.blocking[0]!.message.fr, /sans réponse/);
  });
});

describe('stage gates: every criterion, every dimension', () => {
  test('stage 3: no criterion at 0 (0 blocks, 1 passes)', () => {
    const base = ect('4 4 4 / 4 4 / 4 4 4 / 4 4 / 4 4 / 4 4 4');
    const zero = scoreAssessment(
      withAnswer(base, 'territory.social', { level: 0, evidence: 'third-party' }),
    );
    assert.equal(zero.stage!.index, 2);
    assert.deepEqual(
      zero.blocking.map((b) => [b.condition, b.criterion, b.required]),
      [['everyCriterion', 'territory.social', 1]],
    );
    assert.equal(
      stage(withAnswer(base, 'territory.social', { level: 1, evidence: 'third-party' })),
      4,
    );
  });

  test('stage 5: every criterion at 2 (1 blocks, 2 passes)', () => {
    assert.equal(
      stage(withAnswer(top, 'immaterial.work', { level: 1, evidence: 'third-party' })),
      4,
    );
    assert.equal(
      stage(withAnswer(top, 'immaterial.work', { level: 2, evidence: 'third-party' })),
      5,
    );
  });

  test('stage 2: every dimension at 20 (16.7 blocks, 25 passes)', () => {
    const low = ect('4 4 4 / 4 4 / 4 4 4 / 4 4 / 4 4 / 2 0 0');
    assert.equal(scoreAssessment(low).dimensions[5]!.score, 16.7);
    assert.equal(stage(low), 1);
    assert.equal(scoreAssessment(low).blocking[0]!.dimension, 'governance');
    assert.equal(stage(ect('4 4 4 / 4 4 / 4 4 4 / 4 4 / 4 4 / 3 0 0')), 2);
  });

  test('stage 4: cooperation at 60 (58.3 blocks, 66.7 passes)', () => {
    const at = (line: string) => scoreAssessment(ect(line));
    const low = at('4 4 4 / 4 4 / 3 2 2 / 4 4 / 4 4 / 4 4 4');
    assert.equal(low.dimensions[2]!.score, 58.3);
    assert.equal(low.stage!.index, 3);
    assert.deepEqual(
      low.blocking.map((b) => [b.condition, b.dimension, b.required, b.held]),
      [['dimension', 'cooperation', 60, 58.3]],
    );
    assert.equal(at('4 4 4 / 4 4 / 3 3 2 / 4 4 / 4 4 / 4 4 4').stage!.index, 5);
  });
});

// A grid whose dimension scores move by 5 points per level, so that thresholds are hit exactly.
const fine = defineFramework({
  id: 'fine',
  version: '1',
  label: { fr: 'Fine', en: 'Fine' },
  dimensions: ['a', 'b'].map((d) => ({
    id: d,
    label: { fr: d, en: d },
    weight: 50,
    criteria: [1, 2, 3, 4, 5].map((i) => ({
      id: `${d}.c${i}`,
      label: { fr: `${d}${i}`, en: `${d}${i}` },
      levels: [0, 1, 2, 3, 4].map((l) => ({ fr: `n${l}`, en: `l${l}` })),
    })),
  })),
  stages: [
    { label: { fr: 'zéro', en: 'zero' } },
    { label: { fr: 'un', en: 'one' }, gate: { everyDimension: 20 } },
    { label: { fr: 'deux', en: 'two' }, gate: { dimensions: { a: 60 } } },
  ],
});
const fineAnswers = (a: number[], b = [4, 4, 4, 4, 4]) =>
  Object.fromEntries([
    ...a.map((l, i) => [`a.c${i + 1}`, { level: l }]),
    ...b.map((l, i) => [`b.c${i + 1}`, { level: l }]),
  ]) as Answers;

describe('stage gates: dimension thresholds hit exactly', () => {
  test('every dimension ≥ 20: 15 blocks, 20 passes, 25 passes', () => {
    const at = (a: number[]) => scoreAssessment(fineAnswers(a), fine);
    assert.deepEqual(
      [at([1, 1, 1, 0, 0]).dimensions[0]!.score, at([1, 1, 1, 0, 0]).stage!.index],
      [15, 0],
    );
    assert.deepEqual(
      [at([1, 1, 1, 1, 0]).dimensions[0]!.score, at([1, 1, 1, 1, 0]).stage!.index],
      [20, 1],
    );
    assert.equal(at([1, 1, 1, 1, 1]).stage!.index, 1);
  });

  test('dimension a ≥ 60: 55 blocks, 60 passes, 65 passes', () => {
    const at = (a: number[]) => scoreAssessment(fineAnswers(a), fine);
    assert.deepEqual(
      [at([2, 2, 2, 2, 3]).dimensions[0]!.score, at([2, 2, 2, 2, 3]).stage!.index],
      [55, 1],
    );
    assert.deepEqual(
      [at([2, 2, 2, 3, 3]).dimensions[0]!.score, at([2, 2, 2, 3, 3]).stage!.index],
      [60, 2],
    );
    assert.equal(at([2, 2, 3, 3, 3]).stage!.index, 2);
  });
});

describe('stage gates: na', () => {
  test('a gate on a na criterion does not block', () => {
    const r = scoreAssessment(withAnswer(top, 'offer.logic', { level: 'na' }));
    assert.equal(r.stage!.index, 5);
    assert.equal(r.criteria.find((c) => c.id === 'offer.logic')!.level, null);
  });

  test('a gate on a criterion of a na dimension does not block', () => {
    // evaluation: both criteria na → the dimension is na, and so is evaluation.device.
    const r = scoreAssessment(ect('4 4 4 / 4 4 / 4 4 4 / 4 4 / na na / 4 4 4'));
    assert.equal(r.dimensions[4]!.score, null);
    assert.equal(r.stage!.index, 5);
  });

  test('a na dimension makes its remaining criteria na in gates too', () => {
    // cooperation: two of three na → na; its third criterion at 0 no longer blocks stage 3.
    const r = scoreAssessment(ect('4 4 4 / 4 4 / 0 na na / 4 4 / 4 4 / 4 4 4'));
    assert.equal(r.dimensions[2]!.score, null);
    assert.equal(r.stage!.index, 5);
  });

  test('a grid without stages has no stage', () => {
    const r = scoreAssessment({}, defineFramework({ ...fine, id: 'flat', stages: [] }));
    assert.equal(r.stage, null);
    assert.equal(r.scoreStage, null);
    assert.deepEqual(r.blocking, []);
  });
});
