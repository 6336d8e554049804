import * as z from 'zod/mini';
import { attendanceModes, eventKinds, eventStatuses, spheres } from '../vocabulary/vocabulary.js';
import { tidyText } from '../text/tidy-text.js';
import { limits } from './limits.js';
import { date, dateTime, example, httpsUrl, id, money, text, timeZone } from './primitives.js';

/**
 * Where an event takes place: a venue's name and postal address, every part optional;
 * `country` is a two-letter ISO 3166 code (`FR`).
 */
export const placeSchema = z.object({
  name: z.optional(text(limits.name)),
  streetAddress: z.optional(text(limits.short)),
  postalCode: z.optional(z.string().check(z.overwrite(tidyText), z.maxLength(16))),
  locality: z.optional(text(limits.short)),
  region: z.optional(text(limits.short)),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
});

/**
 * A plenary, round table, workshop… `start` and `end` are date-times with an offset, or plain
 * dates for an all-day event (`end` then is the last day, inclusive): both of the same kind,
 * which `parseFeed` checks. Times are shown in `timeZone` (default `Europe/Paris`).
 */
export const eventSchema = z.object({
  id: id(),
  title: text(limits.name),
  kind: z.enum(eventKinds),
  summary: z.optional(text(limits.text)),
  start: z.union([dateTime(), date()]),
  end: z.optional(z.union([dateTime(), date()])),
  timeZone: z.optional(timeZone()),
  status: z.optional(z.enum(eventStatuses)),
  attendance: z.optional(z.enum(attendanceModes)),
  place: z.optional(placeSchema),
  onlineUrl: z.optional(httpsUrl()),
  registrationUrl: z.optional(httpsUrl()),
  price: z.optional(money()),
  url: z.optional(httpsUrl()),
  spheres: z.optional(z.array(z.enum(spheres)).check(z.maxLength(limits.spheres))),
  /** Organisers, by actor id. */
  organizers: z.optional(z.array(id()).check(z.maxLength(limits.roles))),
  /** Projects it is about, by project id. */
  projects: z.optional(z.array(id()).check(z.maxLength(limits.roles))),
  example: example(),
});
/** An event of a feed (plenary, round table, workshop…); `start`/`end` are both date-times with an offset or both plain dates. */
export type FeedEvent = z.infer<typeof eventSchema>;
/** Where an event takes place (`FeedEvent.place`): a venue and its postal address. */
export type Place = z.infer<typeof placeSchema>;
