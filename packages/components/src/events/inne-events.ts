import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  actorsReader,
  eventKinds,
  eventsReader,
  eventsToJsonLd,
  eventWhens,
  formatMonth,
  groupEventsByMonth,
  knownIds,
  selectEvents,
  spheres,
  whyNoEvents,
  toICS,
} from '@club-inne/core';
import type { EventWhen, Feed, FeedEvent, MonthGroup } from '@club-inne/core';
import { readChoice, readChoices, readInteger, readNames } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { downloadFile } from '../shared/download.js';
import { heading } from '../shared/heading.js';
import { feedLang } from '../shared/feed-lang.js';
import { InneElement } from '../shared/inne-element.js';
import { nowOf } from '../shared/now.js';
import { renderLoading } from '../shared/states.js';
import { eventItem } from './event-item.template.js';
import type { EventContext } from './event-item.template.js';
import { eventsStyles } from './inne-events.styles.js';
import { eventsTexts } from './events-texts.js';
import type { EventsTexts } from './events-texts.js';

// The events, and the actors that organise them (projects are not shown).
const eventsCollections = [eventsReader, actorsReader];

const groupings = ['none', 'month'] as const;

/**
 * The network's events (plenaries, round tables, workshops…), with dates in each event's own
 * time zone, their status, how to attend, registration, and .ics downloads made in the page.
 *
 * @summary A list of events with "Ajouter à mon agenda".
 * @attr when - `upcoming` (default: until an event ends), `past` (latest first) or `all`.
 * @attr limit - At most this many events; none or `0`: all of them.
 * @attr kind - Only these kinds (space-separated): `pleniere table-ronde atelier formation webinaire visite`.
 * @attr sphere - Only these spheres of life (ids, space-separated).
 * @attr actor - Only events organised by these actors (ids, comma-separated).
 * @attr group-by - `none` (default) or `month`: a heading per month.
 * @attr heading-level - Level of the headings, 2–6 (default 3; event titles one below month headings).
 * @prop {Date | number | string} now - The present, to freeze time (tests, stories); default: the clock.
 * @csspart base - The wrapper. @csspart list - A list of events. @csspart event - An event.
 * @csspart date - Its date line. @csspart title - A heading. @csspart link - The title link.
 * @csspart badge - A badge (`status`, `example`). @csspart example-hint - What "example" means.
 * @csspart meta - Kind, attendance, place, price.
 * @csspart summary - The summary. @csspart organizers - Who organises it. @csspart actions - Its buttons.
 * @csspart button - A button or button-like link (`register`, `online`, `add-to-calendar`, `download-all`).
 * @csspart month - A month heading. @csspart empty - The "no event" message. @csspart error - The error message.
 * @csspart loading - The placeholders. @csspart stale - The "older data" note. @csspart debug - The debug panel.
 * @cssproperty --inne-accent - Accent (buttons, date, focus). Default: the text colour.
 * @cssproperty --inne-surface - Event background. @cssproperty --inne-border - Border colour.
 * @cssproperty --inne-radius - Corner radius. @cssproperty --inne-gap - Space between events.
 * @cssproperty --inne-muted - Secondary text. @cssproperty --inne-focus - Focus ring colour.
 * @cssproperty --inne-heading-font - Title font. @cssproperty --inne-title-size - Title size.
 * @cssproperty --inne-cancelled - Colour of the cancelled badge.
 * @cssproperty --inne-primary-background - The registration button.
 * @cssproperty --inne-line-height - Line height (1.5). @cssproperty --inne-skeleton - Placeholders.
 * @cssproperty --inne-card-padding - Space inside an event (1rem 1.1rem).
 * @cssproperty --inne-loading-height - Height of the placeholders (12rem).
 */
export class InneEvents extends InneElement<EventsTexts> {
  static override properties = {
    when: { type: String },
    limit: { type: String },
    kind: { type: String },
    sphere: { type: String },
    actor: { type: String },
    groupBy: { type: String, attribute: 'group-by' },
    headingLevel: { type: String, attribute: 'heading-level' },
    now: { attribute: false },
  };
  static override styles = [baseStyles, eventsStyles];

  /** @default 'upcoming' */
  declare when?: string;
  declare limit?: string | number;
  declare kind?: string;
  declare sphere?: string;
  declare actor?: string;
  /** @default 'none' */
  declare groupBy?: string;
  /** @default 3 */
  declare headingLevel?: string | number;
  declare now?: Date | number | string;

