import type { Campaign, Tier } from '../schema/membership.js';
import { membershipTimeZone } from '../membership/campaign-state.js';
import { addDays, startOfLocalDay, zonedIso } from '../time/zoned.js';
import { safeUrl } from '../url/safe-url.js';
import { node, nodeId, price } from './context.js';
import { publisherRef } from './organization.js';
import type { JsonLdContext, JsonLdNode } from './types.js';

/**
 * A membership campaign as schema.org Offers, one per tier (or one for the campaign without
 * tiers), valid from the first instant of `opens` to the last second of `deadline` in Paris.
 */
export function campaignNodes(campaign: Campaign, ctx: JsonLdContext): JsonLdNode[] {
  const zone = membershipTimeZone;
  const validFrom = campaign.opens
    ? zonedIso(startOfLocalDay(campaign.opens, zone), zone)
    : undefined;
  const validThrough = zonedIso(startOfLocalDay(addDays(campaign.deadline, 1), zone) - 1000, zone);
  const host = publisherRef(ctx);
  const itemOffered = node('ProgramMembership', {
    programName: campaign.title,
    hostingOrganization: host,
  });
  const common = {
    url: safeUrl(campaign.paymentUrl),
    validFrom,
    validThrough,
    seller: host,
    itemOffered,
  };
  const tiers: (Tier | undefined)[] = campaign.tiers?.length ? campaign.tiers : [undefined];
  return tiers.map((tier) => {
    const minimum = tier?.payWhatYouWant?.minimum;
    const currency = tier?.price?.currency ?? minimum?.currency;
    return node('Offer', {
      '@id': nodeId(ctx, 'membership', tier ? `${campaign.id}-${tier.id}` : campaign.id),
      name: tier ? `${campaign.title} – ${tier.label}` : campaign.title,
      description: (tier?.benefits ?? campaign.benefits)?.join(
        ctx.locale === 'fr' ? '\u202f; ' : '; ',
      ),
      price: tier?.price ? price(tier.price) : undefined,
      priceCurrency: currency,
      // Pay what you want: a floor, not a price.
      priceSpecification:
        tier?.payWhatYouWant && minimum
          ? node('PriceSpecification', {
              minPrice: price(minimum),
              priceCurrency: minimum.currency,
            })
          : undefined,
      ...common,
    });
  });
}
