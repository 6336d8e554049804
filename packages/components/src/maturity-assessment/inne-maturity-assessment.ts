import { html } from 'lit';
import type { PropertyValues } from 'lit';
import { BidError, scoreAssessment } from '@club-inne/core';
import type {
  Answers,
  AssessmentScore,
  Evidence,
  Framework,
  FrameworkProblem,
  Level,
} from '@club-inne/core';
import {
  gridError,
  gridProblems,
  lastStage,
  resolveFramework,
} from '../maturity-radar/framework-input.js';
import { caption } from '../maturity-radar/radar.template.js';
import { gridErrorStyles } from '../maturity-radar/grid-error.styles.js';
import { readInteger } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { emit } from '../shared/events.js';
import { InneElement } from '../shared/inne-element.js';
import { renderWorthwhile } from '../shared/render-later.js';
import { AssessmentActions, answersFile } from './assessment-actions.js';
import type { AssessmentState, Prices } from './assessment-actions.js';
import { drafts } from './answers-file.js';
import { assessmentForm, progressOf } from './assessment-form.js';
import { assessmentTools } from './assessment-tools.js';
import { assessmentStyles } from './inne-maturity-assessment.styles.js';
import { PoliteAnnouncer } from './polite-announcer.js';
import { resultPanel } from './result-panel.js';
import { assessmentTexts } from './assessment-texts.js';
import type { AssessmentTexts } from './assessment-texts.js';

// The form needs no feed.
const noCollections: readonly never[] = [];

/** The answers as they stand after a visitor's change, and core's result for them. */
export interface InneAssessmentChangeDetail {
  framework: string;
  answers: Answers;
  result: AssessmentScore;
}

/**
 * The EFC maturity self-assessment: the grid's criteria by dimension, each a native radio
 * group of its level descriptors (and "not applicable") with the evidence held, and the live
 * result beside it: radar, overall score, stage, what blocks the next stage, what to work on
 * next. Any grid works (`.framework`); a tender grid shows points and no stages. Scoring is
 * core's `scoreAssessment`; nothing is stored unless `persist` is set. It reads no feed and
 * writes no JSON-LD: the `src`, `.feed`, `refresh()`, `inne-load`, `inne-error` and
 * `no-jsonld` of the other elements do not apply to it.
 *
 * @tag inne-maturity-assessment
 * @summary The EFC maturity self-assessment form, with its live result and radar.
 * @attr framework - The grid: `efc-ect` (default) or `efc-tender`; the property also takes a grid object, checked by core.
 * @attr persist - Keeps a draft in this browser (localStorage key `inne-assessment:` + the element's id, else the grid's id).
 * @attr heading-level - Level of the dimension and result titles, 2–6 (default 3).
 * @prop {Answers} answers - The answers, `{ 'offer.logic': { level: 2, evidence: 'document' } }`; set to prefill, read to save.
 * @fires {CustomEvent<InneAssessmentChangeDetail>} inne-assessment-change - A visitor changed, imported or cleared answers.
 * @csspart base - The wrapper. @csspart form - The form. @csspart progress - The progress line.
 * @csspart dimension - A dimension. @csspart dimension-title - Its title. @csspart criterion - A criterion.
 * @csspart result - The result panel. @csspart result-title - Its title. @csspart subtitle - Its subtitles.
 * @csspart radar - The radar. @csspart tools - Copy, export, import. @csspart button - Buttons.
 * @csspart error - A broken grid. @csspart debug - The debug panel.
 * @cssproperty --inne-accent - Accent (buttons, focus, radar). @cssproperty --inne-border - Borders.
 * @cssproperty --inne-radius - Corner radius. @cssproperty --inne-gap - Space between blocks.
 * @cssproperty --inne-field-background - Background of fields. @cssproperty --inne-muted - Secondary text.
 * @cssproperty --inne-focus - Focus ring colour. @cssproperty --inne-heading-font - Title font.
 * @cssproperty --inne-line-height - Line height (1.5).
 * @unused src feed no-jsonld refresh inne-load inne-error --inne-skeleton --inne-loading-height
 */
export class InneMaturityAssessment extends InneElement<AssessmentTexts> {
  static override properties = {
    framework: {},
    answers: { attribute: false },
    persist: { type: Boolean },
    headingLevel: { type: String, attribute: 'heading-level' },
  };
  static override styles = [baseStyles, gridErrorStyles, assessmentStyles];

  /** @default 'efc-ect' */
  declare framework?: Framework | string;
  declare answers: Answers;
  declare persist: boolean;
  /** @default 3 */
  declare headingLevel?: string | number;

