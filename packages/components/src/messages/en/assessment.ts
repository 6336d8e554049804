import { formatFor } from '../format.js';
import type { AssessmentMessages } from '../fr/assessment.js';

const { p, n } = formatFor('en');

/** Every text of `fr/assessment.ts`, in English. */
export const assessmentEn: AssessmentMessages = {
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
