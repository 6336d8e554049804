import type { Campaign } from '../schema/membership.js';
import { daysBetween, localDate } from '../time/zoned.js';
import { byCodePoint } from '../text/by-code-point.js';

/** Membership dates are Paris calendar days, wherever the visitor is. */
export const membershipTimeZone = 'Europe/Paris';

/** From this many days left (the deadline day counting as 1), a campaign is closing soon. */
export const closingSoonDays = 14;

/** The dates that decide a campaign's state: `opens` and `deadline`, inclusive. */
export type CampaignDates = Pick<Campaign, 'opens' | 'deadline'>;

/**
 * A campaign's state on a day, as `campaignState` gives it, with what a call to action needs:
 * the days until it opens, the days left (the deadline day counting as 1), or the next
 * campaign once it is closed. Switch on `state`.
 */
export type CampaignState<C extends CampaignDates = Campaign> =
  | { state: 'upcoming'; campaign: C; opens: string; daysUntilOpen: number }
  | { state: 'open'; campaign: C; daysLeft: number }
  | { state: 'closing-soon'; campaign: C; daysLeft: number }
  | { state: 'closed'; campaign: C; next?: C };

/** When `campaignState` looks at a campaign, and the campaigns to pick the next one from. */
export interface CampaignStateOptions<C> {
  /** The present (injectable for tests and stories). Default: now. */
  now?: Date | number;
  /** The feed's other campaigns, to name the next one once this one is closed. */
  campaigns?: readonly C[];
}

/**
 * Today's date in Paris (`YYYY-MM-DD`).
 *
 * @example
 * parisToday(new Date('2025-12-31T23:30:00Z')) // '2026-01-01'
 */
export function parisToday(now: Date | number = Date.now()): string {
  return localDate(Number(now), membershipTimeZone);
}

/**
 * The state of a membership campaign on today's Paris calendar day:
 * - `upcoming` before `opens`;
 * - `open`, then `closing-soon` when `daysLeft ≤ 14`, where `daysLeft` counts today and the
 *   deadline day: 1 on the deadline day, 14 thirteen days before it;
 * - `closed` from 00:00 Paris time the day after the deadline, with the next campaign (the
 *   earliest one whose deadline is later and not past) when `campaigns` has one.
 *
 * @example
 * campaignState({ deadline: '2025-12-31' }, { now: new Date('2025-12-18T12:00:00+01:00') })
 * // { state: 'closing-soon', daysLeft: 14, campaign: … }
 */
export function campaignState<C extends CampaignDates>(
  campaign: C,
  options: CampaignStateOptions<C> = {},
): CampaignState<C> {
  const today = parisToday(options.now);
  if (campaign.opens && today < campaign.opens) {
    return {
      state: 'upcoming',
      campaign,
      opens: campaign.opens,
      daysUntilOpen: daysBetween(today, campaign.opens),
    };
  }
  if (today <= campaign.deadline) {
    const daysLeft = daysBetween(today, campaign.deadline) + 1;
    return { state: daysLeft <= closingSoonDays ? 'closing-soon' : 'open', campaign, daysLeft };
  }
  const next = (options.campaigns ?? [])
    .filter((c) => c !== campaign && c.deadline > campaign.deadline && c.deadline >= today)
    .sort((a, b) => byCodePoint(a.opens ?? a.deadline, b.opens ?? b.deadline))[0];
  return next ? { state: 'closed', campaign, next } : { state: 'closed', campaign };
}

/**
 * The campaign to show today among a feed's campaigns: the open one (the earliest deadline if
 * several are), else the next to open, else the last one closed.
 *
 * @example
 * const campaign = currentCampaign(feed.membership, { now: new Date() });
 */
export function currentCampaign<C extends CampaignDates>(
  campaigns: readonly C[],
  options: { now?: Date | number } = {},
): C | undefined {
  const today = parisToday(options.now);
  const byDeadline = [...campaigns].sort((a, b) => byCodePoint(a.deadline, b.deadline));
  const open = byDeadline.find((c) => (!c.opens || c.opens <= today) && today <= c.deadline);
  if (open) return open;
  const upcoming = byDeadline
    .filter((c) => c.opens && today < c.opens)
    .sort((a, b) => byCodePoint(a.opens ?? '', b.opens ?? ''))[0];
  return upcoming ?? byDeadline.at(-1);
}
