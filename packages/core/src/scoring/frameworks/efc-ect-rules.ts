import { localized as t } from '../../i18n/locale.js';
import { deepFreeze } from '../deep-freeze.js';
import type { FrameworkRules } from './with-texts.js';

// The scoring rules of the `efc-ect` grid (shared/design/EFC-MATURITY-MODEL.md): ids,
// weights, evidence caps, stage gates and labels. Its texts (criterion labels, level
// descriptors) are in efc-ect.ts, its ecosystem phases in efc-ect-ecosystem.ts: what only
// needs a stage (a project card) imports this file alone. Change the model document first,
// then this. Frozen: scoring keeps an index of it.

/** The rules of the `efc-ect` v1 grid, without its texts (see `efcEctDefinition`). */
export const efcEctRules = /* @__PURE__ */ deepFreeze<FrameworkRules>({
  id: 'efc-ect',
  version: '1',
  purpose: 'diagnostic',
  dimensions: [
    {
      id: 'offer',
      weight: 20,
      criteria: [{ id: 'offer.logic' }, { id: 'offer.usefulEffects' }, { id: 'offer.decoupling' }],
    },
    {
      id: 'immaterial',
      weight: 15,
      criteria: [{ id: 'immaterial.trust' }, { id: 'immaterial.work' }],
    },
    {
      id: 'cooperation',
      weight: 20,
      criteria: [
        { id: 'cooperation.diversity' },
        { id: 'cooperation.intensity' },
        { id: 'cooperation.desiloing' },
      ],
    },
    {
      id: 'territory',
      weight: 15,
      criteria: [{ id: 'territory.environment' }, { id: 'territory.social' }],
    },
    {
      id: 'evaluation',
      weight: 15,
      criteria: [{ id: 'evaluation.device' }, { id: 'evaluation.contract' }],
    },
    {
      id: 'governance',
      weight: 15,
      criteria: [
        { id: 'governance.vision' },
        { id: 'governance.formalisation' },
        { id: 'governance.economicModel' },
      ],
    },
  ],
  // A level ≥ 3 without a document counts as 2; a level 4 without third-party evidence as 3.
  evidence: {
    caps: [
      { from: 3, requires: 'document' },
      { from: 4, requires: 'third-party' },
    ],
  },
  stages: [
    { label: t('Logique de volume', 'Volume logic') },
    {
      label: t('Questionnement', 'Awareness'),
      gate: { overall: 15, criteria: { 'offer.usefulEffects': 1 } },
    },
    {
      label: t('Offre d’usage', 'Use-oriented offer'),
      gate: { overall: 35, criteria: { 'offer.logic': 2 }, everyDimension: 20 },
    },
    {
      label: t('Solution intégrée', 'Integrated solution'),
      gate: {
        overall: 50,
        criteria: { 'offer.logic': 3, 'cooperation.intensity': 2, 'evaluation.device': 2 },
        everyCriterion: 1,
      },
    },
    {
      label: t('Écosystème coopératif émergent', 'Emerging cooperative ecosystem'),
      gate: {
        overall: 65,
        dimensions: { cooperation: 60 },
        criteria: { 'cooperation.diversity': 3, 'governance.vision': 2 },
        everyCriterion: 1,
      },
    },
    {
      label: t(
        'Écosystème coopératif territorialisé formalisé',
        'Formalised territorial cooperative ecosystem',
      ),
      gate: {
        overall: 75,
        criteria: {
          'evaluation.device': 3,
          'governance.formalisation': 3,
          'governance.economicModel': 3,
        },
        everyCriterion: 2,
      },
    },
  ],
});
