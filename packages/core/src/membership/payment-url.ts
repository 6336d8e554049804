import type { Campaign } from '../schema/membership.js';
import { safeUrl } from '../url/safe-url.js';

/**
 * The payment page of a campaign: the page's own link (a partner's `href`) when it is a safe
 * https address, else the campaign's `paymentUrl`. A partner's link that cannot be used (an
 * `http:` address, a typo) must not take the feed's payment button away with it: it only loses
 * its priority.
 *
 * @example
 * paymentUrl(campaign, 'https://www.helloasso.com/associations/club-inne') // the partner's link
 * paymentUrl(campaign, 'http://example.org/adherer') // campaign.paymentUrl
 */
export function paymentUrl(
  campaign: Pick<Campaign, 'paymentUrl'>,
  override?: string | null,
): string | undefined {
  return safeUrl(override) ?? safeUrl(campaign.paymentUrl);
}
