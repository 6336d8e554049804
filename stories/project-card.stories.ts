import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/project-card/define.js';
import type { InneProjectCard } from '../packages/components/src/project-card/inne-project-card.js';
import { controlsOf, framed, frameControls } from './element.js';
import type { Args } from './element.js';
import {
  assessedFeed,
  longTitlesFeed,
  partialFeed,
  projectsFeed,
  storyProjects,
  storyUrls,
} from './fixtures/projects.js';

const widths = { sidebar: '280px', column: '640px' };

/**
 * `<inne-project-card>`: one project on its own, from `.project`, or from `project-id` and a
 * feed (here given through `.feed`, except _Club feed_: the default feed). In a sidebar or a
 * column, in the host page's look or a dark one. Every attribute is a control; without `lang`
 * the element follows the Langue toolbar.
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-project-card',
  component: 'inne-project-card',
  args: { width: 'column', theme: 'page', 'project-id': 'pat-metropole', feed: projectsFeed() },
  argTypes: {
    ...controlsOf('inne-project-card'),
    ...frameControls,
    width: { ...frameControls.width, control: 'inline-radio', options: Object.keys(widths) },
    'project-id': { control: 'select', options: storyProjects.map((p) => p.id) },
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    project: { control: false },
    feed: { control: false },
  },
  render: (args) => framed('inne-project-card', args, widths),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Sidebar: Story = { args: { width: 'sidebar' } };
export const DarkHostTheme: Story = { args: { theme: 'dark' } };
export const DarkHostThemeSidebar: Story = {
  args: { theme: 'dark', width: 'sidebar', 'project-id': 'eco-scenographie', feed: assessedFeed() },
};

/** No feed given: a project of the club's own feed, with its (example) EFC stage. */
export const ClubFeed: Story = { args: { feed: undefined, 'project-id': 'eco-scenographie-lnc' } };

/** Marked `example: true` in the feed: an illustration, not a fact. */
export const Example: Story = { args: { 'project-id': 'remplisseurs-assiettes' } };

/** With an assessment in the feed: the EFC stage the scoring library gives. */
export const WithEfcStage: Story = {
  args: { 'project-id': 'champ-des-possibles', feed: assessedFeed() },
};

/** `.project` alone: nothing is fetched; actors are not named without a feed. */
export const ProjectPropertyAlone: Story = {
  args: { 'project-id': undefined, feed: undefined, project: storyProjects[2] },
};

export const LongFrenchTitle: Story = {
  args: { 'project-id': 'etude-cpier', feed: longTitlesFeed() },
};
export const LongFrenchTitleSidebar: Story = {
  args: { 'project-id': 'etude-cpier', feed: longTitlesFeed(), width: 'sidebar' },
};

/** An unknown id: "not available" for visitors, the reason for the webmaster. */
export const UnknownIdWithDebug: Story = { args: { 'project-id': 'nulle-part', debug: true } };

/** The card shows; the feed's other problems are listed for the webmaster. */
export const PartialWithDebug: Story = { args: { feed: partialFeed(), debug: true } };

/** A placeholder the size of the card, until the feed arrives (this one never does). */
export const Loading: Story = { args: { feed: undefined, src: storyUrls.loading } };

/** Not a feed at all: a calm message and a button to try again. */
export const ErrorState: Story = { args: { feed: 'Ceci n’est pas un flux' } };

/** A refresh failed: the last good data stays, with its date. */
export const OlderDataKept: Story = {
  args: { feed: undefined, src: storyUrls.staleCard },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<InneProjectCard>('inne-project-card')!;
    await new Promise((resolve) => el.addEventListener('inne-load', resolve, { once: true }));
    el.refresh();
  },
};

/** The partner's own look through `--inne-*` custom properties (each one a control). */
export const CustomTokens: Story = {
  args: {
    'project-id': 'champ-des-possibles',
    feed: assessedFeed(),
    '--inne-accent': '#a4123f',
    '--inne-surface': '#fff8f2',
    '--inne-border': '#e7c9b8',
    '--inne-radius': '0',
    '--inne-shadow': '4px 4px 0 #e7c9b8',
    '--inne-title-size': '1.3em',
  },
};
