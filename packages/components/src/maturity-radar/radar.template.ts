import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { Locale } from '@club-inne/core';
import { formatNumber } from '../messages/format.js';
import type { RadarTexts } from './radar-texts.js';
import {
  axisPoint,
  labelPoint,
  pointList,
  ring,
  RINGS,
  seriesPoints,
  VIEW_BOX,
} from './radar-geometry.js';
import type { RadarView } from './radar-view.js';

export interface RadarContext {
  t: RadarTexts;
  locale: Locale;
  /** The last stage of the grid, for "stage 2 of 5", when known. */
  last?: number;
}

type Kind = 'main' | 'other';

// Each series has its own line and marker (solid with dots, dashed with squares), so that
// they stay apart in grey print and for readers who do not tell the colours apart.
function series(scores: (number | null)[], kind: Kind): SVGTemplateResult {
  const points = seriesPoints(scores);
  return svg`<g class="series ${kind}">
    <polygon points=${pointList(points)}></polygon>
    ${points.map(([x, y]) =>
      kind === 'main'
        ? svg`<circle cx=${x} cy=${y} r="4.5"></circle>`
        : svg`<rect x=${x - 4} y=${y - 4} width="8" height="8"></rect>`,
    )}
  </g>`;
}

function chart(view: RadarView): SVGTemplateResult {
  const n = view.rows.length;
  const na = (i: number) => (view.rows[i]!.score === null ? 'na' : '');
  return svg`<g class="grid">
      ${RINGS.map((s) =>
        n >= 3 ? svg`<polygon points=${ring(n, s)}></polygon>` : svg`<circle r=${s}></circle>`,
      )}
      ${view.rows.map((_, i) => {
        const [x, y] = axisPoint(i, n, 100);
        return svg`<line class="axis ${na(i)}" x2=${x} y2=${y}></line>`;
      })}
    </g>
    ${
      view.other
        ? series(
            view.rows.map((r) => r.other ?? null),
            'other',
          )
        : nothing
    }
    ${series(
      view.rows.map((r) => r.score),
      'main',
    )}
    ${view.rows.map((_, i) => {
      const [x, y] = labelPoint(i, n);
      return svg`<text class="num ${na(i)}" x=${x} y=${y}>${i + 1}</text>`;
    })}`;
}

/** A line sample of a series, for the legend. */
const sample = (kind: Kind) =>
  html`<svg class="sample" viewBox="0 0 40 12" aria-hidden="true">
    <g class="series ${kind}">
      <line x1="2" y1="6" x2="38" y2="6"></line>
      ${kind === 'main' ? svg`<circle cx="20" cy="6" r="4"></circle>` : svg`<rect x="16" y="2" width="8" height="8"></rect>`}
    </g>
  </svg>`;

/**
 * The headline of a result (or of a radar view): the overall score, as a score out of 100 or,
 * on a grid without stages (a tender), as points; and the stage reached.
 */
export function caption(result: Pick<RadarView, 'overall' | 'stage'>, ctx: RadarContext): string[] {
  const r = ctx.t.maturity.radar;
  const lines = [result.stage ? r.overall(result.overall) : r.total(result.overall)];
  if (result.stage) {
    lines.push(r.stage(result.stage.index, result.stage.label[ctx.locale], ctx.last));
  }
  return lines;
}

/**
 * The radar as a figure: the SVG (an image whose accessible name carries every value), the
 * key that names the numbered axes (hidden from screen readers, which get the same from the
 * image's name), the overall score and stage, and the legend of series.
 */
export function radarFigure(view: RadarView, ctx: RadarContext): TemplateResult {
  const { t, locale } = ctx;
  const r = t.maturity.radar;
  const value = (s: number | null | undefined) => (s == null ? r.na : r.outOf100(s));
  const said = (label: string, pick: (i: number) => number | null | undefined) =>
    r.summary(
      label,
      view.rows.map((row, i) => r.part(row.label[locale], value(pick(i)))),
    );
  // The figcaption names the figure (overall score, stage); the drawing's own name gives
  // every value, so that nothing is read twice.
  const label = [
    r.name,
    said(view.label, (i) => view.rows[i]!.score),
    ...(view.other ? [said(view.other.label, (i) => view.rows[i]!.other)] : []),
  ].join('. ');
  return html`<figure class="figure" part="figure">
    <div class="chart">
      <svg viewBox=${VIEW_BOX} role="img" aria-labelledby="radar-label" part="chart">
        ${chart(view)}
      </svg>
      <span id="radar-label" hidden>${label}</span>
      <ol class="key" part="key" aria-hidden="true">
        ${view.rows.map(
          (row, i) =>
            html`<li class=${row.score === null ? 'na' : ''}>
              <span class="num">${i + 1}</span><span class="name">${row.label[locale]}</span>
              <span class="value"
                >${row.score === null ? r.naShort : formatNumber(locale, row.score)}</span
              >
            </li>`,
        )}
      </ol>
    </div>
    <figcaption part="caption">
      ${caption(view, ctx).map((line) => html`<span>${line}</span>`)}
    </figcaption>
    ${
      view.other
        ? html`<ul class="legend" part="legend" aria-label=${r.series}>
            <li>${sample('main')}${view.label}</li>
            <li>${sample('other')}${view.other.label}</li>
          </ul>`
        : nothing
    }
  </figure>`;
}

const signed = (locale: Locale, x: number) => `${x > 0 ? '+' : ''}${formatNumber(locale, x)}`;

/** The same figures as a table: the alternative for screen readers, print and copy. */
export function radarTable(view: RadarView, ctx: RadarContext): TemplateResult {
  const { t, locale } = ctx;
  const r = t.maturity.radar;
  const cell = (s: number | null | undefined) =>
    html`<td>${s == null ? r.na : formatNumber(locale, s)}</td>`;
  const delta = (d: number | null | undefined) =>
    html`<td>${d == null ? r.na : signed(locale, d)}</td>`;
  const hasDelta = view.other?.delta !== undefined;
  return html`<table part="table">
    <caption>
      ${r.caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${r.dimension}</th>
        <th scope="col">${view.label}</th>
        ${view.other ? html`<th scope="col">${view.other.label}</th>` : nothing}
        ${hasDelta ? html`<th scope="col">${r.delta}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${view.rows.map(
        (row, i) =>
          html`<tr>
            <th scope="row">${i + 1}. ${row.label[locale]}</th>
            ${cell(row.score)} ${view.other ? cell(row.other) : nothing}
            ${hasDelta ? delta(row.delta) : nothing}
          </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">${r.overallRow}</th>
        ${cell(view.overall)}
        ${
          view.other
            ? view.other.overall === undefined
              ? html`<td>${r.notGiven}</td>`
              : cell(view.other.overall)
            : nothing
        }
        ${hasDelta ? delta(view.other?.delta) : nothing}
      </tr>
    </tfoot>
  </table>`;
}
