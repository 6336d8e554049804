// Score an EFC self-assessment with the club's grid (frameworks.efcEct, the default): overall
// score, stage, what blocks the next stage, and the best next moves.
import { scoreAssessment } from '@club-inne/core';
import type { Answers } from '@club-inne/core';

// One answer per criterion: a level 0–4 (or 'na') and the evidence held for it.
const answers: Answers = {
  'offer.logic': { level: 3, evidence: 'third-party' },
  'offer.usefulEffects': { level: 2, evidence: 'document' },
  'offer.decoupling': { level: 3, evidence: 'declared' },
  'immaterial.trust': { level: 3, evidence: 'document' },
  'immaterial.work': { level: 2 },
  'cooperation.diversity': { level: 3, evidence: 'document' },
  'cooperation.intensity': { level: 2, evidence: 'document' },
  'cooperation.desiloing': { level: 2 },
  'territory.environment': { level: 1 },
  'territory.social': { level: 'na' },
  'evaluation.device': { level: 1 },
  'evaluation.contract': { level: 0 },
  'governance.vision': { level: 2, evidence: 'document' },
  'governance.formalisation': { level: 1 },
  'governance.economicModel': { level: 1 },
};

const score = scoreAssessment(answers);
console.log(`overall ${score.overall}/100, stage: ${score.stage?.label.en}`);
for (const d of score.dimensions) console.log(`  ${d.id}: ${d.score}`);
console.log(`next stage: ${score.nextStage?.label.en}, blocked by:`);
for (const b of score.blocking) console.log(`  ${b.message.en}`);
console.log('capped for lack of evidence:', score.capped.map((c) => c.criterion).join(', '));
console.log('best next moves:');
for (const m of score.nextMoves) console.log(`  ${m.criterion} ${m.from} → ${m.to} (+${m.gain})`);

// Prints:
// overall 43.3/100, stage: Awareness
//   offer: 58.3
//   immaterial: 62.5
//   cooperation: 58.3
//   territory: 25
//   evaluation: 12.5
//   governance: 33.3
// next stage: Use-oriented offer, blocked by:
//   Dimension “Evaluation & revealing value” at 20 or more (now 12.5)
// capped for lack of evidence: offer.decoupling
// best next moves:
//   evaluation.device 1 → 2 (+1.9)
//   evaluation.contract 0 → 1 (+1.9)
//   territory.environment 1 → 2 (+3.8)
