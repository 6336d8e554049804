import * as z from 'zod/mini';
import { memberKinds } from '../vocabulary/vocabulary.js';
import { limits } from './limits.js';
import { contactUrl, date, example, httpsUrl, id, money, text } from './primitives.js';

/** A membership tier: who it is for, its price (or pay what you want) and what it brings. */
export const tierSchema = z.object({
  id: id(),
  label: text(limits.short),
  for: z.optional(z.array(z.enum(memberKinds)).check(z.maxLength(memberKinds.length))),
  price: z.optional(money()),
  /** Pay what you want, from an optional minimum. */
  payWhatYouWant: z.optional(z.object({ minimum: z.optional(money()) })),
  benefits: z.optional(z.array(text(limits.short)).check(z.maxLength(limits.benefits))),
});

/** A yearly membership call ("Cotisations 2025"), open from `opens` to `deadline` inclusive. */
export const campaignSchema = z.object({
  id: id(),
  year: z.int().check(z.gte(2000), z.lte(2100)),
  title: text(limits.name),
  summary: z.optional(text(limits.text)),
  opens: z.optional(date()),
  deadline: date(),
  /** The payment page (a HelloAsso-style URL). */
  paymentUrl: z.optional(httpsUrl()),
  contact: z.optional(contactUrl()),
  tiers: z.optional(z.array(tierSchema).check(z.maxLength(limits.tiers))),
  benefits: z.optional(z.array(text(limits.short)).check(z.maxLength(limits.benefits))),
  example: example(),
});
/** A yearly membership call, open from `opens` to `deadline` inclusive. */
export type Campaign = z.infer<typeof campaignSchema>;
/** A membership tier of a campaign: who it is for, its price or pay what you want, its benefits. */
export type Tier = z.infer<typeof tierSchema>;