  #when: EventWhen = 'upcoming';
  #grouping: (typeof groupings)[number] = 'none';
  #level = 3;
  #now = 0;
  #key = '';
  #feed?: Feed;
  #shown: FeedEvent[] = [];
  #groups: MonthGroup<FeedEvent>[] = [];
  #ld?: { for: FeedEvent[]; value: object | null };

  protected readonly collections = eventsCollections;

  constructor() {
    super(eventsTexts);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#when = readChoice(this.when, eventWhens, 'upcoming', this.warn('when'));
    this.#grouping = readChoice(this.groupBy, groupings, 'none', this.warn('group-by'));
    this.#level = readInteger(this.headingLevel, 2, 6, 3, this.warn('heading-level'));
    const limit = readInteger(this.limit, 0, 100_000, 0, this.warn('limit'));
    const kind = readChoices(this.kind, eventKinds, this.warn('kind'));
    const sphere = readChoices(this.sphere, spheres, this.warn('sphere'));
    this.#now = nowOf(this.now);
    const s = this.data.state;
    if (s.status !== 'ready') return;
    const { known: actor, unknown } = knownIds(readNames(this.actor), s.feed.actors);
    for (const id of unknown) this.warn('actor')(id, this.ids(s.feed.actors), '');
    const key = JSON.stringify([this.#when, limit, kind, sphere, actor, this.#now, this.#grouping]);
    if (s.feed === this.#feed && key === this.#key) return;
    this.#feed = s.feed;
    this.#key = key;
    this.#shown = selectEvents(s.feed.events, {
      when: this.#when,
      now: this.#now,
      kind: kind.length ? kind : undefined,
      sphere: sphere.length ? sphere : undefined,
      actor: actor.length ? actor : undefined,
      limit: limit || undefined,
    });
    this.#groups = groupEventsByMonth(this.#shown);
  }

  protected override renderLoading(): unknown {
    return renderLoading(this.t, 2);
  }

  protected override renderFeed(feed: Feed): unknown {
    const t = this.t.events;
    if (!this.#shown.length) {
      const why = whyNoEvents(feed.events, { when: this.#when, now: this.#now });
      const say = why === 'unmatched' ? t.unmatched : t.empty[why === 'none' ? 'all' : this.#when];
      return html`<p class="message" part="empty">${say}</p>`;
    }
    const grouped = this.#grouping === 'month';
    const ctx: EventContext = {
      feed,
      locale: this.locale,
      t: this.t,
      level: grouped ? Math.min(this.#level + 1, 6) : this.#level,
      now: this.#now,
      add: (event) => this.#download([event], event.id),
      lang: feedLang(feed, this.locale),
    };
    const list = (events: FeedEvent[]) =>
      html`<ul class="list" part="list">
        ${repeat(
          events,
          (e) => e.id,
          (e) => html`<li class="item">${eventItem(e, ctx)}</li>`,
        )}
      </ul>`;
    const canAdd = this.#shown.some((e) => e.status !== 'cancelled') && this.#when !== 'past';
    return html`${
      grouped
        ? this.#groups.map(
            (g) =>
              html`<section class="month">
                ${heading(this.#level, formatMonth(g.key, this.locale), 'month')} ${list(g.events)}
              </section>`,
          )
        : list(this.#shown)
    }
    ${
      canAdd
        ? html`<p class="all">
            <button
              type="button"
              part="button download-all"
              @click=${() => this.#download(this.#shown, 'agenda')}
            >
              ${t.downloadAll(this.#shown.length)}
            </button>
          </p>`
        : nothing
    }`;
  }

  protected override jsonLd(): object | null {
    const s = this.data.state;
    if (s.status !== 'ready' || !this.#shown.length) return null;
    if (this.#ld?.for !== this.#shown) {
      this.#ld = {
        for: this.#shown,
        value: eventsToJsonLd(this.#shown, { feed: s.feed, locale: this.locale }),
      };
    }
    return this.#ld.value;
  }

  #download(events: FeedEvent[], name: string): void {
    const s = this.data.state;
    const publisher = s.status === 'ready' ? s.feed.publisher : undefined;
    const ics = toICS(events, {
      publisher,
      locale: this.locale,
      name: publisher && events.length > 1 ? this.t.events.calendarName(publisher.name) : undefined,
    });
    downloadFile(this.renderRoot as ShadowRoot, `${name}.ics`, ics);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inne-events': InneEvents;
  }
}
