import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/membership/define.js';
import { controlsOf, framed, frameControls } from './element.js';
import type { Args } from './element.js';
import { membershipStoryFeed, nextCampaign, storyCampaign } from './fixtures/events.js';
import { storyUrls } from './fixtures/projects.js';

const widths = { narrow: '20rem', wide: '52rem' };

/**
 * `<inne-membership-cta>` in each of its states, with time frozen at `now`: the state changes
 * on Paris calendar days. In a sidebar (narrow) and a main column (wide), in the host page's
 * look or a dark one. Every attribute is a control; without `lang` the element follows the
 * Langue toolbar. The stories' campaigns are examples (dates, prices, tiers and links are not
 * the club's), except _Club feed_.
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-membership-cta',
  component: 'inne-membership-cta',
  args: {
    width: 'wide',
    theme: 'page',
    now: '2025-06-01T12:00:00+02:00',
    feed: membershipStoryFeed(),
  },
  argTypes: {
    ...controlsOf('inne-membership-cta'),
    ...frameControls,
    width: { ...frameControls.width, control: 'inline-radio', options: Object.keys(widths) },
    campaign: { control: 'select', options: [storyCampaign.id, nextCampaign.id] },
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    now: { control: 'text', description: 'The present, to freeze time (ISO 8601).' },
    feed: { control: false },
  },
  render: (args) => framed('inne-membership-cta', args, widths),
};
export default meta;
type Story = StoryObj<Args>;

const closingSoon = '2025-12-18T09:00:00+01:00';
const lastDay = '2025-12-31T18:00:00+01:00';
const dayAfter = '2026-01-01T00:00:00+01:00';

/** Open: tiers by kind of member, prices, pay what you want, benefits, payment buttons. */
export const Open: Story = {};
export const OpenEnglish: Story = { args: { lang: 'en' } };
export const OpenNarrow: Story = { args: { width: 'narrow' } };
export const OpenNarrowEnglish: Story = { args: { width: 'narrow', lang: 'en' } };

/** 14 days left (the deadline day counts): "Derniers jours !". */
export const ClosingSoon: Story = { args: { now: closingSoon, 'utm-source': 'storybook' } };
export const ClosingSoonEnglish: Story = { args: { now: closingSoon, lang: 'en' } };
export const ClosingSoonNarrow: Story = { args: { now: closingSoon, width: 'narrow' } };

/** The deadline day itself. */
export const LastDay: Story = { args: { now: lastDay } };

/** Before it opens: the opening date, no payment button yet. */
export const Upcoming: Story = {
  args: { now: '2026-01-10T12:00:00+01:00', campaign: nextCampaign.id },
};
export const UpcomingEnglishNarrow: Story = {
  args: {
    now: '2026-01-10T12:00:00+01:00',
    campaign: nextCampaign.id,
    lang: 'en',
    width: 'narrow',
  },
};

/** 00:00 in Paris the day after the deadline: closed, with the next campaign. */
export const ClosedWithNext: Story = { args: { now: dayAfter, campaign: storyCampaign.id } };
export const ClosedWithNextEnglish: Story = {
  args: { now: dayAfter, campaign: storyCampaign.id, lang: 'en' },
};

/** Closed, no next campaign: a contact link. */
export const ClosedWithContact: Story = {
  args: { now: dayAfter, feed: membershipStoryFeed([storyCampaign]), width: 'narrow' },
};

/** Summer time: the day after a 30 June deadline starts at 22:00 UTC. */
export const ClosedInSummer: Story = {
  args: { now: '2026-07-01T00:00:00+02:00', feed: membershipStoryFeed([nextCampaign]) },
};

/** No campaign in the feed. */
export const NoCampaign: Story = { args: { feed: membershipStoryFeed([]) } };

/** No feed given: the club's own feed, on the last days of its 2025 campaign. */
export const ClubFeed: Story = {
  args: { feed: undefined, now: '2025-12-18T09:00:00+01:00' },
};

/**
 * Standalone, from attributes only: no feed is fetched. The year, dates and payment address
 * here are examples typed as a webmaster would, not the club's.
 */
export const Standalone: Story = {
  args: {
    feed: undefined,
    year: '2026',
    opens: '2026-01-15',
    deadline: '2026-03-31',
    href: 'https://example.org/adhesion-2026',
    now: '2026-03-25T12:00:00+01:00',
  },
};
export const StandaloneEnglishNarrow: Story = {
  args: { ...Standalone.args, lang: 'en', width: 'narrow' },
};

/** Placeholders until the feed arrives (this one never does). */
export const Loading: Story = { args: { feed: undefined, src: storyUrls.loading } };

/** The feed cannot be read: a calm message and a retry button (details in the console). */
export const LoadError: Story = { args: { feed: undefined, src: '/does-not-exist.feed.json' } };

/** An invalid campaign is left out, the valid one shows; `debug` lists what was left out. */
export const PartialWithDebug: Story = {
  args: {
    debug: true,
    feed: membershipStoryFeed([
      storyCampaign,
      { id: 'sans-echeance', title: 'Campagne sans échéance' } as never,
    ]),
  },
};

/** A payment address that is not https: reported with `debug`, the campaign's is used. */
export const WrongHrefDebug: Story = {
  args: { debug: true, href: 'http://example.org/adhesion' },
};

/** A dark host page: text colour and font come from it. */
export const DarkHostTheme: Story = { args: { theme: 'dark', now: closingSoon } };
export const DarkHostThemeNarrow: Story = { args: { theme: 'dark', width: 'narrow' } };

/** The partner's own look through `--inne-*` custom properties (each one a control). */
export const CustomTokens: Story = {
  args: {
    '--inne-accent': '#00605a',
    '--inne-primary-background': '#d9efec',
    '--inne-surface': '#f3faf9',
    '--inne-border': '#9cc9c4',
    '--inne-radius': '1rem',
  },
};
