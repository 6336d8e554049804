import { LitElement, html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues } from 'lit';
import { isKitLocale } from '@club-inne/core';
import type { Feed, Locale } from '@club-inne/core';
import type { Collections } from './feed-loader.js';
import { sharedTexts } from '../messages/messages.js';
import type { SharedMessages, Texts } from '../messages/messages.js';
import type { Warn } from './attributes.js';
import { baseStyles } from './base.styles.js';
import { emit } from './events.js';
import { FeedSource } from './feed-source.js';
import type { FeedState } from './feed-source.js';
import { unreadFeedTypes } from './inline-feed.js';
import { writeJsonLd } from './json-ld.js';
import { resolveLocale } from './locale.js';
import { reportProblems } from './report.js';
import type { Problem } from './report.js';
import { renderDebug, renderError, renderLoading, renderStale } from './states.js';

// A feed with thousands of bad items would flood the console and the page.
const MAX_SHOWN_ISSUES = 200;

/**
 * The base of every Inné component. A subclass says which collections of the feed it reads
 * (`collections`, their readers from `@club-inne/core`: the others are neither checked nor
 * reported), implements `renderFeed(feed)` and, if it shows items, `jsonLd()`; the base does
 * the rest: it finds the data (`.feed`, an inline JSON
 * script, `src`, the default feed), shows the loading, error and stale states, resolves the
 * language into `this.locale` and `this.t` (the texts), reports problems (one console group,
 * and the `debug` panel), writes the JSON-LD and fires `inne-load` / `inne-error`.
 *
 * Attributes are validated in `willUpdate` with the readers of `attributes.ts` and
 * `this.warn('name')`, after calling `super.willUpdate(changed)`.
 *
 * The page tokens several elements read are described once below (`@token`), true for each of
 * them: the "every token" tables read these; an element's own `@cssproperty` list says how it
 * uses them. An element that ignores an inherited member, or a token of the base styles, says
 * so with `@unused` (see `scripts/published-manifest.mjs`).
 *
 * @attr src - URL of a feed (JSON). Default: the club's feed beside the script.
 * @attr lang - `fr` (default) or `en`; else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr debug - Shows on the page what the console reports: feed issues, wrong attributes.
 * @attr no-jsonld - Writes no schema.org JSON-LD.
 * @prop {unknown} feed - A feed object (or its JSON text); it wins over every other source.
 * @fires {CustomEvent<InneLoadDetail>} inne-load - Data shown (with `issues`, and `stale` when older data is kept).
 * @fires {CustomEvent<InneErrorDetail>} inne-error - No data could be shown; `failure` says why.
 * @token --inne-accent - Accent colour: buttons, highlights and, unless `--inne-focus` is set, the focus ring. Default: the text colour.
 * @token --inne-surface - Background of the boxes an element draws (cards, events, the membership block). Default: transparent.
 * @token --inne-border - Border colour. Default: the text colour, faint.
 * @token --inne-radius - Corner radius (0.5rem).
 * @token --inne-gap - Space between and inside an element's blocks (1rem).
 * @token --inne-muted - Colour of secondary text. Default: the text colour.
 * @token --inne-focus - Focus ring colour. Default: `--inne-accent`.
 * @token --inne-heading-font - Font of the titles. Default: the page's.
 * @token --inne-title-size - Size of the main titles.
 * @token --inne-primary-background - Background of the main action buttons (registration, payment). Default: a tint of the accent.
 * @token --inne-line-height - Line height of the text (1.5).
 * @token --inne-skeleton - Colour of the loading placeholders.
 * @token --inne-field-background - Background of form fields (filters, answers). Default: transparent.
 * @token --inne-shadow - Card shadow. Default: none.
 * @token --inne-tag-background - Background of the sphere tags. Default: a tint of the accent.
 * @token --inne-card-padding - Space inside a box: a project card, an event, the membership block.
 * @token --inne-title-color - Colour of the project cards' titles. Default: the text colour.
 * @token --inne-title-weight - Weight of the project cards' titles (650).
 * @token --inne-summary-lines - Lines of a card's summary when its title links to the project's page, where the rest is (4).
 * @token --inne-loading-height - Height kept while the data loads, so that the page below moves little when it comes (12rem).
 */
export abstract class InneElement<M extends SharedMessages = SharedMessages> extends LitElement {
  static override properties: PropertyDeclarations = {
    feed: { attribute: false },
    src: { type: String },
    lang: { type: String, reflect: true },
    debug: { type: Boolean, reflect: true },
    noJsonld: { type: Boolean, attribute: 'no-jsonld' },
  };
  static override styles: CSSResultGroup = baseStyles;

  declare feed: unknown;
  declare src: string | undefined;
  declare lang: string;
  declare debug: boolean;
  declare noJsonld: boolean;

  /** Where the data stands: loading, ready (with the feed) or error. */
  protected readonly data: FeedSource;
  /**
   * The collections of the feed this element reads, as their readers from `@club-inne/core`
   * (`[projectsReader, actorsReader]`): only these are checked, kept and reported, and a bundle
   * carries only their rules. Elements reading the same URL share one download.
   */
  protected abstract readonly collections: Collections;
  /** The language of this render, and its texts. */
  protected locale: Locale = 'fr';
  protected t: M;
  readonly #texts: Texts<M>;
  /** Problems found while preparing this render (wrong attributes, unknown ids). */
  protected notices: Problem[] = [];
  #announced?: FeedState;
  #jsonLdRefused = false;

  /**
   * `texts`: the element's texts in each language (`projects/projects-texts.ts`…), only what it
   * shows; without them, the shared ones.
   */
  constructor(texts: Texts<M> = sharedTexts as Texts<M>) {
    super();
    this.#texts = texts;
    this.t = texts.fr;
    this.debug = false;
    this.noJsonld = false;
    this.data = new FeedSource(this, () => this.collections);
  }

