import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../packages/components/src/project-card/define.js';
import type { Project } from '../packages/core/src/index.js';
import {
  assessedFeed,
  longTitlesFeed,
  projectsFeed,
  storyProjects,
  storyUrls,
} from './fixtures/projects.js';

interface Args {
  lang: 'fr' | 'en';
  width: 'sidebar' | 'column';
  dark: boolean;
  debug: boolean;
  projectId?: string;
  src?: string;
  project?: Project;
  feed?: unknown;
}

/**
 * `<inne-project-card>`: one project on its own, from `.project`, or from `project-id` and a
 * feed (here given through `.feed`).
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-project-card',
  component: 'inne-project-card',
  args: {
    lang: 'fr',
    width: 'column',
    dark: false,
    debug: false,
    projectId: 'pat-metropole',
    feed: projectsFeed(),
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    width: { control: 'inline-radio', options: ['sidebar', 'column'] },
    project: { control: false },
    feed: { control: false },
  },
  render: (a) =>
    html`<div
      style=${styleMap({
        maxWidth: a.width === 'sidebar' ? '280px' : '640px',
        ...(a.dark ? { background: '#15191d', color: '#ece8e1', padding: '1.5rem' } : {}),
      })}
    >
      <inne-project-card
        lang=${a.lang}
        ?debug=${a.debug}
        project-id=${a.projectId ?? ''}
        src=${a.src ?? ''}
        .project=${a.project}
        .feed=${a.feed}
      ></inne-project-card>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Sidebar: Story = { args: { width: 'sidebar' } };
export const DarkHostTheme: Story = { args: { dark: true } };

/** Marked `example: true` in the feed: an illustration, not a fact. */
export const Example: Story = { args: { projectId: 'remplisseurs-assiettes' } };

/** With an assessment in the feed: the EFC stage the scoring library gives. */
export const WithEfcStage: Story = {
  args: { projectId: 'champ-des-possibles', feed: assessedFeed() },
};

/** `.project` alone: nothing is fetched; actors are not named without a feed. */
export const ProjectPropertyAlone: Story = {
  args: { projectId: undefined, feed: undefined, project: storyProjects[2] },
};

export const LongFrenchTitle: Story = {
  args: { projectId: 'etude-cpier', feed: longTitlesFeed() },
};

/** An unknown id: "not available" for visitors, the reason for the webmaster. */
export const UnknownIdWithDebug: Story = { args: { projectId: 'nulle-part', debug: true } };

/** A placeholder the size of the card, until the feed arrives (this one never does). */
export const Loading: Story = { args: { feed: undefined, src: storyUrls.loading } };

/** Not a feed at all: a calm message and a button to try again. */
export const ErrorState: Story = { args: { feed: 'Ceci n’est pas un flux' } };
