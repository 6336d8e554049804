import { formatFor } from '../format.js';

const { p, n } = formatFor('fr');

/**
 * The texts of `<inne-maturity-radar>` (and of the radar inside `<inne-maturity-assessment>`),
 * in French. The sentences about the grid itself (blocking conditions, next moves, labels)
 * come from core, in both languages: only the frame around them lives here.
 */
export const radarFr = {
  name: 'Radar de maturité EFC',
  summary: (series: string, parts: string[]) => `${series}\u00a0: ${parts.join('\u202f; ')}`,
  part: (name: string, value: string) => `${name}\u00a0: ${value}`,
  outOf100: (x: number) => `${n(x)} sur 100`,
  na: 'non applicable',
  naShort: 'n. a.',
  overall: (x: number) => `Score global\u00a0: ${n(x)} sur 100`,
  total: (x: number) => `Total\u00a0: ${n(x)} points sur 100`,
  stage: (index: number, label: string, last?: number) =>
    `Étape ${index}${last ? ` sur ${last}` : ''}\u00a0: ${label}`,
  thisOne: 'Ce diagnostic',
  example: 'Exemple',
  exampleHint: 'Réponses données à titre d’exemple',
  dated: (label: string, date: string) => `${label} (${date})`,
  before: 'Avant',
  after: 'Après',
  delta: 'Écart',
  notGiven: 'non renseigné',
  series: 'Séries comparées',
  showTable: 'Afficher les chiffres en tableau',
  hideTable: 'Masquer le tableau',
  caption: 'Scores par dimension, sur 100',
  dimension: 'Dimension',
  overallRow: 'Score global',
  empty: 'Aucun résultat à afficher pour le moment.',
  invalid:
    'La grille d’évaluation fournie contient des erreurs\u00a0: le diagnostic ne peut pas s’afficher.',
  details: (count: number) => p(count, 'Voir le problème', 'Voir les # problèmes'),
  framework: 'efc-ect, efc-tender, ou une grille complète dans la propriété .framework',
  badCompare:
    '.compare est ignoré\u00a0: attendu une série { label, dimensions } ou le résultat de compareAssessments.',
};

export type RadarMessages = typeof radarFr;
