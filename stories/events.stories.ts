import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/events/define.js';
import type { InneEvents } from '../packages/components/src/events/inne-events.js';
import { controlsOf, framed, frameControls } from './element.js';
import type { Args } from './element.js';
import { eventsStoryFeed, storyEvents, storyNow } from './fixtures/events.js';
import { storyUrls } from './fixtures/projects.js';

const widths = { narrow: '20rem', wide: '52rem' };

/**
 * `<inne-events>`: every state with time frozen at `now` (5 November 2025 unless said), in a
 * sidebar (narrow) and a main column (wide), in the host page's look or a dark one. Every
 * attribute is a control; without `lang` the element follows the Langue toolbar. The stories'
 * events are examples (times, places and links are not the club's), except _Club feed_.
 */
const meta: Meta<Args> = {
  title: 'Composants/inne-events',
  component: 'inne-events',
  args: { width: 'wide', theme: 'page', now: storyNow, feed: eventsStoryFeed() },
  argTypes: {
    ...controlsOf('inne-events'),
    ...frameControls,
    width: { ...frameControls.width, control: 'inline-radio', options: Object.keys(widths) },
    when: { control: 'inline-radio', options: ['upcoming', 'past', 'all'] },
    'group-by': { control: 'inline-radio', options: ['none', 'month'] },
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    now: { control: 'text', description: 'The present, to freeze time (ISO 8601).' },
    feed: { control: false },
  },
  render: (args) => framed('inne-events', args, widths),
};
export default meta;
type Story = StoryObj<Args>;

/** Upcoming events, soonest first: registration, online link, full, cancelled, postponed. */
export const Upcoming: Story = {};
export const UpcomingEnglish: Story = { args: { lang: 'en' } };
export const UpcomingNarrow: Story = { args: { width: 'narrow' } };
export const UpcomingNarrowEnglish: Story = { args: { width: 'narrow', lang: 'en' } };

/** A heading per month. */
export const ByMonth: Story = { args: { 'group-by': 'month', when: 'all' } };
export const ByMonthEnglishNarrow: Story = {
  args: { 'group-by': 'month', when: 'all', lang: 'en', width: 'narrow' },
};

/** Past events, latest first: no registration nor calendar button any more. */
export const Past: Story = { args: { when: 'past', now: '2025-11-07T09:00:00+01:00' } };
export const PastEnglish: Story = {
  args: { when: 'past', now: '2025-11-07T09:00:00+01:00', lang: 'en' },
};

/** During the plenary (19:00): an event under way is still upcoming. */
export const UnderWay: Story = { args: { now: '2025-11-06T19:00:00+01:00', limit: '1' } };

/** 02:30 on the last Sunday of March does not exist in Paris: the instant reads 03:30. */
export const DaylightSavingGap: Story = { args: { now: '2026-03-01T12:00:00+01:00' } };
export const DaylightSavingGapEnglish: Story = {
  args: { now: '2026-03-01T12:00:00+01:00', lang: 'en' },
};

/** Only workshops and trainings, three at most. */
export const Filtered: Story = { args: { kind: 'atelier formation', limit: '3' } };

/** Only events of these spheres of life (ids, space-separated). */
export const FilteredBySphere: Story = { args: { sphere: 'se-cultiver se-deplacer' } };

/** Only events an actor of the feed organises (ids, comma-separated). */
export const FilteredByActor: Story = { args: { actor: 'malaunay' } };

/** Wrong attribute values: reported with `debug`, replaced by the defaults, never thrown. */
export const WrongAttributesDebug: Story = {
  args: { debug: true, when: 'bientot', 'group-by': 'week', limit: 'beaucoup' },
};

/** Nothing upcoming: a calm message. */
export const Empty: Story = { args: { now: '2027-01-01T12:00:00+01:00' } };
export const EmptyEnglish: Story = { args: { now: '2027-01-01T12:00:00+01:00', lang: 'en' } };
/** Events to come, none of the kind asked for (the round table is past): none matches. */
export const EmptySelection: Story = { args: { kind: 'table-ronde' } };
export const EmptySelectionEnglish: Story = { args: { kind: 'table-ronde', lang: 'en' } };
/** A feed without any event. */
export const EmptyFeed: Story = { args: { feed: eventsStoryFeed([]) } };
export const EmptyFeedEnglish: Story = { args: { feed: eventsStoryFeed([]), lang: 'en' } };

/** One all-day event over several days, without an end time. */
export const AllDay: Story = {
  args: { feed: eventsStoryFeed(storyEvents.filter((e) => e.id === 'formation-efc')) },
};

/** No feed given: the club's own feed (its two events are past, so `when="all"`). */
export const ClubFeed: Story = { args: { feed: undefined, now: undefined, when: 'all' } };

/** The feed cannot be read: a calm message and a retry button (details in the console). */
export const LoadError: Story = { args: { feed: undefined, src: '/does-not-exist.feed.json' } };

/** Placeholders until the feed arrives (this one never does). */
export const Loading: Story = { args: { feed: undefined, src: storyUrls.loading } };

/** A refresh failed: the last good data stays, with its date. */
export const OlderDataKept: Story = {
  args: { feed: undefined, src: storyUrls.staleEvents, when: 'all' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<InneEvents>('inne-events')!;
    await new Promise((resolve) => el.addEventListener('inne-load', resolve, { once: true }));
    el.refresh();
  },
};

/** An invalid event is left out, the others show; `debug` lists what was left out. */
export const PartialWithDebug: Story = {
  args: {
    debug: true,
    feed: eventsStoryFeed([
      ...storyEvents,
      { id: 'sans-date', title: 'Atelier sans date', kind: 'atelier' } as never,
    ]),
  },
};

/** A dark host page: text colour and font come from it. */
export const DarkHostTheme: Story = { args: { theme: 'dark' } };
export const DarkHostThemeNarrow: Story = { args: { theme: 'dark', width: 'narrow' } };

/** The partner's own look through `--inne-*` custom properties (each one a control). */
export const CustomTokens: Story = {
  args: {
    '--inne-accent': '#00605a',
    '--inne-surface': '#f3faf9',
    '--inne-border': '#9cc9c4',
    '--inne-radius': '1rem',
    '--inne-gap': '1.25rem',
    '--inne-title-size': '1.2em',
  },
};
