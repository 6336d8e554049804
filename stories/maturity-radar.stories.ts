import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { compareAssessments, scoreAssessment } from '../packages/core/src/index.js';
import '../packages/components/src/maturity-radar/define.js';
import { controlsOf, framed, frameControls } from './element.js';
import type { Args } from './element.js';
import {
  atStage,
  brokenGrid,
  cappedByEvidence,
  tenderBid,
  territoryMedian,
  withNotApplicable,
} from './fixtures/maturity.js';
import { storyUrls } from './fixtures/projects.js';

// 240 px and 600 px are the radar's smallest and largest designed widths.
const widths = { narrow: '15rem', medium: '24rem', wide: '37.5rem' };

/**
 * `<inne-maturity-radar>`: a result drawn from answers scored by core (the answers are
 * examples), with a comparison series, `na` dimensions, a tender grid and a broken grid, from
 * 240 px to 600 px wide, in the host page's look or a dark one; and an assessment of a feed
 * (`assessment`), the club's own in _Club feed_. Every attribute is a control; without `lang`
 * the element follows the Langue toolbar.
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-maturity-radar',
  component: 'inne-maturity-radar',
  args: { width: 'medium', theme: 'page', answers: atStage(3) },
  argTypes: {
    ...controlsOf('inne-maturity-radar'),
    ...frameControls,
    width: { ...frameControls.width, control: 'inline-radio', options: Object.keys(widths) },
    table: { control: 'inline-radio', options: ['toggle', 'visible'] },
    framework: { control: 'inline-radio', options: ['efc-ect', 'efc-tender'] },
    answers: { control: false },
    result: { control: false },
    compare: { control: false },
    feed: { control: false },
  },
  render: (args) => framed('inne-maturity-radar', args, widths),
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

/** No feed given: an assessment of the club's own feed (marked as an example there). */
export const ClubFeed: Story = {
  args: { answers: undefined, assessment: 'eco-scenographie-lnc-exemple', table: 'visible' },
};

/** Placeholder until the feed of `assessment` arrives (this one never does). */
export const Loading: Story = {
  args: { answers: undefined, assessment: 'champ-2025', src: storyUrls.loading },
};

/** The feed cannot be read: a calm message and a retry button. */
export const LoadError: Story = {
  args: { answers: undefined, assessment: 'champ-2025', src: '/does-not-exist.feed.json' },
};

/** An assessment id the feed does not hold: nothing to draw; `debug` says why. */
export const UnknownAssessmentDebug: Story = {
  args: { answers: undefined, assessment: 'nulle-part', debug: true },
};

/** A dark host page: the drawing and text take its colour. */
export const DarkHostTheme: Story = {
  args: { theme: 'dark', compare: territoryMedian, label: 'Notre projet', table: 'visible' },
};

/** The partner's own colours through `--inne-*` custom properties (each one a control). */
export const CustomTokens: Story = {
  args: {
    compare: territoryMedian,
    label: 'Notre projet',
    '--inne-radar-color': '#a4123f',
    '--inne-radar-compare-color': '#00605a',
    '--inne-radar-grid': '#e7c9b8',
    '--inne-accent': '#a4123f',
  },
};
