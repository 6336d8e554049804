import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scoreAssessment } from './score-assessment.js';
import type { Evidence } from '../vocabulary/vocabulary.js';

// efc-ect: a level ≥ 3 without a document counts as 2; a level 4 without third-party as 3.
const counted = (level: 0 | 1 | 2 | 3 | 4, evidence?: Evidence) =>
  scoreAssessment({ 'offer.logic': evidence ? { level, evidence } : { level } }).criteria[0]!.level;

describe('evidence caps', () => {
  test('level 2 is never capped, whatever the evidence', () => {
    for (const e of ['none', 'declared', 'document', 'third-party'] as const)
      assert.equal(counted(2, e), 2);
  });

  test('level 3 (the first capped level): capped at 2 below a document, kept from a document up', () => {
    assert.equal(counted(3, 'none'), 2);
    assert.equal(counted(3, 'declared'), 2);
    assert.equal(counted(3, 'document'), 3);
    assert.equal(counted(3, 'third-party'), 3);
  });

  test('level 4: 2 below a document, 3 with a document, 4 with third-party evidence', () => {
    assert.equal(counted(4, 'declared'), 2);
    assert.equal(counted(4, 'document'), 3);
    assert.equal(counted(4, 'third-party'), 4);
  });

  test('a missing evidence counts as declared', () => {
    assert.equal(counted(3), 2);
    assert.equal(counted(4), 2);
  });

  test('the result lists capped criteria with declared and counted levels', () => {
    const r = scoreAssessment({
      'offer.logic': { level: 4, evidence: 'document' },
      'offer.usefulEffects': { level: 3 },
      'offer.decoupling': { level: 3, evidence: 'document' },
    });
    assert.deepEqual(r.capped, [
      {
        criterion: 'offer.logic',
        declared: 4,
        level: 3,
        evidence: 'document',
        requires: 'third-party',
      },
      {
        criterion: 'offer.usefulEffects',
        declared: 3,
        level: 2,
        evidence: 'declared',
        requires: 'document',
      },
    ]);
    // Scores use the counted levels: (3 + 2 + 3) / 12.
    assert.equal(r.dimensions[0]!.score, 66.7);
  });
});

test('evidence ranks follow the vocabulary order', async () => {
  const { evidenceRank } = await import('./evidence-caps.js');
  const { evidenceKinds } = await import('../vocabulary/vocabulary.js');
  assert.deepEqual(evidenceKinds.map(evidenceRank), [0, 1, 2, 3]);
  assert.equal(evidenceRank('sworn' as never), -1);
});
