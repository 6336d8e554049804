import { parseAnswers } from '@club-inne/core';
import type { Answers, AnswersProblem, Framework } from '@club-inne/core';

/**
 * What "Exporter" writes, "Importer" reads and `persist` keeps: the answers given with one
 * grid, and a bid's prices on a tender grid. Plain JSON that core's `parseAnswers` and
 * `inne score` read as they are.
 */
export interface AnswersFile {
  framework: string;
  date?: string;
  answers: Answers;
  price?: number;
  lowestPrice?: number;
}

export type ReadFailure =
  | { ok: false; error: 'too-large' }
  | { ok: false; error: 'invalid'; problem: AnswersProblem }
  | { ok: false; error: 'other-grid'; id: string };

export type ReadResult =
  | { ok: true; answers: Answers; ignored: number; price?: number; lowestPrice?: number }
  | ReadFailure;

/** Far above the largest grid's answers: anything bigger is not a file of answers. */
export const MAX_FILE_SIZE = 256 * 1024;

/**
 * Reads answers from a file or a draft with core's `parseAnswers`, for this grid. A file with
 * one invalid answer is refused whole, with core's words for the first problem: importing
 * half of it would silently replace the visitor's answers with a mix. Answers to criteria the
 * grid does not have are dropped and counted, so that a file from an older grid still loads.
 */
export function readAnswers(input: unknown, grid: Framework): ReadResult {
  const parsed = parseAnswers(input);
  const problem = parsed.problems.find((p) => p.severity === 'error');
  if (!parsed.answers || problem) {
    return { ok: false, error: 'invalid', problem: problem ?? parsed.problems[0]! };
  }
  if (parsed.framework && parsed.framework !== grid.id) {
    return { ok: false, error: 'other-grid', id: parsed.framework };
  }
  const known = new Set(grid.dimensions.flatMap((d) => d.criteria.map((c) => c.id)));
  const answers: Answers = {};
  let ignored = 0;
  for (const [id, answer] of Object.entries(parsed.answers)) {
    if (known.has(id)) answers[id] = answer;
    else ignored++;
  }
  const { price, lowestPrice } = parsed;
  return { ok: true, answers, ignored, price, lowestPrice };
}

/** Reads the text of a file or a draft. */
export function readAnswersText(text: string, grid: Framework): ReadResult {
  return text.length > MAX_FILE_SIZE ? { ok: false, error: 'too-large' } : readAnswers(text, grid);
}

/** Reads the file picked in a file input, then empties it so the same file can be picked again. */
export async function readPickedFile(
  input: HTMLInputElement,
  grid: Framework,
): Promise<ReadResult | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  if (file.size > MAX_FILE_SIZE) return { ok: false, error: 'too-large' };
  return readAnswersText(await file.text(), grid);
}

/**
 * The draft kept by `persist`, under the element's own key. Storage can be missing or refused
 * (private browsing, a sandboxed frame, a full quota): the form then works without a draft.
 */
export const drafts = {
  key: (id: string, grid: Framework) => `inne-assessment:${id || grid.id}`,
  load(key: string, grid: Framework): ReadResult | null {
    try {
      const text = localStorage.getItem(key);
      return text === null ? null : readAnswersText(text, grid);
    } catch {
      return null;
    }
  },
  save(key: string, file: AnswersFile): void {
    try {
      localStorage.setItem(key, JSON.stringify(file));
    } catch {
      // No storage: the answers stay on the page, and export still works.
    }
  },
  clear(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing was stored.
    }
  },
};
