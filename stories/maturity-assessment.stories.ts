import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/maturity-assessment/define.js';
import { controlsOf, framed, frameControls } from './element.js';
import type { Args } from './element.js';
import {
  atStage,
  brokenGrid,
  cappedByEvidence,
  halfFilled,
  refusedPrices,
  tenderBid,
} from './fixtures/maturity.js';

// A 320 px phone, a content column (the result then sits beside the form), a wide page.
const widths = { phone: '20rem', column: '54rem', wide: '72rem' };

/**
 * `<inne-maturity-assessment>`: the self-diagnosis empty, half filled, complete at each stage
 * of the efc-ect grid, capped by evidence, with the tender grid and with a broken grid, on a
 * phone and in a content column, in the host page's look or a dark one (the answers are
 * examples). Every attribute is a control; without `lang` the element follows the Langue
 * toolbar. Nothing is stored unless `persist` is switched on.
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-maturity-assessment',
  component: 'inne-maturity-assessment',
  args: { width: 'column', theme: 'page', 'heading-level': '3', answers: {} },
  argTypes: {
    ...controlsOf('inne-maturity-assessment'),
    ...frameControls,
    width: { ...frameControls.width, control: 'inline-radio', options: Object.keys(widths) },
    framework: { control: 'inline-radio', options: ['efc-ect', 'efc-tender'] },
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    answers: { control: false },
  },
  render: (args) => framed('inne-maturity-assessment', args, widths),
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

/**
 * The tender grid with a lowest price above the bid's own, typed in the price fields: both
 * fields marked invalid and described by why; the bid is scored without its price.
 */
export const TenderPriceRefused: Story = {
  args: { framework: 'efc-tender', answers: tenderBid },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('inne-maturity-assessment')!;
    const field = async (name: keyof typeof refusedPrices) => {
      // The form renders once it nears the viewport: wait for its price field.
      let input: HTMLInputElement | null | undefined;
      while (!(input = el.shadowRoot?.querySelector(`input[data-field="${name}"]`))) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      input.value = refusedPrices[name];
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    };
    await field('price');
    await field('lowestPrice');
  },
};

/** Wrong attribute values: reported with `debug`, replaced by the defaults, never thrown. */
export const WrongAttributesDebug: Story = {
  args: { answers: halfFilled, debug: true, 'heading-level': '9' },
};

/** A grid that fails core's validation: a clear message instead of the form. */
export const BrokenGrid: Story = { args: { framework: brokenGrid } };

/** A dark host page: text colour and font come from it. */
export const DarkHostTheme: Story = { args: { answers: halfFilled, theme: 'dark' } };

/** The partner's own look through `--inne-*` custom properties (each one a control). */
export const CustomTokens: Story = {
  args: {
    answers: halfFilled,
    '--inne-accent': '#00605a',
    '--inne-border': '#9cc9c4',
    '--inne-radius': '1rem',
    '--inne-gap': '1.5rem',
    '--inne-field-background': '#f3faf9',
  },
};
