import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { evidenceKinds } from '@club-inne/core';
import type { Answers, FrameworkCriterion, FrameworkDimension, Locale } from '@club-inne/core';
import type { AssessmentTexts } from './assessment-texts.js';
import { heading } from '../shared/heading.js';

export interface FieldContext {
  t: AssessmentTexts;
  locale: Locale;
  level: number;
  answers: Answers;
  /** The grid caps levels by evidence: ask for it. */
  evidence: boolean;
  prices: { price?: number; lowestPrice?: number };
  priceError: boolean;
}

// Evidence a visitor can claim; `none` counts like `declared` in every cap, so it is not asked
// (an imported `none` is kept as it is).
const offered = evidenceKinds.filter((e) => e !== 'none');

/**
 * One criterion: a native radio group of its five level descriptors and "not applicable"
 * (arrow keys move through it, one Tab stop), then the evidence held, once a level is chosen.
 * The controls carry `data-criterion` and `data-field`; the element listens to their `change`.
 */
export function criterionFieldset(
  c: FrameworkCriterion,
  ctx: FieldContext,
  quiet: boolean,
): TemplateResult {
  const f = ctx.t.maturity.form;
  const answer = ctx.answers[c.id];
  const level = answer?.level;
  const held = answer?.evidence ?? 'declared';
  const radio = (value: string, text: string) =>
    html`<label class="choice">
      <input
        type="radio"
        name=${c.id}
        value=${value}
        data-criterion=${c.id}
        data-field="level"
        .checked=${level !== undefined && String(level) === value}
      />
      <span>${text}</span>
    </label>`;
  return html`<fieldset class="criterion" part="criterion">
    <legend class=${quiet ? 'visually-hidden' : ''}>${c.label[ctx.locale]}</legend>
    <div class="choices">
      ${(c.levels ?? []).map((d, i) => radio(String(i), f.level(i, d[ctx.locale])))}
      ${radio('na', f.na)}
    </div>
    ${
      ctx.evidence
        ? html`<label class="evidence">
            <span>${f.evidence}</span>
            <select
              data-criterion=${c.id}
              data-field="evidence"
              ?disabled=${typeof level !== 'number'}
            >
              ${offered.map(
                (e) =>
                  html`<option value=${e} .selected=${held === e}>${f.evidenceKinds[e]}</option>`,
              )}
            </select>
          </label>`
        : nothing
    }
  </fieldset>`;
}

/**
 * The price criterion of a tender grid: this bid's price and the lowest one; core scores the
 * ratio. While core refuses the pair, both fields are marked in error and described by why, so
 * that a screen reader says it on either field, not only once as the alert appears.
 */
function priceFieldset(c: FrameworkCriterion, ctx: FieldContext, quiet: boolean): TemplateResult {
  const f = ctx.t.maturity.form;
  const input = (field: 'price' | 'lowestPrice', label: string) =>
    html`<label class="number">
      <span>${label}</span>
      <input
        type="number"
        min="0"
        step="any"
        inputmode="decimal"
        data-field=${field}
        aria-invalid=${ctx.priceError ? 'true' : 'false'}
        aria-describedby=${ctx.priceError ? 'price-hint price-error' : 'price-hint'}
        .value=${String(ctx.prices[field] ?? '')}
      />
    </label>`;
  return html`<fieldset class="criterion" part="criterion">
    <legend class=${quiet ? 'visually-hidden' : ''}>${c.label[ctx.locale]}</legend>
    <p id="price-hint" class="hint">${f.priceHint}</p>
    ${input('price', f.price)} ${input('lowestPrice', f.lowestPrice)}
    ${ctx.priceError ? html`<p id="price-error" class="field-error" role="alert">${f.priceError}</p>` : nothing}
  </fieldset>`;
}

/** A dimension of the grid: its title and weight, then its criteria. */
export function dimensionSection(d: FrameworkDimension, ctx: FieldContext): TemplateResult {
  const f = ctx.t.maturity.form;
  const title = d.label[ctx.locale];
  // A dimension with a single criterion of the same name (tender grids) shows the name once.
  const quiet = d.criteria.length === 1 && d.criteria[0]!.label[ctx.locale] === title;
  return html`<section class="dimension" part="dimension">
    ${heading(ctx.level, html`${title} <span class="weight">(${f.weight(d.weight)})</span>`, 'dimension-title')}
    ${d.criteria.map((c) =>
      c.scoring === 'lowest-price-ratio'
        ? priceFieldset(c, ctx, quiet)
        : criterionFieldset(c, ctx, quiet),
    )}
  </section>`;
}
