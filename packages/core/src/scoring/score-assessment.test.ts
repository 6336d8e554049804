import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BidError } from './bid-error.js';
import { FrameworkError } from './define-framework.js';
import type { Framework } from './framework-schema.js';
import { efcEct } from './frameworks/efc-ect.js';
import { efcTender } from './frameworks/efc-tender.js';
import { scoreAssessment } from './score-assessment.js';
import { ect, ectIds } from './test-fixtures.js';

describe('scoreAssessment: computation', () => {
  test('dimension scores, weights and the overall score, rounded to one decimal', () => {
    const r = scoreAssessment(ect('3 2 1 / 2 1 / 3 2 na / 1 2 / 1 2 / 2 2 1'));
    // offer 6/12, immaterial 3/8, cooperation 5/8 (one na), territory 3/8, evaluation 3/8,
    // governance 5/12: (20·50 + 15·37.5 + 20·62.5 + 15·37.5 + 15·37.5 + 15·41.67) / 100.
    assert.deepEqual(
      r.dimensions.map((d) => d.score),
      [50, 37.5, 62.5, 37.5, 37.5, 41.7],
    );
    assert.equal(r.overall, 45.6);
    assert.equal(r.dimensions.reduce((s, d) => s + d.points, 0).toFixed(1), '45.6');
  });

  test('answers that are not an object throw a TypeError that says what to pass', () => {
    for (const [answers, got] of [
      [null, 'null'],
      [undefined, 'undefined'],
      [[{ level: 2 }], 'a list'],
      ['offer.logic', 'offer.logic'],
      [3, '3'],
    ] as const) {
      assert.throws(() => scoreAssessment(answers as never), {
        name: 'TypeError',
        message: `expected answers { "offer.logic": { "level": 2 } }, got ${got}: parseAnswers reads any input`,
      });
    }
  });

  test('an empty answer set scores 0, stage 0, every criterion unanswered', () => {
    const r = scoreAssessment({});
    assert.equal(r.overall, 0);
    assert.equal(r.stage!.index, 0);
    assert.deepEqual(r.stage!.label, { fr: 'Logique de volume', en: 'Volume logic' });
    assert.deepEqual(r.unanswered, ectIds);
    assert.equal(r.declaredShare, 0);
  });

  test('unanswered criteria count as 0 and are listed', () => {
    const r = scoreAssessment(ect('4 _ 4 / 4 4 / 4 4 4 / 4 4 / 4 4 / 4 4 4'));
    assert.deepEqual(r.unanswered, ['offer.usefulEffects']);
    assert.equal(r.dimensions[0]!.score, 66.7);
    assert.equal(r.criteria[1]!.declared, null);
    assert.equal(r.criteria[1]!.level, 0);
  });

  test('answer keys that are not criteria are reported, not scored', () => {
    const r = scoreAssessment({ 'offer.logik': { level: 4 }, 'offer.logic': { level: 2 } });
    assert.deepEqual(r.unknown, ['offer.logik']);
    assert.equal(r.criteria[0]!.level, 2);
  });

  test('invalid answers are named: a level the model lacks counts as unanswered', () => {
    const r = scoreAssessment({
      'offer.logic': { level: 7 },
      'offer.usefulEffects': { level: '3' },
      'offer.decoupling': 'beaucoup',
      'immaterial.trust': { level: 3, evidence: 'rumeur' },
      'immaterial.work': { level: 2, evidence: 'document' },
    } as never);
    assert.deepEqual(r.invalid, [
      'offer.logic',
      'offer.usefulEffects',
      'offer.decoupling',
      'immaterial.trust',
    ]);
    assert.deepEqual(r.unanswered.slice(0, 3), [
      'offer.logic',
      'offer.usefulEffects',
      'offer.decoupling',
    ]);
    // An unknown evidence word keeps the level, counted with `declared` evidence.
    const resources = r.criteria.find((c) => c.id === 'immaterial.trust')!;
    assert.equal(resources.declared, 3);
    assert.equal(resources.evidence, 'declared');
    assert.ok(!r.unanswered.includes('immaterial.trust'));
    assert.deepEqual(scoreAssessment(ect('3 2 1 / 2 1 / 3 2 na / 1 2 / 1 2 / 2 2 1')).invalid, []);
  });

  test('the same answers always give the same result', () => {
    const answers = ect('3 2 1 / 2 1 / 3 2 na / 1 2 / 1 2 / 2 2 1', 'declared');
    assert.deepEqual(scoreAssessment(answers), scoreAssessment(structuredClone(answers)));
  });
});

