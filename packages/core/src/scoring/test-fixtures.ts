import type { Answers } from '../schema/assessment.js';
import type { Evidence } from '../vocabulary/vocabulary.js';
import { efcEct } from './frameworks/efc-ect.js';

// Test helpers: answers for the efc-ect grid written as one line per assessment, dimension
// after dimension in grid order ("offer / immaterial / cooperation / territory / evaluation /
// governance"): a digit is a level, `na` not applicable, `_` no answer.

/** The criterion ids of efc-ect, in grid order. */
export const ectIds = efcEct.dimensions.flatMap((d) => d.criteria.map((c) => c.id));

/**
 * Answers from a line such as `'3 3 3 / 2 2 / 3 3 3 / 2 2 / 2 2 / 4 3 3'`, every level with
 * the given evidence (third-party by default, so that no cap applies).
 */
export function ect(line: string, evidence: Evidence = 'third-party'): Answers {
  const tokens = line.split(/[\s/]+/).filter(Boolean);
  if (tokens.length !== ectIds.length)
    throw new Error(`${tokens.length} levels for ${ectIds.length} criteria: ${line}`);
  const answers: Answers = {};
  tokens.forEach((token, i) => {
    if (token === '_') return;
    const level = token === 'na' ? 'na' : (Number(token) as 0 | 1 | 2 | 3 | 4);
    answers[ectIds[i]!] = { level, evidence };
  });
  return answers;
}

/** The same answers with one criterion changed. */
export function withAnswer(
  answers: Answers,
  id: string,
  answer: Answers[string] | undefined,
): Answers {
  const copy = { ...answers };
  if (answer === undefined) delete copy[id];
  else copy[id] = answer;
  return copy;
}
