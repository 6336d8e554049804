import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../packages/components/src/maturity-assessment/define.js';
import {
  atStage,
  brokenGrid,
  cappedByEvidence,
  halfFilled,
  tenderBid,
} from './fixtures/maturity.js';

interface Args {
  lang: 'fr' | 'en';
  width: 'phone' | 'column' | 'wide';
  framework?: unknown;
  answers?: unknown;
  headingLevel: number;
}

// A 320 px phone, a content column (the result then sits beside the form), a wide page.
const widths = { phone: '20rem', column: '54rem', wide: '72rem' };

/**
 * `<inne-maturity-assessment>`: the self-diagnosis empty, half filled, complete at each stage
 * of the efc-ect grid, capped by evidence, with the tender grid and with a broken grid, in
 * French and English, on a phone and in a content column. Nothing is stored (no `persist`).
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-maturity-assessment',
  component: 'inne-maturity-assessment',
  args: { lang: 'fr', width: 'column', headingLevel: 3 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    width: { control: 'inline-radio', options: ['phone', 'column', 'wide'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    framework: { control: false },
    answers: { control: false },
  },
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width] })}>
      <inne-maturity-assessment
        lang=${a.lang}
        heading-level=${a.headingLevel}
        .framework=${a.framework}
        .answers=${a.answers ?? {}}
      ></inne-maturity-assessment>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing answered: every criterion counts 0, the first moves are already suggested. */
export const Empty: Story = {};
export const EmptyEnglish: Story = { args: { lang: 'en' } };

/** Six criteria of fifteen. */
export const HalfFilled: Story = { args: { answers: halfFilled } };
export const HalfFilledPhone: Story = { args: { answers: halfFilled, width: 'phone' } };
export const HalfFilledEnglishPhone: Story = {
  args: { answers: halfFilled, width: 'phone', lang: 'en' },
};

/** Complete, at each stage of the grid. */
export const Stage0: Story = { args: { answers: atStage(0) } };
export const Stage1: Story = { args: { answers: atStage(1) } };
export const Stage2: Story = { args: { answers: atStage(2) } };
export const Stage3: Story = { args: { answers: atStage(3) } };
export const Stage3English: Story = { args: { answers: atStage(3), lang: 'en' } };
export const Stage4: Story = { args: { answers: atStage(4) } };
/** The last stage: nothing blocks any more. */
export const Stage5: Story = { args: { answers: atStage(5) } };

/** Stage 4's levels, declared only: capped, stage 2, with the evidence each level needs. */
export const CappedByEvidence: Story = { args: { answers: cappedByEvidence } };

/** The tender grid: points per criterion, a price, no stage. */
export const TenderGrid: Story = { args: { framework: 'efc-tender', answers: tenderBid } };
export const TenderGridEnglishPhone: Story = {
  args: { framework: 'efc-tender', answers: tenderBid, lang: 'en', width: 'phone' },
};

/** A grid that fails core's validation: a clear message instead of the form. */
export const BrokenGrid: Story = { args: { framework: brokenGrid } };
