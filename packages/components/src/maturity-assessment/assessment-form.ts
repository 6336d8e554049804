import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AssessmentScore, Framework } from '@club-inne/core';
import { dimensionSection } from './criterion-fieldset.js';
import type { FieldContext } from './criterion-fieldset.js';

/** Criteria answered (a level or `na`, or the price) out of all the grid's criteria. */
export function progressOf(result: AssessmentScore): { done: number; total: number } {
  const total = result.criteria.length;
  return { done: total - result.unanswered.length, total };
}

/**
 * The form: the grid's own description, the progress, then every dimension. One `change`
 * listener for all the controls; the form never submits (there is nothing to send anywhere).
 */
export function assessmentForm(
  grid: Framework,
  result: AssessmentScore,
  ctx: FieldContext,
  onChange: (e: Event) => void,
): TemplateResult {
  const { done, total } = progressOf(result);
  return html`<form
    class="form"
    part="form"
    @change=${onChange}
    @submit=${(e: Event) => e.preventDefault()}
  >
    ${grid.description ? html`<p class="intro">${grid.description[ctx.locale]}</p>` : nothing}
    <div class="progress" part="progress">
      <span id="progress-label">${ctx.t.maturity.form.progress(done, total)}</span>
      <progress max=${total} .value=${done} aria-labelledby="progress-label"></progress>
    </div>
    ${grid.dimensions.map((d) => dimensionSection(d, ctx))}
  </form>`;
}