  /** Loads the data again, even from the same source (the "Réessayer" button). */
  refresh(): void {
    // An element that needs no feed (the form, a card given `.project`) downloads none.
    if (this.needsFeed()) this.data.sync(true);
    this.requestUpdate();
  }

  protected abstract renderFeed(feed: Feed): unknown;

  protected renderLoading(): unknown {
    return renderLoading(this.t);
  }

  /**
   * schema.org data for what is shown (the same object while it does not change), or the text
   * `jsonLdText` makes of it (a long list builds it from each item's cached text).
   */
  protected jsonLd(): object | string | null {
    return null;
  }

  /** False when the element has what it needs without a feed (a card given `.project`). */
  protected needsFeed(): boolean {
    return true;
  }

  /** A reporter for the readers of `attributes.ts`, naming the attribute. */
  protected warn(name: string): Warn {
    return (value, expected, fallback) =>
      this.notices.push({
        severity: 'warning',
        message: this.t.report.attribute(name, value, expected, fallback),
      });
  }

  /**
   * What an id attribute (`project-id`, `actor`…) expects: the ids of the feed's items of its
   * kind, listed as a choice lists its values so that a typo is seen at a glance (the first 20,
   * then "…"), or that the feed holds none.
   */
  protected ids(items: readonly { id: string }[]): string {
    return items.length
      ? items
          .slice(0, 20)
          .map((i) => i.id)
          .join(', ') + (items.length > 20 ? ', …' : '')
      : this.t.report.noIds;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.locale = resolveLocale(this);
    this.t = this.#texts[this.locale];
    this.notices = [];
    // Only the element's own `lang` is the webmaster's choice: a page in Breton is not an error.
    if (this.lang && !isKitLocale(this.lang)) this.warn('lang')(this.lang, 'fr, en', this.locale);
    // A feed written in a script the element does not read: the club's is shown instead.
    for (const type of unreadFeedTypes(this)) this.warn('type')(type, 'application/json', '');
    if (this.needsFeed()) this.data.sync();
  }

  protected override render(): unknown {
    const s = this.needsFeed() ? this.data.state : undefined;
    const body =
      !s || s.status === 'ready'
        ? [renderStale(this.t, s?.stale && s.loadedAt), this.renderFeed(s?.feed as Feed)]
        : s.status === 'error'
          ? this.#status(renderError(this.t, () => this.#retry()))
          : this.#status(this.renderLoading());
    // The texts are in `this.locale` whatever the page says: a page in another language
    // (`<html lang="br">`, `lang="de"` on a twinning page) would otherwise have them read out
    // with the wrong voice (RGAA 8.7).
    return html`<div class="root" part="base" lang=${this.locale}>
      ${body}${this.debug ? renderDebug(this.t, this.#lines(), this.problems()) : nothing}
    </div>`;
  }

  // Loading and error share one live region, which stays while one replaces the other: a
  // retry that fails again is announced, as a region inserted with its text often is not.
  #status(body: unknown): unknown {
    return html`<div class="feed-state" role="status">${body}</div>`;
  }

  // The "Réessayer" button goes away while loading: focus waits on the element's wrapper, which
  // stays, instead of falling back to the top of the page (RGAA 12.8).
  #retry(): void {
    const wrapper = this.renderRoot.querySelector<HTMLElement>('.root');
    if (wrapper && (this.renderRoot as ShadowRoot).activeElement) {
      wrapper.tabIndex = -1;
      wrapper.focus({ preventScroll: true });
      wrapper.addEventListener('blur', () => wrapper.removeAttribute('tabindex'), { once: true });
    }
    this.refresh();
  }

  protected override updated(_changed: PropertyValues<this>): void {
    const refused = !writeJsonLd(this, this.noJsonld ? null : this.jsonLd());
    if (refused !== this.#jsonLdRefused) {
      this.#jsonLdRefused = refused;
      if (this.debug) this.requestUpdate(); // the debug panel shows it on the next render
    }
    const s = this.data.state;
    if (this.needsFeed() && s.status === 'loading') return;
    const problems = this.problems();
    reportProblems(
      this,
      this.t.report.title(this.localName, problems.length),
      this.#lines(),
      problems,
    );
    if (s === this.#announced || s.status === 'loading') return;
    this.#announced = s;
    const where = { source: s.source, url: s.url, issues: s.issues };
    if (s.status === 'ready')
      emit(this, 'inne-load', { ...where, feed: s.feed, loadedAt: s.loadedAt, stale: s.stale });
    else emit(this, 'inne-error', { ...where, failure: s.failure });
  }

  /** Everything a webmaster should check, for the console and the debug panel. */
  protected problems(): Problem[] {
    const s = this.data.state;
    const out: Problem[] = [];
    if (s.status === 'error')
      out.push({ severity: 'error', message: this.t.report.failure(s.failure) });
    if (s.status === 'ready' && s.stale)
      out.push({ severity: 'warning', message: this.t.report.failure(s.stale) });
    if (s.status !== 'loading') {
      for (const i of s.issues.slice(0, MAX_SHOWN_ISSUES)) {
        out.push({ severity: i.severity, path: i.path, message: i.message[this.locale] });
      }
    }
    out.push(...this.notices);
    if (this.#jsonLdRefused)
      out.push({ severity: 'warning', message: this.t.report.jsonLdBlocked });
    return out;
  }

  #lines(): string[] {
    const s = this.data.state;
    return this.needsFeed() ? [this.t.report.source(s.source, s.url)] : [];
  }
}
