import type { Phase } from '../../vocabulary/vocabulary.js';
import { phaseLabels } from '../../vocabulary/labels.js';
import type { EcosystemRules, PhaseGate } from '../framework-schema.js';

// The ecosystem phases of the `efc-ect` grid (shared/design/EFC-MATURITY-MODEL.md, "Territory
// indicators"), what `scoreEcosystem` reads of it: apart from the stage rules, which a project
// card needs without these.

// Each phase's own copy of its label: the grid is frozen, the vocabulary's labels are not ours
// to freeze.
const phase = (id: Phase, gate: PhaseGate) => ({ id, label: { ...phaseLabels[id] }, gate });

/** A first calibration: data, so that it can be revised. */
export const efcEctEcosystem: EcosystemRules = {
  matureStage: 3,
  pivotCentralisation: 0.5,
  phases: [
    phase('emergence', { actors: 3, actorKinds: 2 }),
    phase('structuration', { actorKinds: 3, weightedDensity: 0.15, matureProjects: 1 }),
    phase('formalisation', { matureShare: 0.3, someProject: { 'governance.formalisation': 3 } }),
    phase('consolidation', {
      someSubject: { 'governance.economicModel': 3 },
      spheresCovered: 2,
      assessmentDates: 2,
    }),
  ],
};
