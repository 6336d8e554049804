import { formatFor } from '../format.js';
import type { RadarMessages } from '../fr/radar.js';

const { p, n } = formatFor('en');

/** Every text of `fr/radar.ts`, in English. */
export const radarEn: RadarMessages = {
  name: 'EFC maturity radar',
  summary: (series: string, parts: string[]) => `${series}: ${parts.join('; ')}`,
  part: (name: string, value: string) => `${name}: ${value}`,
  outOf100: (x: number) => `${n(x)} out of 100`,
  na: 'not applicable',
  naShort: 'n/a',
  overall: (x: number) => `Overall score: ${n(x)} out of 100`,
  total: (x: number) => `Total: ${n(x)} points out of 100`,
  stage: (index: number, label: string, last?: number) =>
    `Stage ${index}${last ? ` of ${last}` : ''}: ${label}`,
  thisOne: 'This assessment',
  example: 'Example',
  exampleHint: 'Answers given as an example',
  dated: (label: string, date: string) => `${label} (${date})`,
  before: 'Before',
  after: 'After',
  delta: 'Change',
  notGiven: 'not given',
  series: 'Compared series',
  showTable: 'Show the figures as a table',
  hideTable: 'Hide the table',
  caption: 'Scores by dimension, out of 100',
  dimension: 'Dimension',
  overallRow: 'Overall score',
  empty: 'No result to show yet.',
  invalid: 'The scoring grid given has errors: the assessment cannot be shown.',
  details: (count: number) => p(count, 'See the problem', 'See the # problems'),
  framework: 'efc-ect, efc-tender, or a complete grid in the .framework property',
  badCompare:
    '.compare is ignored: expected a { label, dimensions } series or the result of compareAssessments.',
};
