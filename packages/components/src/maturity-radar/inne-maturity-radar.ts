import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { assessmentsReader, frameworkById, parseAnswers, scoreAssessment } from '@club-inne/core';
import type {
  Answers,
  AssessmentComparison,
  AssessmentScore,
  Framework,
  FrameworkProblem,
} from '@club-inne/core';
import { readChoice } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { InneElement } from '../shared/inne-element.js';
import { renderLoading } from '../shared/states.js';
import { gridError, gridProblems, lastStage, resolveFramework } from './framework-input.js';
import { gridErrorStyles } from './grid-error.styles.js';
import { radarStyles } from './inne-maturity-radar.styles.js';
import { radarFigure, radarTable } from './radar.template.js';
import type { RadarContext } from './radar.template.js';
import { comparisonView, isComparison, isSeries, resultView } from './radar-view.js';
import type { RadarSeries, RadarView } from './radar-view.js';
import { radarTexts } from './radar-texts.js';
import type { RadarTexts } from './radar-texts.js';

// An assessment of the feed, found by its id.
const radarCollections = [assessmentsReader];

const tableModes = ['toggle', 'visible'] as const;

/**
 * An EFC maturity result as a radar: one axis per dimension of the grid (scores 0–100), the
 * overall score and the stage, and an optional second series (before/after, a territory
 * median) with its own line pattern. The same figures are offered as a table, and are the
 * accessible name of the drawing. Scores come from core's `scoreAssessment`, never from here.
 *
 * @tag inne-maturity-radar
 * @summary The radar of an EFC maturity result, with its figures as a table.
 * @attr framework - The grid of `.answers`: `efc-ect` (default) or `efc-tender`; the property also takes a grid object.
 * @attr assessment - The id of an assessment of the feed to draw (any source of `<inne-projects>`).
 * @attr label - Name of the main series in the legend and table (default: "Ce diagnostic").
 * @attr table - `toggle` (default: a button shows the table) or `visible`.
 * @prop {AssessmentScore} result - A result of `scoreAssessment`; wins over `.answers`.
 * @prop {Answers} answers - Answers to score with `.framework`; any it cannot use (a level other than 0–4 or `na`, an unknown evidence word) is named in the console and the `debug` panel.
 * @prop {RadarSeries | AssessmentComparison} compare - A series `{ label, dimensions }` drawn dashed, or a result of `compareAssessments` (then after is the main series, before the dashed one).
 * @csspart base - The wrapper. @csspart figure - The figure. @csspart chart - The SVG.
 * @csspart key - The names of the numbered axes. @csspart caption - Overall score and stage.
 * @csspart badge - The `example` badge of an example assessment. @csspart example-hint - What it means.
 * @csspart legend - The series. @csspart button - The table button. @csspart table - The table.
 * @csspart empty - "No result". @csspart error - A broken grid. @csspart loading - The placeholder.
 * @csspart debug - The debug panel.
 * @cssproperty --inne-radar-color - The main series. Default: `--inne-accent`, else the text colour.
 * @cssproperty --inne-radar-compare-color - The compared series. Default: the text colour, lighter.
 * @cssproperty --inne-radar-grid - Rings and axes. Default: `--inne-border`.
 * @cssproperty --inne-radar-size - Largest width of the drawing (22rem).
 * @cssproperty --inne-accent - Accent (button, focus).
 * @cssproperty --inne-border - Borders. @cssproperty --inne-radius - Corner radius.
 * @cssproperty --inne-focus - Focus ring colour. @cssproperty --inne-muted - Secondary text.
 * @cssproperty --inne-gap - Space in the placeholders and notes. @cssproperty --inne-line-height - Line height (1.5).
 * @cssproperty --inne-skeleton - Placeholders.
 * @cssproperty --inne-loading-height - Height of the placeholder (12rem).
 * @unused --inne-primary-background
 */
export class InneMaturityRadar extends InneElement<RadarTexts> {
  static override properties = {
    result: { attribute: false },
    answers: { attribute: false },
    framework: {},
    compare: { attribute: false },
    assessment: { type: String },
    label: { type: String },
    table: { type: String },
  };
  static override styles = [baseStyles, buttonStyles, gridErrorStyles, radarStyles];

  declare result?: AssessmentScore;
  declare answers?: Answers;
  /** @default 'efc-ect' */
  declare framework?: Framework | string;
  declare compare?: RadarSeries | AssessmentComparison;
  declare assessment?: string;
  declare label?: string;
  /** @default 'toggle' */
  declare table?: string;

