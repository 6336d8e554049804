import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import {
  campaignState,
  campaignToJsonLd,
  currentCampaign,
  deadlineReminderICS,
  formatDate,
  formatDaysLeft,
  membershipReader,
  parseCollections,
  paymentUrl,
  safeUrl,
  withUtm,
} from '@club-inne/core';
import type { Campaign, CampaignState, Feed, FeedIssue, Tier } from '@club-inne/core';
import { readInteger } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { downloadFile } from '../shared/download.js';
import { emit } from '../shared/events.js';
import { feedLang } from '../shared/feed-lang.js';
import { heading } from '../shared/heading.js';
import { InneElement } from '../shared/inne-element.js';
import { nowOf } from '../shared/now.js';
import { renderLoading } from '../shared/states.js';
import { membershipStyles } from './inne-membership-cta.styles.js';
import { tierItem } from './tier.template.js';
import { membershipTexts } from './membership-texts.js';
import type { MembershipTexts } from './membership-texts.js';

const membershipCollections = [membershipReader];

/** What a click on a payment button says: which campaign, which tier, where it goes. */
export interface InneCtaClickDetail {
  campaign: string;
  year: number;
  /** The tier chosen, when the button belongs to one. */
  tier?: string;
  href: string;
  state: CampaignState['state'];
}

/**
 * The call to join the club (or renew): from the feed's current campaign, or on its own from
 * attributes. Its state follows the Paris calendar: upcoming (opens on…), open, closing soon
 * ("Derniers jours !" from 14 days left, the deadline day counting as the last), closed (the
 * next campaign, or a contact link). The days left are plain text, never a ticking live region.
 *
 * @summary The membership call: tiers, prices, deadline, payment button.
 * @attr year - Standalone: the campaign year (default: the deadline's).
 * @attr opens - Standalone: first day, `YYYY-MM-DD` (Paris).
 * @attr deadline - Standalone: last day, `YYYY-MM-DD` (Paris). With it, no feed is needed.
 * @attr href - The payment page (https); wins over the campaign's `paymentUrl` (another address is reported and ignored).
 * @attr campaign - The id of the feed campaign to show (default: the current one).
 * @attr utm-source - Added to the payment link as `utm_source`. @attr utm-medium - As `utm_medium`.
 * @attr utm-campaign - As `utm_campaign`.
 * @attr heading-level - Level of the title, 2–6 (default 2; tier titles one below).
 * @prop {Date | number | string} now - The present, to freeze time (tests, stories); default: the clock.
 * @fires {CustomEvent<InneCtaClickDetail>} inne-cta-click - A visitor follows a payment button.
 * @csspart base - The wrapper. @csspart cta - The call. @csspart title - Its title.
 * @csspart badge - A badge (`urgent`, `example`). @csspart example-hint - What "example" means.
 * @csspart days-left - The days left.
 * @csspart dates - The dates line. @csspart summary - The summary. @csspart tiers - The tiers.
 * @csspart tier - A tier. @csspart tier-title - A tier's title. @csspart price - A price.
 * @csspart for - Who a tier is for. @csspart benefits - A list of benefits. @csspart actions - The buttons.
 * @csspart button - A button or button-like link (also `primary`, `reminder`, `contact`).
 * @csspart empty - "No campaign". @csspart error - The error message. @csspart loading - The placeholder.
 * @csspart debug - The debug panel.
 * @cssproperty --inne-accent - Accent (buttons, badge, focus). @cssproperty --inne-primary-background - Payment buttons.
 * @cssproperty --inne-surface - Background. @cssproperty --inne-border - Border colour.
 * @cssproperty --inne-radius - Corner radius. @cssproperty --inne-muted - Secondary text.
 * @cssproperty --inne-heading-font - Title font. @cssproperty --inne-tier-min - Narrowest tier (14rem).
 * @cssproperty --inne-title-size - Title size. @cssproperty --inne-focus - Focus ring colour.
 * @cssproperty --inne-gap - Space between tiers. @cssproperty --inne-line-height - Line height (1.5).
 * @cssproperty --inne-skeleton - Placeholders.
 * @cssproperty --inne-card-padding - Space inside the block (1.25rem).
 * @cssproperty --inne-loading-height - Height of the placeholder (12rem).
 */
export class InneMembershipCta extends InneElement<MembershipTexts> {
  static override properties = {
    year: { type: String },
    opens: { type: String },
    deadline: { type: String },
    href: { type: String },
    campaign: { type: String },
    utmSource: { type: String, attribute: 'utm-source' },
    utmMedium: { type: String, attribute: 'utm-medium' },
    utmCampaign: { type: String, attribute: 'utm-campaign' },
    headingLevel: { type: String, attribute: 'heading-level' },
    now: { attribute: false },
  };
  static override styles = [baseStyles, membershipStyles];

