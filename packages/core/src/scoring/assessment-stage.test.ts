import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Answers } from '../schema/assessment.js';
import { evidenceKinds } from '../vocabulary/vocabulary.js';
import { assessmentStage } from './assessment-stage.js';
import { efcEct, efcEctDefinition } from './frameworks/efc-ect.js';
import { efcEctRules } from './frameworks/efc-ect-rules.js';
import { withTexts } from './frameworks/with-texts.js';
import { scoreAssessment } from './score-assessment.js';

const ids = efcEctRules.dimensions.flatMap((d) => d.criteria.map((c) => c.id));

test('the rules and texts of efc-ect make the whole grid, nothing lost', () => {
  assert.equal(efcEctDefinition.dimensions.length, efcEctRules.dimensions.length);
  for (const c of efcEctDefinition.dimensions.flatMap((d) => d.criteria)) {
    assert.equal(c.levels?.length, 5, c.id);
    assert.ok(c.label.fr && c.label.en, c.id);
  }
  assert.deepEqual(
    withTexts(efcEctRules, { label: efcEct.label, dimensions: {}, criteria: {} }).stages,
    efcEctDefinition.stages,
  );
});

test('assessmentStage gives the stage scoreAssessment gives, on many answer sets', () => {
  // A small deterministic generator: levels, `na`, missing answers and every evidence kind.
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let run = 0; run < 500; run++) {
    const answers: Answers = {};
    for (const id of ids) {
      const pick = next(7);
      if (pick === 6) continue;
      answers[id] =
        pick === 5
          ? { level: 'na' }
          : {
              level: pick as 0 | 1 | 2 | 3 | 4,
              evidence: evidenceKinds[next(evidenceKinds.length)]!,
            };
    }
    assert.deepEqual(assessmentStage(answers, efcEctRules), scoreAssessment(answers).stage);
  }
});
