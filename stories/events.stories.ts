import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../packages/components/src/events/define.js';
import { eventsStoryFeed, storyEvents, storyNow } from './fixtures/events.js';
import { storyUrls } from './fixtures/projects.js';

interface Args {
  lang: 'fr' | 'en';
  width: 'narrow' | 'wide';
  when: 'upcoming' | 'past' | 'all';
  groupBy: 'none' | 'month';
  limit?: number;
  kind?: string;
  now: string;
  feed: unknown;
}

const widths = { narrow: '20rem', wide: '52rem' };

/**
 * `<inne-events>`: every state with time frozen at `now` (5 November 2025 unless said), in
 * French and English, in a sidebar (narrow) and a main column (wide).
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-events',
  component: 'inne-events',
  args: {
    lang: 'fr',
    width: 'wide',
    when: 'upcoming',
    groupBy: 'none',
    now: storyNow,
    feed: eventsStoryFeed(),
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    width: { control: 'inline-radio', options: ['narrow', 'wide'] },
    when: { control: 'inline-radio', options: ['upcoming', 'past', 'all'] },
    groupBy: { control: 'inline-radio', options: ['none', 'month'] },
    feed: { control: false },
  },
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width] })}>
      <inne-events
        lang=${a.lang}
        when=${a.when}
        group-by=${a.groupBy}
        limit=${a.limit ?? ''}
        kind=${a.kind ?? ''}
        .now=${a.now}
        .feed=${a.feed}
      ></inne-events>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Upcoming events, soonest first: registration, online link, full, cancelled, postponed. */
export const Upcoming: Story = {};
export const UpcomingEnglish: Story = { args: { lang: 'en' } };
export const UpcomingNarrow: Story = { args: { width: 'narrow' } };
export const UpcomingNarrowEnglish: Story = { args: { width: 'narrow', lang: 'en' } };

/** A heading per month. */
export const ByMonth: Story = { args: { groupBy: 'month', when: 'all' } };
export const ByMonthEnglishNarrow: Story = {
  args: { groupBy: 'month', when: 'all', lang: 'en', width: 'narrow' },
};

/** Past events, latest first: no registration nor calendar button any more. */
export const Past: Story = { args: { when: 'past', now: '2025-11-07T09:00:00+01:00' } };
export const PastEnglish: Story = {
  args: { when: 'past', now: '2025-11-07T09:00:00+01:00', lang: 'en' },
};

/** During the plenary (19:00): an event under way is still upcoming. */
export const UnderWay: Story = { args: { now: '2025-11-06T19:00:00+01:00', limit: 1 } };

/** 02:30 on the last Sunday of March does not exist in Paris: the instant reads 03:30. */
export const DaylightSavingGap: Story = { args: { now: '2026-03-01T12:00:00+01:00' } };
export const DaylightSavingGapEnglish: Story = {
  args: { now: '2026-03-01T12:00:00+01:00', lang: 'en' },
};

/** Only workshops and trainings, three at most. */
export const Filtered: Story = { args: { kind: 'atelier formation', limit: 3 } };

/** Nothing upcoming: a calm message. */
export const Empty: Story = { args: { now: '2027-01-01T12:00:00+01:00' } };
export const EmptyEnglish: Story = { args: { now: '2027-01-01T12:00:00+01:00', lang: 'en' } };

/** One all-day event over several days, without an end time. */
export const AllDay: Story = {
  args: { feed: eventsStoryFeed(storyEvents.filter((e) => e.id === 'formation-efc')) },
};

/** The feed cannot be read: a calm message and a retry button (details in the console). */
export const LoadError: Story = {
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width] })}>
      <inne-events lang=${a.lang} src="/does-not-exist.feed.json"></inne-events>
    </div>`,
};

/** Placeholders until the feed arrives (this one never does). */
export const Loading: Story = {
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width] })}>
      <inne-events lang=${a.lang} src=${storyUrls.loading}></inne-events>
    </div>`,
};

/** An invalid event is left out, the others show; `debug` lists what was left out. */
export const PartialWithDebug: Story = {
  render: (a) =>
    html`<div style=${styleMap({ maxWidth: widths[a.width] })}>
      <inne-events
        lang=${a.lang}
        debug
        .now=${a.now}
        .feed=${eventsStoryFeed([
          ...storyEvents,
          { id: 'sans-date', title: 'Atelier sans date', kind: 'atelier' } as never,
        ])}
      ></inne-events>
    </div>`,
};