describe('scoreAssessment: na', () => {
  test('na leaves the potential: the dimension is scored on its applicable criteria', () => {
    const r = scoreAssessment(ect('4 na 2 / 0 0 / 0 0 0 / 0 0 / 0 0 / 0 0 0'));
    assert.equal(r.dimensions[0]!.score, 75); // (4 + 2) / 8
  });

  test('a dimension with more than half of its criteria na is na', () => {
    assert.equal(
      scoreAssessment(ect('4 na na / 0 0 / 0 0 0 / 0 0 / 0 0 / 0 0 0')).dimensions[0]!.score,
      null,
    );
    // exactly half is not more than half: immaterial has two criteria
    assert.equal(
      scoreAssessment(ect('0 0 0 / 4 na / 0 0 0 / 0 0 / 0 0 / 0 0 0')).dimensions[1]!.score,
      100,
    );
    assert.equal(
      scoreAssessment(ect('0 0 0 / na na / 0 0 0 / 0 0 / 0 0 / 0 0 0')).dimensions[1]!.score,
      null,
    );
  });

  test('the remaining dimension weights are renormalised', () => {
    const only = scoreAssessment(ect('2 2 2 / na na / na na na / na na / na na / na na na'));
    assert.equal(only.overall, 50);
    // offer 100 (20) and territory 0 (15): 20·100 / 35
    const two = scoreAssessment(ect('4 4 4 / na na / na na na / 0 0 / na na / na na na'));
    assert.equal(two.overall, 57.1);
    assert.deepEqual(
      two.dimensions.map((d) => d.points),
      [57.14, 0, 0, 0, 0, 0],
    );
  });

  test('everything na scores 0 without NaN', () => {
    const r = scoreAssessment(ect('na na na / na na / na na na / na na / na na / na na na'));
    assert.equal(r.overall, 0);
    assert.ok(r.dimensions.every((d) => d.score === null));
    assert.equal(r.stage!.index, 0);
  });
});

describe('scoreAssessment: declared share', () => {
  test('the share of points resting on declaration alone', () => {
    const r = scoreAssessment({
      'offer.logic': { level: 4, evidence: 'third-party' }, // 6.67 points
      'offer.usefulEffects': { level: 2 }, // 3.33 points, declared
    });
    assert.equal(r.declaredShare, 0.333);
  });

  test('none and declared evidence both count as declaration; documents do not', () => {
    const share = (evidence: 'none' | 'declared' | 'document' | 'third-party') =>
      scoreAssessment({ 'offer.logic': { level: 2, evidence } }).declaredShare;
    assert.deepEqual(
      [share('none'), share('declared'), share('document'), share('third-party')],
      [1, 1, 0, 0],
    );
  });
});

describe('scoreAssessment: grids', () => {
  test('the default grid is efc-ect', () => {
    const answers = ect('3 2 1 / 2 1 / 3 2 na / 1 2 / 1 2 / 2 2 1');
    assert.deepEqual(scoreAssessment(answers), scoreAssessment(answers, efcEct));
    assert.deepEqual(scoreAssessment(answers).framework, { id: 'efc-ect', version: '1' });
  });

  test('a tender grid gives points per criterion and no stage', () => {
    const r = scoreAssessment(
      {
        'usage.performance': { level: 3 },
        'effects.usefulEffects': { level: 2 },
        'evaluation.plan': { level: 4 },
        'coConstruction.territory': { level: 1 },
      },
      efcTender,
      { price: 125_000, lowestPrice: 100_000 },
    );
    assert.deepEqual(
      r.criteria.map((c) => [c.id, c.points]),
      [
        ['usage.performance', 18.75],
        ['effects.usefulEffects', 10],
        ['evaluation.plan', 15],
        ['coConstruction.territory', 2.5],
        ['price.amount', 24],
      ],
    );
    assert.equal(r.overall, 70.3); // 70.25
    assert.equal(r.stage, null);
    assert.deepEqual(r.nextMoves, []);
    assert.equal(r.declaredShare, 0);
    assert.equal(r.criteria[4]!.ratio, 0.8);
  });

  test('a tender without a price leaves the price criterion unanswered', () => {
    const r = scoreAssessment({ 'usage.performance': { level: 4 } }, efcTender);
    assert.deepEqual(r.unanswered, [
      'effects.usefulEffects',
      'evaluation.plan',
      'coConstruction.territory',
      'price.amount',
    ]);
    assert.equal(r.overall, 25);
  });

  test('a bad price is refused', () => {
    assert.throws(() => scoreAssessment({}, efcTender, { price: 0 }), RangeError);
    assert.throws(
      () => scoreAssessment({}, efcTender, { price: 90, lowestPrice: 100 }),
      RangeError,
    );
    // Worded in French as well, for a form or a command line in French.
    assert.throws(
      () => scoreAssessment({}, efcTender, { price: 90, lowestPrice: 100 }),
      (e: BidError) =>
        e.text('fr') === 'le prix le plus bas (100) dépasse le prix de cette offre (90)',
    );
  });

  test('a grid that did not go through defineFramework is checked once', () => {
    const copy = JSON.parse(JSON.stringify(efcEct)) as Framework;
    assert.deepEqual(scoreAssessment({ 'offer.logic': { level: 2 } }, copy).overall, 3.3);
    const broken = { ...copy, dimensions: copy.dimensions.slice(1) } as Framework;
    assert.throws(() => scoreAssessment({}, broken), FrameworkError);
  });
});
