import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { compareAssessments, scoreAssessment } from '../packages/core/src/index.js';
import '../packages/components/src/maturity-radar/define.js';
import {
  atStage,
  brokenGrid,
  cappedByEvidence,
  tenderBid,
  territoryMedian,
  withNotApplicable,
} from './fixtures/maturity.js';

interface Args {
  lang: 'fr' | 'en';
  width: 'narrow' | 'medium' | 'wide';
  table: 'toggle' | 'visible';
  framework?: unknown;
  answers?: unknown;
  result?: unknown;
  compare?: unknown;
  label?: string;
}

// 240 px and 600 px are the radar's smallest and largest designed widths.
const widths = { narrow: '15rem', medium: '24rem', wide: '37.5rem' };

/**
 * `<inne-maturity-radar>`: a result drawn from answers scored by core, with a comparison
 * series, `na` dimensions, a tender grid and a broken grid, from 240 px to 600 px wide.
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-maturity-radar',
  component: 'inne-maturity-radar',
  args: { lang: 'fr', width: 'medium', table: 'toggle', answers: atStage(3) },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    width: { control: 'inline-radio', options: ['narrow', 'medium', 'wide'] },
    table: { control: 'inline-radio', options: ['toggle', 'visible'] },
    framework: { control: false },
    answers: { control: false },
    result: { control: false },
    compare: { control: false },
  },
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width] })}>
      <inne-maturity-radar
        lang=${a.lang}
        table=${a.table}
        label=${a.label ?? ''}
        .framework=${a.framework}
        .answers=${a.answers}
        .result=${a.result}
        .compare=${a.compare}
      ></inne-maturity-radar>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Stage 3, "Solution intégrée". */
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** 240 px: the key goes under the drawing. */
export const Narrow: Story = { args: { width: 'narrow' } };
/** 600 px: the key beside the drawing. */
export const Wide: Story = { args: { width: 'wide', table: 'visible' } };
export const TableVisible: Story = { args: { table: 'visible' } };

/** From a ready-made result of `scoreAssessment` (`.result`). */
export const FromResult: Story = {
  args: { answers: undefined, result: scoreAssessment(atStage(5)) },
};

/** Evaluation not applicable: a dotted axis, "n. a." in the key, "non applicable" in the table. */
export const NotApplicable: Story = { args: { answers: withNotApplicable, table: 'visible' } };

/** Levels declared without evidence count less: stage 2 instead of 4. */
export const CappedByEvidence: Story = { args: { answers: cappedByEvidence } };

/** Against a territory median: dashed line with squares, and a legend. */
export const TerritoryMedian: Story = {
  args: { answers: atStage(3), compare: territoryMedian, label: 'Notre projet', table: 'visible' },
};
export const TerritoryMedianEnglishNarrow: Story = {
  args: { ...TerritoryMedian.args, lang: 'en', width: 'narrow', label: 'Our project' },
};

/** Before and after, from `compareAssessments`: the table gives each change. */
export const BeforeAfter: Story = {
  args: {
    answers: undefined,
    table: 'visible',
    compare: compareAssessments(
      { date: '2025-03-14', answers: atStage(1) },
      { date: '2025-11-06', answers: atStage(3) },
    ),
  },
};

/** A tender bid: a total in points, no stage. */
export const TenderGrid: Story = { args: { framework: 'efc-tender', answers: tenderBid } };

/** Nothing to draw yet. */
export const Empty: Story = { args: { answers: undefined } };

/** A grid that fails core's validation: a clear message, the problems on demand. */
export const BrokenGrid: Story = { args: { framework: brokenGrid } };
