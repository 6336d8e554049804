import { css } from 'lit';

/**
 * The radar follows its own width (container queries): under 36rem the key goes below the
 * drawing, above it they sit side by side. The SVG scales through its viewBox, so lines and
 * numbers keep their proportions from 240 px to 600 px. Series differ by line pattern and
 * marker as well as colour; printed, the table is always there.
 */
export const radarStyles = css`
  :host {
    --_series: var(--inne-radar-color, var(--_accent));
    --_other: var(--inne-radar-compare-color, color-mix(in srgb, currentColor 78%, transparent));
    --_grid: var(--inne-radar-grid, var(--_border));
  }
  .figure {
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  .chart {
    display: grid;
    gap: 0.75rem;
    align-items: center;
  }
  /* Side by side from 36rem only: at 30rem (the assessment's side panel on a wide screen)
     the key's share was 9rem, a name on three lines and its « & » at a line's end. */
  @container inne (min-width: 36rem) {
    .chart {
      grid-template-columns: minmax(12rem, 3fr) minmax(10rem, 2fr);
    }
  }
  svg[part~='chart'] {
    display: block;
    width: 100%;
    max-width: var(--inne-radar-size, 22rem);
    height: auto;
    justify-self: center;
    overflow: visible;
  }
  .grid polygon,
  .grid circle,
  .axis {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .axis.na {
    stroke: currentColor;
    stroke-dasharray: 2 4;
  }
  .series polygon,
  .series line {
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .series.main {
    color: var(--_series);
  }
  .series.main polygon {
    fill: color-mix(in srgb, currentColor 16%, transparent);
  }
  .series.other {
    color: var(--_other);
  }
  .series.other polygon {
    fill: none;
  }
  .series.other polygon,
  .series.other line {
    stroke-dasharray: 7 5;
  }
  .series circle,
  .series rect {
    fill: currentColor;
  }
  .num {
    font-size: 15px;
    font-weight: 700;
    fill: currentColor;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .num.na {
    font-style: italic;
    font-weight: 400;
  }
  /* One grid for all rows (the key is hidden from assistive technologies, its items need no
     list role): each score sits just after the longest name, not at the far edge of a wide
     column, away from its own. */
  .key {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: 1.6em minmax(0, max-content) auto;
    justify-content: start;
    align-items: baseline;
    gap: 0.3rem 0.5em;
    font-size: 0.9375em;
  }
  .key li {
    display: contents;
  }
  .key .num {
    font-size: 0.875em;
    text-align: center;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .key .value {
    text-align: end;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .key .na .value {
    font-style: italic;
    font-weight: 400;
  }
  figcaption {
    font-weight: 650;
  }
  figcaption span {
    display: block;
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    font-size: 0.9375em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .sample {
    width: 2.5em;
    height: 0.75em;
    overflow: visible;
  }
  .toggle {
    margin-top: 0.75rem;
  }
  .table {
    margin-top: 0.75rem;
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: 650;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    overflow-wrap: normal;
    hyphens: auto;
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    font-weight: 400;
  }
  thead th,
  tfoot th,
  tfoot td {
    font-weight: 650;
  }
  td {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .series.main,
    .series.other {
      color: CanvasText;
    }
  }
  /* Printed (the base styles hide the table button): the table is always there. */
  @media print {
    .table[hidden] {
      display: block !important;
    }
    .figure,
    table {
      break-inside: avoid;
    }
    .series.main polygon {
      print-color-adjust: exact;
    }
  }
`;
