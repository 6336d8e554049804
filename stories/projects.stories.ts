import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/projects/define.js';
import type { InneProjects } from '../packages/components/src/projects/inne-projects.js';
import { controlsOf, framed, frameControls } from './element.js';
import type { Args } from './element.js';
import {
  assessedFeed,
  longTitlesFeed,
  manyProjectsFeed,
  partialFeed,
  projectsFeed,
  storyProjects,
  storyUrls,
} from './fixtures/projects.js';

const widths = { sidebar: '280px', column: '760px', wide: '1200px' };

/**
 * `<inne-projects>`: the network's projects as cards, in every state, from a 280 px sidebar to
 * a 1200 px column, in the host page's look or a dark one, and themed through `--inne-*`
 * custom properties. Every attribute is a control; without `lang` the element follows the
 * Langue toolbar. Feeds come through the `.feed` property (the stories' projects, marked as
 * examples where the newsletter says nothing), except _Club feed_: the default feed.
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-projects',
  component: 'inne-projects',
  args: { width: 'column', theme: 'page', feed: assessedFeed() },
  argTypes: {
    ...controlsOf('inne-projects'),
    ...frameControls,
    width: { ...frameControls.width, control: 'inline-radio', options: Object.keys(widths) },
    layout: { control: 'inline-radio', options: ['grid', 'list', 'compact'] },
    sort: { control: 'select', options: ['feed', 'title', 'phase', 'recent'] },
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    feed: { control: false },
  },
  render: (args) => framed('inne-projects', args, widths),
};
export default meta;
type Story = StoryObj<Args>;

/** Seven projects of the network (two assessed: their EFC stage shows), in a main column. */
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };

/** No feed given: the club's own feed, published beside the bundle, as a bare tag shows it. */
export const ClubFeed: Story = { args: { feed: undefined, filters: true } };

/** One card per row in a 280 px sidebar. */
export const Sidebar: Story = { args: { width: 'sidebar' } };
export const SidebarCompact: Story = { args: { width: 'sidebar', layout: 'compact' } };
export const Wide: Story = { args: { width: 'wide' } };

export const ListLayout: Story = { args: { layout: 'list' } };
export const CompactLayout: Story = { args: { layout: 'compact' } };

/** The filter bar: each choice with the number of projects it gives. */
export const Filters: Story = { args: { filters: true } };
export const FiltersEnglishSidebar: Story = {
  args: { filters: true, lang: 'en', width: 'sidebar' },
};

/** Three at a time, with "Voir plus". */
export const Paged: Story = { args: { limit: '3' } };
export const SortedByPhase: Story = { args: { sort: 'phase' } };

/** Attributes a webmaster types: one phase, one territory (case and accents ignored). */
export const FilteredByAttributes: Story = {
  args: { phase: 'structuration consolidation', territory: 'normandie' },
};

/** The projects an actor of the feed takes part in (ids, comma-separated). */
export const FilteredByActor: Story = { args: { actor: 'ademe' } };

export const OneProject: Story = { args: { feed: projectsFeed(storyProjects.slice(0, 1)) } };
export const HundredProjects: Story = {
  args: { feed: manyProjectsFeed(100), filters: true, limit: '12', width: 'wide' },
};
export const LongFrenchTitles: Story = { args: { feed: longTitlesFeed() } };
export const LongFrenchTitlesSidebar: Story = {
  args: { feed: longTitlesFeed(), width: 'sidebar' },
};

/** Placeholders the size of the cards to come (this feed never arrives). */
export const Loading: Story = { args: { feed: undefined, src: storyUrls.loading } };

/** Nothing matches the attributes: a sentence, not a hole. */
export const Empty: Story = { args: { sphere: 'se-former' } };
export const EmptyEnglish: Story = { args: { sphere: 'se-former', lang: 'en' } };
/** A feed with no project at all: no selection to blame. */
export const EmptyFeed: Story = { args: { feed: projectsFeed([]) } };
export const EmptyFeedEnglish: Story = { args: { feed: projectsFeed([]), lang: 'en' } };

/** Not a feed at all: a calm message and a button to try again. */
export const ErrorState: Story = { args: { feed: 'Ceci n’est pas un flux' } };
export const ErrorStateEnglish: Story = { args: { feed: 'Not a feed', lang: 'en' } };

/** A refresh failed: the last good data stays, with its date. */
export const OlderDataKept: Story = {
  args: { feed: undefined, src: storyUrls.stale },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<InneProjects>('inne-projects')!;
    await new Promise((resolve) => el.addEventListener('inne-load', resolve, { once: true }));
    el.refresh();
  },
};

/** Valid items shown; what was left out, on the page for the webmaster. */
export const PartialWithDebug: Story = { args: { feed: partialFeed(), debug: true } };

/** Wrong attribute values: reported, replaced by the defaults, never thrown. */
export const WrongAttributesDebug: Story = {
  args: { debug: true, layout: 'grud', sort: 'random', sphere: 'unknown' },
};

/** A dark host page: text colour and font come from it. */
export const DarkHostTheme: Story = { args: { theme: 'dark', filters: true } };
export const DarkHostThemeSidebar: Story = { args: { theme: 'dark', width: 'sidebar' } };

/** The partner's own look through `--inne-*` custom properties (each one a control). */
export const CustomTokens: Story = {
  args: {
    filters: true,
    limit: '4',
    '--inne-accent': '#a4123f',
    '--inne-surface': '#fff8f2',
    '--inne-border': '#e7c9b8',
    '--inne-radius': '0',
    '--inne-gap': '1.5rem',
    '--inne-shadow': '4px 4px 0 #e7c9b8',
    '--inne-title-size': '1.3em',
    '--inne-tag-background': '#f6dfe6',
  },
};