  declare year?: string | number;
  declare opens?: string;
  declare deadline?: string;
  declare href?: string;
  declare campaign?: string;
  declare utmSource?: string;
  declare utmMedium?: string;
  declare utmCampaign?: string;
  /** @default 2 */
  declare headingLevel?: string | number;
  declare now?: Date | number | string;

  #level = 2;
  #standalone?: { key: string; campaign?: Campaign; issues: FeedIssue[] };
  // `pay`: the payment page (`paymentUrl`); `href`: the same with UTM, while payments are open.
  #shown?: { campaign: Campaign; state: CampaignState; href?: string; pay?: string };
  #ld?: { for: unknown[]; value: object | null };

  protected readonly collections = membershipCollections;

  constructor() {
    super(membershipTexts);
  }

  protected override needsFeed(): boolean {
    return !this.#fromAttributes()?.campaign;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#level = readInteger(this.headingLevel, 2, 6, 2, this.warn('heading-level'));
    const own = this.href?.trim();
    if (own && !safeUrl(own)) this.warn('href')(own, this.t.membership.httpsHref, '');
    for (const issue of this.#fromAttributes()?.issues ?? []) {
      this.notices.push({
        severity: 'warning',
        path: issue.path.replace('$.membership[0]', '<attributes>'),
        message: issue.message[this.locale],
      });
    }
    const s = this.data.state;
    const feed = this.needsFeed() && s.status === 'ready' ? s.feed : undefined;
    const campaign = this.#fromAttributes()?.campaign ?? (feed && this.#fromFeed(feed));
    if (!campaign) return void (this.#shown = undefined);
    const now = nowOf(this.now);
    const state = campaignState(campaign, { now, campaigns: feed?.membership });
    const pays = state.state === 'open' || state.state === 'closing-soon';
    const pay = paymentUrl(campaign, this.href);
    const href = pays
      ? withUtm(pay, {
          source: this.utmSource,
          medium: this.utmMedium,
          campaign: this.utmCampaign,
        })
      : undefined;
    this.#shown = { campaign, state, href, pay };
  }

  protected override renderLoading(): unknown {
    return renderLoading(this.t, 1);
  }

  protected override renderFeed(feed: Feed | undefined): unknown {
    const t = this.t.membership;
    const shown = this.#shown;
    if (!shown)
      return html`<p class="message" part="empty">${t.none}${this.#contact(feed, undefined)}</p>`;
    const { campaign, state, href, pay } = shown;
    const locale = this.locale;
    // A campaign's title and summary are a call ("Cotisations 2025 – derniers jours !"): once
    // it is closed they would contradict the state, so the plain year title replaces them.
    const closed = state.state === 'closed';
    const tiers = closed ? [] : (campaign.tiers ?? []);
    const benefits = tiers.some((tier) => tier.benefits?.length) ? [] : (campaign.benefits ?? []);
    const lang = feedLang(feed, locale);
    const tierCtx = {
      lang,
      locale,
      t: this.t,
      level: Math.min(this.#level + 1, 6),
      href,
      click: (tier: Tier) => this.#clicked(tier),
    };
    const join =
      href && !tiers.length
        ? html`<a
            class="button primary"
            part="button primary"
            href=${href}
            data-address=${pay}
            rel="noopener noreferrer"
            @click=${() => this.#clicked()}
            >${t.join}</a
          >`
        : nothing;
    // A closed campaign offers its contact, if any; an open one, the reminder. No empty
    // paragraph is left when there is nothing to offer.
    const reach =
      state.state === 'closed'
        ? this.#contact(feed, campaign)
        : html`<button type="button" part="button reminder" @click=${this.#remind}>
            ${t.reminder}
          </button>`;
    return html`<section class="cta ${state.state}" part="cta">
      ${heading(
        this.#level,
        closed
          ? t.title(campaign.year)
          : html`<span lang=${lang ?? nothing}>${campaign.title}</span>`,
      )}
      <p class="flags" ?hidden=${state.state !== 'closing-soon' && !campaign.example}>
        ${
          state.state === 'closing-soon'
            ? html`<span class="badge urgent" part="badge urgent">${t.lastDays}</span>
                <span class="days-left" part="days-left"
                  >${formatDaysLeft(state.daysLeft, locale)}</span
                >`
            : nothing
        }
        ${
          campaign.example
            ? html`<span class="badge example" part="badge example">${t.example}</span>
                <span class="example-hint" part="example-hint">${t.exampleHint}</span>`
            : nothing
        }
      </p>
      <p class="dates" part="dates">${this.#datesLine(state)}</p>
      <p
        class="summary"
        part="summary"
        lang=${lang ?? nothing}
        ?hidden=${closed || !campaign.summary}
      >
        ${campaign.summary}
      </p>
      ${
        tiers.length
          ? html`<ul
              class="tiers"
              part="tiers"
              aria-label=${t.tiers}
              data-address=${href && pay ? t.joinAt(pay) : nothing}
            >
              ${tiers.map((tier) => tierItem(tier, tierCtx))}
            </ul>`
          : nothing
      }
      ${
        benefits.length && state.state !== 'closed'
          ? html`<ul class="benefits" part="benefits" aria-label=${t.benefits}>
              ${benefits.map((b) => html`<li lang=${lang ?? nothing}>${b}</li>`)}
            </ul>`
          : nothing
      }
      ${
        join === nothing && reach === nothing
          ? nothing
          : html`<p class="actions" part="actions">${join} ${reach}</p>`
      }
    </section>`;
  }

  protected override jsonLd(): object | null {
    const shown = this.#shown;
    if (!shown || shown.state.state === 'closed') return null;
    const s = this.data.state;
    const feed = this.needsFeed() && s.status === 'ready' ? s.feed : undefined;
    const pay = shown.pay;
    // Everything the node is made of: a feed set again keeps an unchanged campaign as the same
    // object, while its publisher (the seller) may have changed.
    const made = [shown.campaign, feed, this.locale, pay];
    if (!this.#ld || this.#ld.for.some((v, i) => v !== made[i])) {
      const campaign = { ...shown.campaign, paymentUrl: pay };
      this.#ld = { for: made, value: campaignToJsonLd(campaign, { feed, locale: this.locale }) };
    }
    return this.#ld.value;
  }

  /** The campaign the attributes describe, checked like a feed item (memoised per values). */
  #fromAttributes(): { campaign?: Campaign; issues: FeedIssue[] } | undefined {
    const deadline = this.deadline?.trim();
    if (!deadline) return undefined;
    const key = JSON.stringify([this.year, this.opens, deadline, this.locale]);
    if (this.#standalone?.key !== key) {
      const year = Number(this.year ?? deadline.slice(0, 4));
      const candidate = {
        id: `adhesions-${Number.isInteger(year) ? year : 'x'}`,
        year,
        title: this.t.membership.title(year),
        opens: this.opens?.trim() || undefined,
        deadline,
      };
      const { feed, issues } = parseCollections(
        { version: 1, membership: [candidate] },
        membershipCollections,
      );
      this.#standalone = { key, campaign: feed?.membership[0], issues };
    }
    return this.#standalone;
  }

  #fromFeed(feed: Feed): Campaign | undefined {
    const id = this.campaign?.trim();
    if (id) {
      const found = feed.membership.find((c) => c.id === id);
      if (found) return found;
      this.warn('campaign')(id, this.ids(feed.membership), '');
    }
    return currentCampaign(feed.membership, { now: nowOf(this.now) });
  }

