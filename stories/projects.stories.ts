import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../packages/components/src/projects/define.js';
import type { InneProjects } from '../packages/components/src/projects/inne-projects.js';
import {
  assessedFeed,
  longTitlesFeed,
  manyProjectsFeed,
  partialFeed,
  projectsFeed,
  storyProjects,
  storyUrls,
} from './fixtures/projects.js';

interface Args {
  lang: 'fr' | 'en';
  width: 'sidebar' | 'column' | 'wide';
  theme: 'page' | 'dark' | 'tokens';
  layout: 'grid' | 'list' | 'compact';
  filters: boolean;
  debug: boolean;
  limit?: number;
  sort?: string;
  sphere?: string;
  src?: string;
  feed?: unknown;
}

const widths = { sidebar: '280px', column: '760px', wide: '1200px' };

// The host page's look: components take its font and text colour; the rest goes through
// --inne-* custom properties (the "tokens" theme).
const themes = {
  page: {},
  dark: {
    background: '#15191d',
    color: '#ece8e1',
    fontFamily: 'Georgia, "Times New Roman", serif',
    padding: '1.5rem',
  },
  tokens: {
    fontFamily: '"Trebuchet MS", Verdana, sans-serif',
    '--inne-accent': '#a4123f',
    '--inne-surface': '#fff8f2',
    '--inne-border': '#e7c9b8',
    '--inne-radius': '0',
    '--inne-gap': '1.5rem',
    '--inne-shadow': '4px 4px 0 #e7c9b8',
    '--inne-title-size': '1.3em',
    '--inne-tag-background': '#f6dfe6',
    padding: '1.5rem',
  },
};

/**
 * `<inne-projects>`: the network's projects as cards, in every state, in French and English,
 * from a 280 px sidebar to a 1200 px column, in the host page's look or a dark one, and
 * themed through custom properties. Feeds come through the `.feed` property.
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-projects',
  component: 'inne-projects',
  args: {
    lang: 'fr',
    width: 'column',
    theme: 'page',
    layout: 'grid',
    filters: false,
    debug: false,
    feed: assessedFeed(),
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    width: { control: 'inline-radio', options: ['sidebar', 'column', 'wide'] },
    theme: { control: 'inline-radio', options: ['page', 'dark', 'tokens'] },
    layout: { control: 'inline-radio', options: ['grid', 'list', 'compact'] },
    sort: { control: 'select', options: ['feed', 'title', 'phase', 'recent'] },
    feed: { control: false },
  },
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width], ...themes[a.theme] })}>
      <inne-projects
        lang=${a.lang}
        layout=${a.layout}
        ?filters=${a.filters}
        ?debug=${a.debug}
        limit=${a.limit ?? ''}
        sort=${a.sort ?? ''}
        sphere=${a.sphere ?? ''}
        src=${a.src ?? ''}
        .feed=${a.feed}
      ></inne-projects>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Seven projects of the network (two assessed: their EFC stage shows), in a main column. */
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };

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
export const Paged: Story = { args: { limit: 3 } };
export const SortedByPhase: Story = { args: { sort: 'phase' } };

export const OneProject: Story = { args: { feed: projectsFeed(storyProjects.slice(0, 1)) } };
export const HundredProjects: Story = {
  args: { feed: manyProjectsFeed(100), filters: true, limit: 12, width: 'wide' },
};
export const LongFrenchTitles: Story = { args: { feed: longTitlesFeed() } };
export const LongFrenchTitlesSidebar: Story = {
  args: { feed: longTitlesFeed(), width: 'sidebar' },
};

/** Placeholders the size of the cards to come. */
export const Loading: Story = { args: { feed: undefined, src: storyUrls.loading } };

/** Nothing matches: a sentence, not a hole. */
export const Empty: Story = { args: { sphere: 'se-former' } };
export const EmptyEnglish: Story = { args: { sphere: 'se-former', lang: 'en' } };

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
  args: { debug: true, layout: 'grud' as 'grid', sort: 'random', sphere: 'unknown' },
};

/** A dark host page: text colour and font come from it. */
export const DarkHostTheme: Story = { args: { theme: 'dark', filters: true } };
export const DarkHostThemeSidebar: Story = { args: { theme: 'dark', width: 'sidebar' } };

/** The partner's own look through --inne-* custom properties. */
export const CustomTokens: Story = { args: { theme: 'tokens', filters: true, limit: 4 } };
