import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Answers, Assessment } from '../schema/assessment.js';
import { efcEctDefinition } from '../scoring/frameworks/efc-ect.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import { projectStages } from './project-stage.js';

// Every criterion of the efc-ect grid at one level, with third-party evidence.
const criteria = efcEctDefinition.dimensions.flatMap((d) => d.criteria.map((c) => c.id));
const all = (level: 0 | 1 | 2 | 3 | 4): Answers =>
  Object.fromEntries(criteria.map((c) => [c, { level, evidence: 'third-party' as const }]));
const assessment = (
  id: string,
  project: string,
  date: string,
  answers: Answers,
  framework?: string,
): Assessment => ({
  id,
  subject: { type: 'project', id: project },
  date,
  answers,
  ...(framework ? { framework } : {}),
});

test('the latest assessment of a project gives its stage, as scoreAssessment says', () => {
  const assessments = [
    assessment('old', 'p', '2024-01-01', all(0)),
    assessment('new', 'p', '2025-06-01', all(4)),
  ];
  const stage = projectStages({ assessments }).get('p');
  assert.deepEqual(stage, scoreAssessment(all(4)).stage);
  assert.equal(stage?.index, 5);
});

test('no stage without an assessment, for actors, for unknown or stageless grids', () => {
  const stages = projectStages({
    assessments: [
      { ...assessment('a', 'x', '2025-01-01', all(2)), subject: { type: 'actor', id: 'x' } },
      assessment('b', 'y', '2025-01-01', all(2), 'no-such-grid'),
      assessment('c', 'z', '2025-01-01', {}, 'efc-tender'),
    ],
  });
  assert.equal(stages.size, 0);
});

test('an example assessment gives no stage: its answers are made up', () => {
  const stages = projectStages({
    assessments: [
      { ...assessment('real', 'p', '2024-01-01', all(1)) },
      { ...assessment('made-up', 'p', '2025-06-01', all(4)), example: true },
      { ...assessment('made-up-only', 'q', '2025-06-01', all(4)), example: true },
    ],
  });
  assert.deepEqual(stages.get('p'), scoreAssessment(all(1)).stage);
  assert.equal(stages.has('q'), false);
});

test('the result is computed once per assessments list', () => {
  const feed = { assessments: [assessment('a', 'p', '2025-01-01', all(1))] };
  assert.equal(projectStages(feed), projectStages(feed));
});