  #datesLine(state: CampaignState): string {
    const t = this.t.membership;
    const day = (date: string) => formatDate(date, this.locale);
    switch (state.state) {
      case 'upcoming':
        return t.opensOn(day(state.opens));
      case 'closed':
        return `${t.closed(state.campaign.year)}${state.next ? ` ${this.#next(state.next)}` : ''}`;
      default:
        return t.until(day(state.campaign.deadline));
    }
  }

  #next(next: Campaign): string {
    const from = next.opens ? formatDate(next.opens, this.locale, { weekday: false }) : undefined;
    return this.t.membership.next(next.title, from);
  }

  #contact(feed: Feed | undefined, campaign: Campaign | undefined): unknown {
    const href = safeUrl(campaign?.contact ?? feed?.publisher?.contact, 'contact');
    return href
      ? html`<a class="button" part="button contact" href=${href} rel="noopener noreferrer"
          >${this.t.membership.contact}</a
        >`
      : nothing;
  }

  #clicked(tier?: Tier): void {
    const shown = this.#shown;
    if (!shown?.href) return;
    const { campaign, state, href } = shown;
    emit(this, 'inne-cta-click', {
      campaign: campaign.id,
      year: campaign.year,
      tier: tier?.id,
      href,
      state: state.state,
    });
  }

  #remind = (): void => {
    const shown = this.#shown;
    if (!shown) return;
    const s = this.data.state;
    const publisher = this.needsFeed() && s.status === 'ready' ? s.feed.publisher : undefined;
    const campaign = {
      ...shown.campaign,
      paymentUrl: shown.pay,
    };
    const ics = deadlineReminderICS(campaign, { locale: this.locale, publisher });
    downloadFile(this.renderRoot as ShadowRoot, `${campaign.id}-rappel.ics`, ics);
  };
}

declare module '../shared/events.js' {
  interface InneEventMap {
    'inne-cta-click': CustomEvent<InneCtaClickDetail>;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inne-membership-cta': InneMembershipCta;
  }
}
