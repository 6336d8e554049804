import type { ReactiveControllerHost } from 'lit';
import type { Answers, AssessmentScore, Framework, Locale } from '@club-inne/core';
import { lastStage } from '../maturity-radar/framework-input.js';
import type { AssessmentTexts } from './assessment-texts.js';
import { downloadFile } from '../shared/download.js';
import { readPickedFile } from './answers-file.js';
import type { AnswersFile, ReadFailure } from './answers-file.js';
import { resultText } from './result-text.js';

export type Prices = { price?: number; lowestPrice?: number };

/** The assessment as it stands, read when a tool is used. */
export interface AssessmentState {
  grid: Framework;
  result: AssessmentScore;
  answers: Answers;
  prices: Prices;
  t: AssessmentTexts;
  locale: Locale;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** The file "Exporter" writes and `persist` keeps. */
export function answersFile(s: Pick<AssessmentState, 'grid' | 'answers' | 'prices'>): AnswersFile {
  const date = new Date().toISOString().slice(0, 10);
  return { framework: s.grid.id, date, answers: s.answers, ...s.prices };
}

/**
 * The tools of the assessment: copy the result as text, export and import the answers, clear
 * them. Each outcome becomes `status` (shown in a polite live region); new answers go back to
 * the element through `apply`, which scores, saves and tells the page as for any change.
 */
export class AssessmentActions {
  #status = '';
  /** How many outcomes so far: the same one twice in a row is announced twice. */
  said = 0;
  /** The result's text, shown selected when the clipboard refused it. */
  copyText?: string;

  constructor(
    private readonly host: Host,
    private readonly state: () => AssessmentState | undefined,
    private readonly apply: (answers: Answers, prices: Prices, status: string) => void,
  ) {}

  copy = async (): Promise<void> => {
    const s = this.state();
    if (!s) return;
    const text = resultText(s.result, s.grid, s.t, s.locale, lastStage(s.grid));
    const copied = await copyToClipboard(text);
    this.#say(
      copied ? s.t.maturity.tools.copied : s.t.maturity.tools.copyFallback,
      copied ? undefined : text,
    );
    await this.host.updateComplete;
    const area = this.host.renderRoot.querySelector('textarea');
    area?.focus();
    area?.select();
  };

  exportFile = (): void => {
    const s = this.state();
    if (!s) return;
    const name = `${s.t.maturity.tools.fileName}-${s.grid.id}.json`;
    const text = JSON.stringify(answersFile(s), null, 2);
    downloadFile(this.host.renderRoot as ShadowRoot, name, text, 'application/json;charset=utf-8');
  };

  importFile = async (e: Event): Promise<void> => {
    const s = this.state();
    const r = s && (await readPickedFile(e.target as HTMLInputElement, s.grid));
    if (!s || !r) return;
    if (!r.ok) return this.#say(importFailure(r, s.t, s.locale));
    const m = s.t.maturity.tools;
    const said = m.imported(Object.keys(r.answers).length);
    const prices = { price: r.price, lowestPrice: r.lowestPrice };
    this.apply(r.answers, prices, r.ignored ? `${said} ${m.ignored(r.ignored)}` : said);
  };

  reset = (): void => {
    const s = this.state();
    if (s && window.confirm(s.t.maturity.tools.resetConfirm)) {
      this.apply({}, {}, s.t.maturity.tools.cleared);
    }
  };

  get status(): string {
    return this.#status;
  }

  set status(text: string) {
    this.#status = text;
    this.said++;
  }

  #say(status: string, copyText?: string): void {
    this.status = status;
    this.copyText = copyText;
    this.host.requestUpdate();
  }
}

/** What went wrong with a file, in words (core's, for a problem in the answers). */
function importFailure(r: ReadFailure, t: AssessmentTexts, locale: Locale): string {
  const m = t.maturity.tools;
  if (r.error === 'other-grid') return m.otherGrid(r.id);
  if (r.error === 'too-large') return m.tooLarge;
  const { path, message } = r.problem;
  return m.invalid(message[locale], path === '$' ? undefined : path);
}

/** Copies text to the clipboard; false when the page may not (no permission, not https). */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
