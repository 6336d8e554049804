import { jsonPath } from '../feed/issue.js';
import { describeProblem } from '../feed/messages.js';
import type { Localized } from '../i18n/locale.js';
import type { Answer, Answers } from '../schema/assessment.js';
import { validate } from '../validation/validate.js';
import {
  answerPlan,
  criterionIdPlan,
  datePlan,
  idPlan,
} from '../validation/validation-plan.generated.js';

/** A problem in answers read from a file: `error` leaves an answer out, `warning` a field. */
export interface AnswersProblem {
  severity: 'error' | 'warning';
  /** Where, as a JSON path: `$.answers["offer.logic"].level`. */
  path: string;
  message: Localized;
}

/** Answers read leniently, with what came around them (an assessment, a saved file, a bid). */
export interface ParsedAnswers {
  /** The valid answers; `null` when the input holds no answers at all. */
  answers: Answers | null;
  /** The grid id the answers were given for, when stated. */
  framework?: string;
  date?: string;
  /** A bid's price and the lowest price of the tender, when stated. */
  price?: number;
  lowestPrice?: number;
  problems: AnswersProblem[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads answers as people save them: a bare `{ criterion: answer }` object, or any object
 * with `answers` beside it (a feed assessment, the file `<inne-maturity-assessment>` exports,
 * a bid with its `price`). A JSON text is parsed first. Like `parseFeed`, it never throws: an
 * invalid answer is left out and reported, the others are kept.
 *
 * @example
 * const { answers, framework, problems } = parseAnswers(await readFile('answers.json', 'utf8'));
 * const grid = frameworkById(framework ?? 'efc-ect'); // null for an id that is no built-in grid
 * if (answers && grid) scoreAssessment(answers, grid);
 */
export function parseAnswers(input: unknown): ParsedAnswers {
  const problems: AnswersProblem[] = [];
  const fail = (fr: string, en: string): ParsedAnswers => {
    problems.push({ severity: 'error', path: '$', message: { fr, en } });
    return { answers: null, problems };
  };
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      // The engine's reason is English, and worded differently by each browser: French gets
      // the sentence alone rather than a sentence that switches language halfway.
      const detail = error instanceof Error ? ` (${error.message.slice(0, 120)})` : '';
      return fail('ce n’est pas du JSON lisible', `this is not readable JSON${detail}`);
    }
  }
  if (!isObject(value)) {
    return fail(
      'des réponses sont attendues\u00a0: un objet { "offer.logic": { "level": 2 } } ou une évaluation avec "answers"',
      'answers are expected: an object { "offer.logic": { "level": 2 } } or an assessment with "answers"',
    );
  }
  const wrapped = isObject(value.answers);
  const raw = wrapped ? (value.answers as Record<string, unknown>) : value;
  const at = (...path: PropertyKey[]) => jsonPath(wrapped ? ['answers', ...path] : path);
  const out: ParsedAnswers = { answers: {}, problems };

  for (const [key, answer] of Object.entries(raw)) {
    if (!validate(criterionIdPlan, key).ok) {
      problems.push({
        severity: 'error',
        path: at(key),
        message: describeProblem({ code: 'invalid_key', path: [key] }),
      });
      continue;
    }
    const parsed = validate<Answer>(answerPlan, answer);
    if (!parsed.ok) {
      for (const issue of parsed.problems) {
        problems.push({
          severity: 'error',
          path: at(key, ...issue.path),
          message: describeProblem(issue),
        });
      }
      continue;
    }
    out.answers![key] = parsed.data;
  }

  if (wrapped) {
    const warnField = (field: string, fr: string, en: string) =>
      problems.push({
        severity: 'warning',
        path: jsonPath([field]),
        message: { fr: `${fr}\u00a0: ignoré`, en: `${en}: ignored` },
      });
    if (value.framework !== undefined) {
      if (validate(idPlan, value.framework).ok) out.framework = value.framework as string;
      else warnField('framework', 'identifiant de grille invalide', 'invalid grid id');
    }
    if (value.date !== undefined) {
      const date = validate<string>(datePlan, value.date);
      if (date.ok) out.date = date.data;
      else {
        // The feed's words: the date's format, or a day that does not exist (2025-02-30).
        const { fr, en } = describeProblem(date.problems[0]!);
        warnField('date', fr, en);
      }
    }
    for (const field of ['price', 'lowestPrice'] as const) {
      const v = value[field];
      if (v === undefined) continue;
      if (typeof v === 'number' && v > 0 && Number.isFinite(v)) out[field] = v;
      else warnField(field, 'un prix positif est attendu', 'a positive price is expected');
    }
  }
  return out;
}
