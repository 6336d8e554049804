import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import {
  attendanceModeLabels,
  eventAttendance,
  eventDateTimes,
  eventKindLabels,
  eventStatusLabels,
  eventTiming,
  formatEventDate,
  formatMoney,
  safeUrl,
} from '@club-inne/core';
import type { Feed, FeedEvent, Locale, Place } from '@club-inne/core';
import type { EventsTexts } from './events-texts.js';
import { heading } from '../shared/heading.js';

/** What an event item needs besides its event, computed once per list. */
export interface EventContext {
  feed: Pick<Feed, 'actors'>;
  locale: Locale;
  t: EventsTexts;
  /** The heading level of the event title, 2–6. */
  level: number;
  /** The present, epoch ms: a past event offers no registration nor calendar button. */
  now: number;
  /** "Ajouter à mon agenda" for one event. */
  add: (event: FeedEvent) => void;
  /** The language of the feed's texts, when it is not `locale` (`feedLang`). */
  lang?: string | undefined;
}

function placeText(place: Place | undefined): string {
  return [place?.name, place?.locality].filter(Boolean).join(', ');
}

function organizers(event: FeedEvent, ctx: EventContext): string {
  const names = (event.organizers ?? []).flatMap(
    (id) => ctx.feed.actors.find((a) => a.id === id)?.name ?? [],
  );
  return names.length ? ctx.t.events.by(names.join(', ')) : '';
}

/**
 * One event: when (in its own zone, in a `<time datetime>`), title, status, how to attend,
 * where, price, who organises it, and the actions that still make sense (register, join
 * online, add to a calendar: none for a past or cancelled event). Feed text goes only into
 * text positions; every URL passes `safeUrl`; each repeated action names its event for
 * screen readers.
 */
export function eventItem(event: FeedEvent, ctx: EventContext): TemplateResult {
  const { t, locale } = ctx;
  const status = event.status ?? 'scheduled';
  const past = eventTiming(event).end <= ctx.now;
  const open = !past && status !== 'cancelled';
  const url = safeUrl(event.url);
  const register = open && status !== 'full' ? safeUrl(event.registrationUrl) : undefined;
  const online = open ? safeUrl(event.onlineUrl) : undefined;
  const mode = eventAttendance(event);
  const price =
    event.price && (event.price.amount ? formatMoney(event.price, locale) : t.events.free);
  const meta = [
    eventKindLabels[event.kind]?.[locale],
    mode && attendanceModeLabels[mode][locale],
    placeText(event.place),
    price,
  ];
  const by = organizers(event, ctx);
  const about = html`<span class="visually-hidden" lang=${ctx.lang ?? nothing}>
    – ${event.title}</span
  >`;
  return html`<article class="event ${status}" part="event">
    <p class="when" part="date">
      <time datetime=${eventDateTimes(event).start}>${formatEventDate(event, locale)}</time>
    </p>
    ${heading(
      ctx.level,
      url
        ? html`<a part="link" href=${url} rel="noopener noreferrer" lang=${ctx.lang ?? nothing}
            >${event.title}</a
          >`
        : html`<span lang=${ctx.lang ?? nothing}>${event.title}</span>`,
    )}
    <p class="badges" ?hidden=${status === 'scheduled' && !event.example}>
      ${
        status === 'scheduled'
          ? nothing
          : html`<span class="badge status ${status}" part="badge status"
              >${eventStatusLabels[status][locale]}</span
            >`
      }
      ${
        event.example
          ? html`<span class="badge example" part="badge example">${t.events.example}</span>
              <span class="example-hint" part="example-hint">${t.events.exampleHint}</span>`
          : nothing
      }
    </p>
    <p class="meta" part="meta">${meta.filter(Boolean).join(' · ')}</p>
    <p class="summary" part="summary" lang=${ctx.lang ?? nothing} ?hidden=${!event.summary}>
      ${event.summary}
    </p>
    <p class="by" part="organizers" ?hidden=${!by}>${by}</p>
    ${
      open
        ? html`<div class="actions" part="actions">
            ${
              register
                ? html`<a
                    class="button primary"
                    part="button register"
                    href=${register}
                    rel="noopener noreferrer"
                    >${t.events.register}${about}</a
                  >`
                : nothing
            }
            ${
              online
                ? html`<a
                    class="button"
                    part="button online"
                    href=${online}
                    rel="noopener noreferrer"
                    >${t.events.joinOnline}${about}</a
                  >`
                : nothing
            }
            <button type="button" part="button add-to-calendar" @click=${() => ctx.add(event)}>
              ${t.events.addToCalendar}${about}
            </button>
          </div>`
        : nothing
    }
  </article>`;
}
