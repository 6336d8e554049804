import * as z from 'zod/mini';
import { tidyText } from '../text/tidy-text.js';
import { codeCheck } from './code-check.js';
import { limits } from './limits.js';

// Building blocks shared by every item schema. These zod/mini schemas are the one statement of
// the rules, exported for developers and turned into the JSON Schema. `parseFeed`,
// `parseAnswers` and `validateFramework` read with their validation plan instead
// (validation/validation-plan.generated.ts, written by `pnpm generate`), so browsers get no zod.
// Rules that are code go through `codeCheck`, so that the plan can name them.

/** A stable id: lowercase letters, digits and dashes, as used in URLs and attributes. */
export const id = () =>
  z.string().check(z.maxLength(limits.id), z.regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/));

/** A text shown to people: trimmed, without direction controls, in NFC (`tidyText`). */
export const text = (max: number) =>
  z.string().check(z.overwrite(tidyText), z.minLength(1), z.maxLength(max));

/**
 * Written as `https://host…` with no credentials and no whitespace. `new URL` alone would also
 * accept `https:host`, ` https://…` and `https://user:pw@host`, which renderers then have to
 * second-guess; the pattern is also what the published JSON Schema carries.
 */
const httpsPattern = /^https:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?$/;

/** An `https:` URL (no credentials), that the URL parser reads (JSON Schema: `uri`). */
export const httpsUrl = () =>
  z
    .string()
    .check(
      z.maxLength(limits.url),
      z.regex(httpsPattern),
      codeCheck('httpsUrl'),
      z.meta({ format: 'uri' }),
    );

/** A link to reach someone: `https:`, `mailto:` or `tel:`. */
export const contactUrl = () =>
  z.string().check(z.maxLength(limits.url), z.regex(/^(https:\/\/|mailto:|tel:)\S+$/));

/** A BCP 47 language tag (`fr`, `en-GB`, `br`): the language a feed's texts are written in. */
export const languageTag = () =>
  z.string().check(z.maxLength(35), z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/));

// The shape of a date is a pattern (zod's `z.iso` one, but for the day), named `date` or
// `datetime` as zod names its own, for the messages; whether its day exists (no 30 February, 29
// February in leap years only) is the `calendarDay` check, so that a publisher hears which of
// the two is wrong, and browsers check the day with a few lines of code instead of a long
// pattern. The JSON Schema, which has no code, keeps zod's `z.iso` patterns, which refuse such
// days too.
const isoPattern = (schema: { _zod: { def: { pattern?: RegExp } } }) =>
  schema._zod.def.pattern!.source;

/** An ISO 8601 date-time with an offset (`2025-11-06T18:00:00+01:00`), on a day that exists. */
export const dateTime = () =>
  z
    .stringFormat(
      'datetime',
      /^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
    )
    .check(
      codeCheck('calendarDay'),
      z.meta({ format: 'date-time', pattern: isoPattern(z.iso.datetime({ offset: true })) }),
    );

/** An ISO 8601 calendar date (`2025-11-06`) of a day that exists. */
export const date = () =>
  z
    .stringFormat('date', /^\d{4}-\d\d-\d\d$/)
    .check(codeCheck('calendarDay'), z.meta({ format: 'date', pattern: isoPattern(z.iso.date()) }));

/** An IANA time zone name, that the runtime knows. */
export const timeZone = () => z.string().check(z.maxLength(64), codeCheck('timeZone'));

/** An amount of money in integer cents, with its ISO 4217 currency. */
export const money = () =>
  z.object({
    amount: z.int().check(z.gte(0), z.lte(100_000_000)),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  });

export const image = () =>
  z.object({
    src: httpsUrl(),
    // Tidied like every text read to people; empty (a decorative image) is allowed.
    alt: z.string().check(z.overwrite(tidyText), z.maxLength(300)),
  });

export const tags = () => z.array(text(limits.tag)).check(z.maxLength(limits.tags));

/** Marks an item as an illustration, not a fact: shown with an "exemple" badge. */
export const example = () => z.optional(z.boolean());
