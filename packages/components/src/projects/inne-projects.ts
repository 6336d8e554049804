import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  knownIds,
  phases,
  projectFacets,
  projectSorts,
  spheres,
  unknownTerritories,
} from '@club-inne/core';
import type { Feed, Project, ProjectCriteria } from '@club-inne/core';
import { cardStyles } from '../project-card/project-card.styles.js';
import { projectCard } from '../project-card/project-card.template.js';
import type { CardContext } from '../project-card/project-card.template.js';
import { readChoice, readChoices, readInteger, readNames } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { emit } from '../shared/events.js';
import { InneElement } from '../shared/inne-element.js';
import { feedLang } from '../shared/feed-lang.js';
import { renderLoading } from '../shared/states.js';
import { filterBar } from './filter-bar.js';
import { ProjectList } from './project-list.js';
import type { Chosen, FacetName } from './filter-bar.js';
import { projectsStyles } from './inne-projects.styles.js';
import { ProjectsJsonLd } from './projects-json-ld.js';
import { projectsTexts } from './projects-texts.js';
import type { ProjectsTexts } from './projects-texts.js';
import { cardCollections } from '../project-card/card-collections.js';

const layouts = ['grid', 'list', 'compact'] as const;

/** What the filter bar holds after a visitor's choice, and how many projects it gives. */
export interface InneFilterChangeDetail extends Chosen {
  count: number;
}

/**
 * The network's projects as cards, from the club's feed or any other.
 *
 * @tag inne-projects
 * @summary A list of cooperative projects: filter, sort, page, in the host page's look.
 * @attr sphere - Only these spheres of life (ids, space-separated), e.g. `se-nourrir habiter`.
 * @attr territory - Only these territories (names, comma-separated; case and accents ignored).
 * @attr phase - Only these phases: `emergence`, `structuration`, `formalisation`, `consolidation`.
 * @attr actor - Only projects this actor (id, comma-separated) takes part in.
 * @attr limit - Projects per page, with a "Voir plus" button; none or `0`: all of them.
 * @attr sort - `feed` (default), `title`, `phase` or `recent`.
 * @attr layout - `grid` (default), `list` or `compact`.
 * @attr heading-level - Level of the card titles, 2–6 (default 3).
 * @attr filters - Shows a filter bar (sphere, territory, phase) with counts.
 * @fires {CustomEvent<InneFilterChangeDetail>} inne-filter-change - A visitor changed a filter.
 * @csspart base - The wrapper of everything.
 * @csspart list - The list of cards.
 * @csspart card - A card.
 * @csspart title - A card title.
 * @csspart link - The title link.
 * @csspart image - A card image.
 * @csspart summary - A summary.
 * @csspart phase - The phase line.
 * @csspart meta - Territory, actors, programme, stage.
 * @csspart tags - The spheres.
 * @csspart badge - A badge (also `example`).
 * @csspart filters - The filter bar.
 * @csspart filter - One filter.
 * @csspart more - The "Voir plus" area.
 * @csspart button - Buttons.
 * @csspart empty - The "no project" message.
 * @csspart error - The error message.
 * @csspart loading - The placeholders.
 * @csspart stale - The "older data" note.
 * @csspart debug - The debug panel.
 * @cssproperty --inne-accent - Accent (buttons, phase, focus, tags). Default: the text colour.
 * @cssproperty --inne-surface - Card background. Default: transparent.
 * @cssproperty --inne-border - Card border colour.
 * @cssproperty --inne-radius - Corner radius.
 * @cssproperty --inne-gap - Space between cards.
 * @cssproperty --inne-card-min - Narrowest grid card (16rem).
 * @cssproperty --inne-muted - Colour of secondary text.
 * @cssproperty --inne-focus - Focus ring colour.
 * @cssproperty --inne-shadow - Card shadow.
 * @cssproperty --inne-heading-font - Title font.
 * @cssproperty --inne-title-size - Title size.
 * @cssproperty --inne-line-height - Line height (1.5).
 * @cssproperty --inne-tag-background - Sphere tags.
 * @cssproperty --inne-skeleton - Placeholders.
 * @cssproperty --inne-field-background - Background of the filters.
 * @cssproperty --inne-card-padding - Space inside a card, but a `compact` one (1rem 1.1rem 1.15rem).
 * @cssproperty --inne-title-color - Card title colour. @cssproperty --inne-title-weight - Card title weight (650).
 * @cssproperty --inne-summary-lines - Lines of a linked card's summary (4).
 * @cssproperty --inne-loading-height - Height of the placeholders (12rem).
 */
export class InneProjects extends InneElement<ProjectsTexts> {
  static override properties = {
    sphere: { type: String },
    territory: { type: String },
    phase: { type: String },
    actor: { type: String },
    limit: { type: String },
    sort: { type: String },
    layout: { type: String },
    headingLevel: { type: String, attribute: 'heading-level' },
    filters: { type: Boolean },
  };
  static override styles = [baseStyles, cardStyles, projectsStyles];

  declare sphere?: string;
  declare territory?: string;
  declare phase?: string;
  declare actor?: string;
  declare limit?: string | number;
  /** @default 'feed' */
  declare sort?: string;
  /** @default 'grid' */
  declare layout?: string;
  /** @default 3 */
  declare headingLevel?: string | number;
  declare filters: boolean;

