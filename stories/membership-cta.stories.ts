import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../packages/components/src/membership/define.js';
import { membershipStoryFeed, nextCampaign, storyCampaign } from './fixtures/events.js';
import { storyUrls } from './fixtures/projects.js';

interface Args {
  lang: 'fr' | 'en';
  width: 'narrow' | 'wide';
  now: string;
  feed: unknown;
  campaign?: string;
  utmSource?: string;
}

const widths = { narrow: '20rem', wide: '52rem' };

/**
 * `<inne-membership-cta>` in each of its states, with time frozen at `now`: the state changes
 * on Paris calendar days. French and English, in a sidebar (narrow) and a main column (wide).
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-membership-cta',
  component: 'inne-membership-cta',
  args: {
    lang: 'fr',
    width: 'wide',
    now: '2025-06-01T12:00:00+02:00',
    feed: membershipStoryFeed(),
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    width: { control: 'inline-radio', options: ['narrow', 'wide'] },
    feed: { control: false },
  },
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width] })}>
      <inne-membership-cta
        lang=${a.lang}
        campaign=${a.campaign ?? ''}
        utm-source=${a.utmSource ?? ''}
        .now=${a.now}
        .feed=${a.feed}
      ></inne-membership-cta>
    </div>`,
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
export const ClosingSoon: Story = { args: { now: closingSoon, utmSource: 'storybook' } };
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

/** Standalone, from attributes only: no feed is fetched. */
export const Standalone: Story = {
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width] })}>
      <inne-membership-cta
        lang=${a.lang}
        year="2026"
        opens="2026-01-15"
        deadline="2026-03-31"
        href="https://www.helloasso.com/associations/club-inne/adhesions/2026"
        .now=${'2026-03-25T12:00:00+01:00'}
      ></inne-membership-cta>
    </div>`,
};
export const StandaloneEnglishNarrow: Story = {
  ...Standalone,
  args: { lang: 'en', width: 'narrow' },
};

/** Placeholders until the feed arrives (this one never does). */
export const Loading: Story = {
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width] })}>
      <inne-membership-cta lang=${a.lang} src=${storyUrls.loading}></inne-membership-cta>
    </div>`,
};

/** The feed cannot be read: a calm message and a retry button (details in the console). */
export const LoadError: Story = {
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width] })}>
      <inne-membership-cta lang=${a.lang} src="/does-not-exist.feed.json"></inne-membership-cta>
    </div>`,
};

/** An invalid campaign is left out, the valid one shows; `debug` lists what was left out. */
export const PartialWithDebug: Story = {
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width] })}>
      <inne-membership-cta
        lang=${a.lang}
        debug
        .now=${a.now}
        .feed=${membershipStoryFeed([
          storyCampaign,
          { id: 'sans-echeance', title: 'Campagne sans échéance' } as never,
        ])}
      ></inne-membership-cta>
    </div>`,
};
