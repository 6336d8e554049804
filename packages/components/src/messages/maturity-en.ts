import { formatNumber, plural } from './format.js';
import type { MaturityMessages } from './maturity-fr.js';

const p = (n: number, one: string, other: string) => plural('en', n, one, other);
const n = (x: number) => formatNumber('en', x);

/** Every text of `maturity-fr.ts`, in English. */
export const maturityEn: MaturityMessages = {
  radar: {
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
    assessmentId: 'an assessment id of the feed',
    badCompare:
      '.compare is ignored: expected a { label, dimensions } series or the result of compareAssessments.',
  },
  form: {
    progress: (done: number, total: number) =>
      `${p(done, '# criterion answered', '# criteria answered')} out of ${n(total)}`,
    weight: (w: number) => `weight ${n(w)} out of 100`,
    level: (index: number, text: string) => `${index} – ${text}`,
    na: 'Not applicable',
    evidence: 'Evidence',
    evidenceKinds: {
      none: 'No evidence',
      declared: 'Declared',
      document: 'Backed by a document',
      'third-party': 'Attested by a third party',
    },
    price: 'Price of this bid',
    lowestPrice: 'Lowest price received',
    priceHint: 'Scored by the ratio lowest price ÷ this bid’s price (the same unit for both).',
    priceError:
      'Price not counted: both prices must be positive, and the lowest must not exceed this bid’s.',
  },
  result: {
    title: 'Your result',
    points: 'Points by criterion',
    dimensionPoints: (label: string, points: number, weight: number) =>
      `${label}: ${n(points)} of ${n(weight)} points`,
    byScore: (index: number, label: string) =>
      `Your score alone would reach stage ${index} (“${label}”): the conditions below hold you back.`,
    blocking: (index: number, label: string) => `To reach stage ${index}, “${label}”`,
    top: 'You have reached the last stage of the grid.',
    moves: 'What to work on next',
    capped: 'Levels capped for lack of evidence',
    cappedItem: (label: string, declared: number, level: number, needs: string) =>
      `${label}: ${declared} declared, ${level} counted (needs ${needs})`,
    needs: {
      none: 'an answer',
      declared: 'a declaration',
      document: 'a supporting document',
      'third-party': 'a third-party attestation',
    },
    declaredShare: (percent: number) =>
      `Declared share: ${n(percent)}% of the score rests on your declarations alone.`,
    unanswered: (count: number) =>
      p(count, '# unanswered criterion counts as 0.', '# unanswered criteria count as 0.'),
    announce: (parts: string[]) => parts.join('. ') + '.',
  },
  tools: {
    title: 'Save and share',
    copy: 'Copy the result',
    copied: 'Result copied to the clipboard.',
    copyFallback:
      'Automatic copy is not possible here: the text is selected below, copy it (Ctrl+C or ⌘+C).',
    copyText: 'Result to copy',
    export: 'Export the answers (.json)',
    import: 'Import answers (.json)',
    imported: (count: number) => p(count, '# answer imported.', '# answers imported.'),
    ignored: (count: number) =>
      p(
        count,
        '# answer ignored: it matches no criterion of this grid.',
        '# answers ignored: they match no criterion of this grid.',
      ),
    tooLarge: 'This file is too large to be a file of answers.',
    invalid: (problem: string, where?: string) =>
      `This file is not imported: ${where ? `${where}: ` : ''}${problem}.`,
    otherGrid: (id: string) =>
      `This file was filled in with another grid (“${id}”): it is not imported.`,
    reset: 'Clear my answers',
    resetConfirm: 'Clear every answer of this assessment?',
    cleared: 'Answers cleared.',
    saved: 'Your answers are saved in this browser, and nowhere else.',
    restored: 'Draft restored where you left it.',
    fileName: 'efc-assessment',
  },
};