  #view?: RadarView;
  #broken?: FrameworkProblem[];
  #last?: number;
  #mode: (typeof tableModes)[number] = 'toggle';
  #open = false;
  /** The feed's assessment drawn is an example (`example: true`): made-up answers, said so. */
  #example = false;

  protected readonly collections = radarCollections;

  constructor() {
    super(radarTexts);
  }

  protected override needsFeed(): boolean {
    return !!this.assessment && !this.result && !this.answers && !isComparison(this.compare);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#mode = readChoice(this.table, tableModes, 'toggle', this.warn('table'));
    this.#broken = undefined;
    this.#last = undefined;
    this.#example = false;
    this.#view = this.#build();
  }

  protected override renderLoading(): unknown {
    return renderLoading(this.t, 1);
  }

  protected override renderFeed(): unknown {
    const r = this.t.maturity.radar;
    if (this.#broken) return gridError(this.#broken, this.t, this.locale);
    const view = this.#view;
    if (!view) return html`<p class="message" part="empty">${r.empty}</p>`;
    const ctx: RadarContext = { t: this.t, locale: this.locale, last: this.#last };
    const open = this.#mode === 'visible' || this.#open;
    return html`${
        this.#example
          ? html`<p class="flags">
              <span class="badge example" part="badge example">${r.example}</span>
              <span class="example-hint" part="example-hint">${r.exampleHint}</span>
            </p>`
          : nothing
      }
      ${radarFigure(view, ctx)}
      ${
        this.#mode === 'toggle'
          ? html`<button
              type="button"
              class="toggle"
              part="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="radar-table"
              @click=${this.#toggle}
            >
              ${open ? r.hideTable : r.showTable}
            </button>`
          : nothing
      }
      <div
        id="radar-table"
        class="table"
        role="region"
        aria-label=${r.caption}
        tabindex="0"
        ?hidden=${!open}
      >
        ${radarTable(view, ctx)}
      </div>`;
  }

  #toggle = (): void => {
    this.#open = !this.#open;
    this.requestUpdate();
  };

  #build(): RadarView | undefined {
    const r = this.t.maturity.radar;
    const compare = this.compare;
    if (isComparison(compare)) {
      this.#last = lastStage(frameworkById(compare.framework?.id ?? ''));
      return comparisonView(compare, this.t, this.locale);
    }
    let other: RadarSeries | undefined;
    if (isSeries(compare)) other = compare;
    else if (compare != null) this.notices.push({ severity: 'warning', message: r.badCompare });
    const result = this.#result();
    if (!result) return undefined;
    this.#last ??= lastStage(frameworkById(result.framework?.id ?? ''));
    return resultView(result, this.label || r.thisOne, other);
  }

  #result(): AssessmentScore | undefined {
    if (this.result && Array.isArray(this.result.dimensions)) return this.result;
    let answers = this.answers;
    let grid: unknown = this.framework;
    const s = this.data.state;
    if (!answers && this.assessment && this.needsFeed() && s.status === 'ready') {
      const found = s.feed.assessments.find((a) => a.id === this.assessment);
      if (!found) this.warn('assessment')(this.assessment, this.ids(s.feed.assessments), '');
      answers = found?.answers;
      grid = found?.framework ?? grid;
      this.#example = found?.example === true;
    }
    if (answers == null) return undefined;
    // Not answers at all (a list, a text): said where it is, not drawn as nothing answered.
    if (typeof answers !== 'object' || Array.isArray(answers)) return this.#badAnswers(answers);
    const framework = resolveFramework(grid, this.warn('framework'), this.t);
    if (Array.isArray(framework)) {
      this.#broken = framework;
      this.notices.push(...gridProblems(framework, this.locale));
      return undefined;
    }
    this.#last = lastStage(framework);
    const result = scoreAssessment(answers, framework);
    // A typo in `.answers` (`level: 7`, an evidence word misspelt) would otherwise draw as a
    // question left blank or a declared level, with no word of why: core's reader says which
    // answer and what is wrong with it, in the element's language.
    if (result.invalid.length) this.#badAnswers(answers);
    return result;
  }

  #badAnswers(answers: unknown): undefined {
    for (const p of parseAnswers(answers).problems) {
      const path = `.answers${p.path.slice(1)}`;
      this.notices.push({ severity: 'warning', path, message: p.message[this.locale] });
    }
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inne-maturity-radar': InneMaturityRadar;
  }
}
