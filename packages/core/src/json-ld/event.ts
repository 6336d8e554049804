import { eventAttendance } from '../events/event-attendance.js';
import type { FeedEvent, Place } from '../schema/event.js';
import type { AttendanceMode } from '../vocabulary/vocabulary.js';
import { safeUrl } from '../url/safe-url.js';
import { node, nodeId, price } from './context.js';
import { actorRef, publisherRef } from './organization.js';
import type { JsonLdContext, JsonLdNode } from './types.js';

const eventStatus = {
  scheduled: 'https://schema.org/EventScheduled',
  // "Full" is about tickets, not the event: it shows as a sold-out offer instead.
  full: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const;

const attendanceMode = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const;

function placeNode(place: Place): JsonLdNode {
  const address = node('PostalAddress', {
    streetAddress: place.streetAddress,
    postalCode: place.postalCode,
    addressLocality: place.locality,
    addressRegion: place.region,
    addressCountry: place.country,
  });
  return node('Place', {
    name: place.name,
    address: Object.keys(address).length > 1 ? address : undefined,
  });
}

function location(event: FeedEvent, mode: AttendanceMode | undefined): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  if (event.place && mode !== 'online') out.push(placeNode(event.place));
  const online = safeUrl(event.onlineUrl);
  if (online && mode !== 'in-person') out.push(node('VirtualLocation', { url: online }));
  return out;
}

function offers(event: FeedEvent): JsonLdNode | undefined {
  const url = safeUrl(event.registrationUrl);
  if (!url && !event.price) return undefined;
  return node('Offer', {
    url,
    price: event.price ? price(event.price) : undefined,
    priceCurrency: event.price?.currency,
    availability:
      event.status === 'full'
        ? 'https://schema.org/SoldOut'
        : event.status === 'cancelled'
          ? undefined
          : 'https://schema.org/InStock',
  });
}

/** An event as a schema.org Event, as Google's event rich results read it. */
export function eventNode(event: FeedEvent, ctx: JsonLdContext): JsonLdNode {
  const mode = eventAttendance(event);
  const where = location(event, mode);
  const organizers = (event.organizers ?? [])
    .map((id) => actorRef(id, ctx))
    .filter((n) => n !== undefined);
  const organizer = organizers.length ? organizers : publisherRef(ctx);
  return node('Event', {
    '@id': nodeId(ctx, 'event', event.id),
    name: event.title,
    description: event.summary,
    startDate: event.start,
    endDate: event.end,
    eventStatus: eventStatus[event.status ?? 'scheduled'],
    eventAttendanceMode: mode ? attendanceMode[mode] : undefined,
    location: where.length > 1 ? where : where[0],
    organizer: Array.isArray(organizer) && organizer.length === 1 ? organizer[0] : organizer,
    offers: offers(event),
    url: safeUrl(event.url),
  });
}