  #layout: (typeof layouts)[number] = 'grid';
  #level = 3;
  #limit = 0;
  #chosen: Chosen = {};
  #list = new ProjectList();
  #announce = '';
  // Counts the messages: each one replaces the live region's text node, so that a second
  // "2 projets trouvés" in a row is announced too (an unchanged text is not read again).
  #announced = 0;
  #countChanged = false;
  #ld = new ProjectsJsonLd();

  protected readonly collections = cardCollections;

  constructor() {
    super(projectsTexts);
    this.filters = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#layout = readChoice(this.layout, layouts, 'grid', this.warn('layout'));
    this.#level = readInteger(this.headingLevel, 2, 6, 3, this.warn('heading-level'));
    this.#limit = readInteger(this.limit, 0, 100_000, 0, this.warn('limit'));
    const sort = readChoice(this.sort, projectSorts, 'feed', this.warn('sort'));
    const scope: ProjectCriteria = {
      spheres: readChoices(this.sphere, spheres, this.warn('sphere')),
      phases: readChoices(this.phase, phases, this.warn('phase')),
      territories: readNames(this.territory),
    };
    const s = this.data.state;
    if (s.status !== 'ready') return;
    const { known, unknown } = knownIds(readNames(this.actor), s.feed.actors);
    for (const id of unknown) this.warn('actor')(id, this.ids(s.feed.actors), '');
    scope.actors = known;
    const nowhere = unknownTerritories(scope.territories ?? [], s.feed.projects);
    if (nowhere.length) {
      // The filter is kept (a territory may have no project yet): the empty list is explained.
      const held = projectFacets(s.feed.projects).territories.values.map((v) => v.value);
      for (const name of nowhere)
        this.notices.push({
          severity: 'warning',
          message: this.t.projects.noTerritory(name, held),
        });
    }
    const reselected = this.#list.select(
      s.feed,
      scope,
      this.#chosen,
      sort,
      this.locale,
      this.#limit,
    );
    if (reselected && this.#countChanged) this.#say(this.t.projects.found(this.#list.items.length));
    this.#countChanged = false;
  }

  protected override renderLoading(): unknown {
    return renderLoading(this.t, Math.min(this.#limit || 3, 6));
  }

  protected override renderFeed(feed: Feed): unknown {
    const t = this.t.projects;
    const ctx: CardContext = {
      feed,
      locale: this.locale,
      t: this.t,
      level: this.#level,
      compact: this.#layout === 'compact',
      lang: feedLang(feed, this.locale),
    };
    const { items, shown } = this.#list;
    // A card is rendered again only when what it shows may have changed: a feed set again
    // keeps unchanged projects (and actors, assessments) as the same objects.
    const card = (p: Project) =>
      guard(
        [p, feed.actors, feed.assessments, ctx.locale, ctx.t, ctx.level, ctx.compact, ctx.lang],
        () => projectCard(p, ctx),
      );
    return html`${this.filters ? this.#filterBar() : nothing}
      <p class="visually-hidden" role="status">${keyed(this.#announced, this.#announce)}</p>
      ${
        items.length
          ? html`<ul class="list ${this.#layout}" part="list">
              ${repeat(
                shown,
                (p) => p.id,
                (p) => html`<li class="item">${card(p)}</li>`,
              )}
            </ul>`
          : html`<p class="message" part="empty">${feed.projects.length ? t.empty : t.none}</p>`
      }
      ${
        shown.length < items.length
          ? html`<div class="more" part="more">
              <span>${t.shownOf(shown.length, items.length)}</span>
              <button type="button" part="button more-button" @click=${this.#more}>
                ${t.more}
              </button>
            </div>`
          : nothing
      }`;
  }

  protected override jsonLd(): string | null {
    const s = this.data.state;
    return s.status === 'ready' ? this.#ld.text(this.#list.shown, s.feed, this.locale) : null;
  }

  #filterBar() {
    return filterBar({
      facets: projectFacets(this.#list.scoped, this.#chosen),
      chosen: this.#chosen,
      t: this.t,
      locale: this.locale,
      choose: (facet: FacetName, value: string) =>
        this.#choose({ ...this.#chosen, [facet]: value ? [value] : undefined }),
      reset: () => this.#reset(),
    });
  }

  #say(text: string): void {
    this.#announce = text;
    this.#announced++;
  }

  async #reset(): Promise<void> {
    await this.#choose({});
    // The reset button goes away with the choices it cleared: without this, focus would fall
    // to the top of the page and a keyboard user would have to find the list again.
    this.renderRoot.querySelector<HTMLSelectElement>('[part~="filters"] select')?.focus();
  }

  async #choose(chosen: Chosen): Promise<void> {
    this.#chosen = chosen;
    this.#countChanged = true;
    this.requestUpdate();
    await this.updateComplete;
    emit(this, 'inne-filter-change', { ...chosen, count: this.#list.items.length });
  }

  #more = async (): Promise<void> => {
    const list = this.#list;
    const from = list.shown.length;
    this.#say(this.t.projects.added(list.more(this.#limit), list.shown.length, list.items.length));
    this.requestUpdate();
    await this.updateComplete;
    // Focus goes to the first new card, so keyboard users carry on from where they were.
    this.renderRoot.querySelectorAll<HTMLElement>('.item .title')[from]?.focus();
  };
}

declare module '../shared/events.js' {
  interface InneEventMap {
    'inne-filter-change': CustomEvent<InneFilterChangeDetail>;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inne-projects': InneProjects;
  }
}