  #grid?: Framework;
  #broken: FrameworkProblem[] = [];
  #result?: AssessmentScore;
  #prices: Prices = {};
  #priceError = false;
  #level = 3;
  #restored?: string;
  readonly #announcer = new PoliteAnnouncer(this);
  readonly #actions = new AssessmentActions(
    this,
    () => this.#state(),
    (answers, prices, said) => {
      this.answers = answers;
      this.#prices = prices;
      void this.#changed(said);
    },
  );

  protected readonly collections = noCollections;

  constructor() {
    super(assessmentTexts);
    this.answers = {};
    this.persist = false;
  }

  protected override needsFeed(): boolean {
    return false;
  }

  // A long form, often below the fold: its first render must not delay the cards and events
  // above it, which wait for their feed.
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return renderWorthwhile(this).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#level = readInteger(this.headingLevel, 2, 6, 3, this.warn('heading-level'));
    const grid = resolveFramework(this.framework, this.warn('framework'), this.t);
    this.#grid = Array.isArray(grid) ? undefined : grid;
    this.#broken = Array.isArray(grid) ? grid : [];
    this.notices.push(...gridProblems(this.#broken, this.locale));
    if (this.#grid && this.persist) this.#restore(this.#grid);
    this.#result = this.#grid && this.#score(this.#grid);
  }

  protected override renderFeed(): unknown {
    const { t, locale } = this;
    const grid = this.#grid;
    const result = this.#result;
    if (!grid || !result) return gridError(this.#broken, t, locale);
    const fields = { t, locale, level: this.#level, answers: this.answers, prices: this.#prices };
    const ctx = { ...fields, evidence: !!grid.evidence?.caps.length, priceError: this.#priceError };
    const sub = Math.min(this.#level + 1, 6);
    return html`<div class="layout">
        ${assessmentForm(grid, result, ctx, this.#onChange)}
        <div class="aside">
          ${resultPanel({ t, locale, level: this.#level, result })}
          ${assessmentTools(this.#actions, t, sub, this.persist)}
        </div>
      </div>
      <p class="visually-hidden" role="status">${this.#announcer.text}</p>`;
  }

  #state(): AssessmentState | undefined {
    const { t, locale, answers } = this;
    const grid = this.#grid;
    const result = this.#result;
    return grid && result ? { grid, result, answers, prices: this.#prices, t, locale } : undefined;
  }

  #score(grid: Framework): AssessmentScore {
    const a = this.answers;
    const answers = typeof a === 'object' && a && !Array.isArray(a) ? a : {};
    this.#priceError = false;
    try {
      return scoreAssessment(answers, grid, this.#prices);
    } catch (e) {
      // Core refuses prices that make no ratio: the bid is scored without its price.
      if (!(e instanceof BidError)) throw e;
      this.#priceError = true;
      return scoreAssessment(answers, grid);
    }
  }

  #restore(grid: Framework): void {
    const key = drafts.key(this.id, grid);
    if (key === this.#restored) return;
    this.#restored = key;
    const draft = drafts.load(key, grid);
    if (!draft?.ok) return;
    this.answers = draft.answers;
    this.#prices = { price: draft.price, lowestPrice: draft.lowestPrice };
    this.#actions.status = this.t.maturity.tools.restored;
  }

  #onChange = (e: Event): void => {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    const { criterion: id, field } = el.dataset;
    const before = id ? this.answers[id] : undefined;
    if (field === 'price' || field === 'lowestPrice') {
      this.#prices = { ...this.#prices, [field]: el.value === '' ? undefined : Number(el.value) };
    } else if (id && field === 'level') {
      const level = el.value === 'na' ? 'na' : (Number(el.value) as Level);
      this.answers = { ...this.answers, [id]: { ...before, level } };
    } else if (id && before && field === 'evidence') {
      this.answers = { ...this.answers, [id]: { ...before, evidence: el.value as Evidence } };
    }
    void this.#changed();
  };

  /** After a visitor's change: save the draft, tell the page, and later the screen reader. */
  async #changed(said = ''): Promise<void> {
    this.#actions.status = said;
    this.#actions.copyText = undefined;
    this.requestUpdate();
    await this.updateComplete;
    const s = this.#state();
    if (!s) return;
    const key = drafts.key(this.id, s.grid);
    const empty = !Object.keys(s.answers).length && s.prices.price === undefined;
    if (this.persist && empty) drafts.clear(key);
    else if (this.persist) drafts.save(key, answersFile(s));
    emit(this, 'inne-assessment-change', {
      framework: s.grid.id,
      answers: s.answers,
      result: s.result,
    });
    this.#announcer.later(() => {
      const now = this.#state()!;
      const { done, total } = progressOf(now.result);
      const headline = caption(now.result, { ...now, last: lastStage(now.grid) });
      return now.t.maturity.result.announce([
        ...headline,
        now.t.maturity.form.progress(done, total),
      ]);
    });
  }
}

declare module '../shared/events.js' {
  interface InneEventMap {
    'inne-assessment-change': CustomEvent<InneAssessmentChangeDetail>;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inne-maturity-assessment': InneMaturityAssessment;
  }
}
