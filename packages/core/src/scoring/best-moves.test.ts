import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scoreAssessment } from './score-assessment.js';
import { ect, withAnswer } from './test-fixtures.js';

describe('next moves', () => {
  test('the move that unblocks the next stage comes first, in words', () => {
    const r = scoreAssessment(ect('2 0 2 / 2 2 / 2 2 2 / 2 2 / 2 2 / 2 2 2'));
    assert.equal(r.stage!.index, 0);
    const [first] = r.nextMoves;
    assert.deepEqual(
      {
        criterion: first!.criterion,
        from: first!.from,
        to: first!.to,
        gain: first!.gain,
        unblocks: first!.unblocks?.index,
      },
      { criterion: 'offer.usefulEffects', from: 0, to: 1, gain: 1.7, unblocks: 1 },
    );
    assert.equal(
      first!.message.fr,
      'Passer «\u00a0Effets utiles\u00a0» de 0 à 1 (implicites, en interne)\u00a0: +1,7 point\u202f; débloque l’étape 1, «\u00a0Questionnement\u00a0»',
    );
    assert.equal(
      first!.message.en,
      'Raise “Useful effects” from 0 to 1 (implicit, internal): +1.7 points; unlocks stage 1, “Awareness”',
    );
  });

  test('a rise goes straight to the level a gate requires', () => {
    const r = scoreAssessment(ect('4 4 4 / 4 4 / 1 4 4 / 4 4 / 4 4 / 4 4 4'));
    assert.equal(r.stage!.index, 3);
    const m = r.nextMoves[0]!;
    assert.deepEqual(
      [m.criterion, m.from, m.to, m.gain, m.unblocks?.index],
      ['cooperation.diversity', 1, 3, 3.3, 4],
    );
  });

  test('a level capped for lack of evidence suggests the evidence', () => {
    const answers = withAnswer(ect('4 4 4 / 4 4 / 4 4 4 / 4 4 / 4 4 / 4 4 4'), 'offer.logic', {
      level: 3,
      evidence: 'declared',
    });
    const m = scoreAssessment(answers).nextMoves[0]!;
    assert.deepEqual(
      [m.kind, m.criterion, m.from, m.to, m.evidence],
      ['evidence', 'offer.logic', 2, 3, 'document'],
    );
    assert.match(
      m.message.fr,
      /^Documenter «\u00a0Logique d’offre\u00a0» \(3 déclaré, 2 retenu\)\u00a0: \+1,7 point\u202f; débloque l’étape 3/,
    );
    assert.match(
      m.message.en,
      /^Back “Offer logic” with a document \(3 declared, 2 counted\): \+1\.7 points; unlocks stage 3/,
    );
  });

  test('a rise that would be capped says which evidence it needs', () => {
    const r = scoreAssessment(ect('2 2 2 / 2 2 / 2 2 2 / 2 2 / 2 2 / 2 2 2', 'declared'));
    assert.equal(r.stage!.index, 2);
    const m = r.nextMoves[0]!;
    assert.deepEqual([m.criterion, m.to, m.evidence], ['offer.logic', 3, 'document']);
    assert.equal(
      m.message.fr,
      'Passer «\u00a0Logique d’offre\u00a0» de 2 à 3 (engagement contractuel de performance d’usage), avec un document à l’appui\u00a0: +1,7 point\u202f; débloque l’étape 3, «\u00a0Solution intégrée\u00a0»',
    );
  });

  test('moves that meet part of the next gate say how much of it', () => {
    const r = scoreAssessment(ect('3 2 1 / 2 1 / 3 2 na / 1 2 / 1 2 / 2 2 1'));
    assert.equal(r.stage!.index, 2);
    assert.equal(r.nextMoves[0]!.criterion, 'evaluation.device');
    assert.match(r.nextMoves[0]!.message.fr, /remplit 1 des 2 conditions de l’étape 3$/);
  });

  test('at most three moves, none at the top', () => {
    assert.equal(scoreAssessment({}).nextMoves.length, 3);
    assert.deepEqual(scoreAssessment(ect('4 4 4 / 4 4 / 4 4 4 / 4 4 / 4 4 / 4 4 4')).nextMoves, []);
  });

  test('na criteria are never suggested', () => {
    const r = scoreAssessment(ect('na 0 0 / 0 0 / 0 0 0 / 0 0 / 0 0 / 0 0 0'));
    assert.ok(r.nextMoves.every((m) => m.criterion !== 'offer.logic'));
  });
});
