import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatMoney, memberKindLabels } from '@club-inne/core';
import type { Locale, Tier } from '@club-inne/core';
import type { MembershipTexts } from './membership-texts.js';
import { heading } from '../shared/heading.js';

export interface TierContext {
  locale: Locale;
  t: MembershipTexts;
  level: number;
  /** The payment link (already through `safeUrl`, with UTM), if there is one. */
  href: string | undefined;
  /** Called on a click on the tier's button, before the browser follows the link. */
  click: (tier: Tier) => void;
  /** The language of the feed's texts, when it is not `locale` (`feedLang`). */
  lang?: string | undefined;
}

/** The price line: the price, "Prix libre", or "Prix libre, à partir de 10 €". */
export function tierPrice(tier: Tier, locale: Locale, t: MembershipTexts): string {
  const parts: string[] = [];
  if (tier.price) parts.push(formatMoney(tier.price, locale));
  if (tier.payWhatYouWant) {
    const min = tier.payWhatYouWant.minimum;
    parts.push(
      min
        ? `${t.membership.payWhatYouWant}, ${t.membership.from(formatMoney(min, locale))}`
        : t.membership.payWhatYouWant,
    );
  }
  return parts.join(' · ');
}

/** One membership tier: who it is for, its price, its benefits and its own button to pay. */
export function tierItem(tier: Tier, ctx: TierContext): TemplateResult {
  const { t, locale } = ctx;
  const who = (tier.for ?? []).map((k) => memberKindLabels[k]?.[locale] ?? k).join(', ');
  const price = tierPrice(tier, locale, t);
  return html`<li class="tier" part="tier">
    ${heading(ctx.level, html`<span lang=${ctx.lang ?? nothing}>${tier.label}</span>`, 'tier-title')}
    <p class="price" part="price" ?hidden=${!price}>${price}</p>
    <p class="for" part="for" ?hidden=${!who}>${t.membership.for(who)}</p>
    ${
      tier.benefits?.length
        ? html`<ul class="benefits" part="benefits" lang=${ctx.lang ?? nothing}>
            ${tier.benefits.map((b) => html`<li>${b}</li>`)}
          </ul>`
        : nothing
    }
    ${
      ctx.href
        ? html`<a
            class="button primary"
            part="button primary"
            href=${ctx.href}
            rel="noopener noreferrer"
            @click=${() => ctx.click(tier)}
            >${t.membership.join}<span class="visually-hidden" lang=${ctx.lang ?? nothing}>
              – ${tier.label}</span
            ></a
          >`
        : nothing
    }
  </li>`;
}
