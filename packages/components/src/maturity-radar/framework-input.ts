import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { frameworkById, frameworks, validateFramework } from '@club-inne/core';
import type { Framework, FrameworkProblem, Locale } from '@club-inne/core';
import type { RadarTexts } from './radar-texts.js';
import type { Warn } from '../shared/attributes.js';
import type { Problem } from '../shared/report.js';

// A grid object is validated once, however often the element renders.
const checked = new WeakMap<object, Framework | FrameworkProblem[]>();

function check(value: unknown): Framework | FrameworkProblem[] {
  const r = validateFramework(value);
  return r.ok ? r.framework : r.problems;
}

/**
 * The grid an element scores with, from its `framework` property: nothing (the default
 * `efc-ect`), a built-in id typed in the attribute (`efc-tender`, in any case, as core's
 * `frameworkById` reads it), or a grid object given by a script, validated by core. A mistyped
 * id is reported and replaced by the default, like any attribute; a broken grid object gives
 * its problems, so the element shows an error instead of numbers nobody can trust.
 */
export function resolveFramework(
  value: unknown,
  warn: Warn,
  t: RadarTexts,
): Framework | FrameworkProblem[] {
  if (value === undefined || value === null || value === '') return frameworks.efcEct;
  if (typeof value === 'string') {
    const grid = frameworkById(value);
    if (grid) return grid;
    warn(value, t.maturity.radar.framework, frameworks.efcEct.id);
    return frameworks.efcEct;
  }
  if (typeof value !== 'object') return check(value);
  let r = checked.get(value);
  if (!r) checked.set(value, (r = check(value)));
  return r;
}

/** The last stage of a grid ("stage 2 of 5"); none on a grid without stages. */
export function lastStage(grid: Framework | null): number | undefined {
  return grid?.stages?.length ? grid.stages.length - 1 : undefined;
}

/** The grid's problems for the console and the `debug` panel. */
export function gridProblems(problems: FrameworkProblem[], locale: Locale): Problem[] {
  return problems.map((p) => ({
    severity: 'error',
    path: p.path.replace(/^\$/, '.framework'),
    message: p.message[locale],
  }));
}

/** What a visitor sees instead of a diagnosis when the grid is broken: calm, with details. */
export function gridError(
  problems: FrameworkProblem[],
  t: RadarTexts,
  locale: Locale,
): TemplateResult {
  return html`<div class="message grid-error" part="error">
    <p>${t.maturity.radar.invalid}</p>
    <details>
      <summary>${t.maturity.radar.details(problems.length)}</summary>
      <ul>
        ${problems.slice(0, 50).map((p) => html`<li><code>${p.path}</code> ${p.message[locale]}</li>`)}
      </ul>
    </details>
  </div>`;
}
