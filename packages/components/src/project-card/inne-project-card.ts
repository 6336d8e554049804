import { html } from 'lit';
import type { PropertyValues } from 'lit';
import { emptyFeed, parseCollections, projectsReader, projectToJsonLd } from '@club-inne/core';
import type { Feed, FeedIssue, Project } from '@club-inne/core';
import { readInteger } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { InneElement } from '../shared/inne-element.js';
import { feedLang } from '../shared/feed-lang.js';
import { inlineFeedScript } from '../shared/inline-feed.js';
import { renderLoading } from '../shared/states.js';
import { cardStyles } from './project-card.styles.js';
import { projectCard } from './project-card.template.js';
import { cardTexts } from './card-texts.js';
import type { CardTexts } from './card-texts.js';
import { cardCollections } from './card-collections.js';

// A `.project` given by a script is checked like a feed item, once per object.
const checked = new WeakMap<object, { project?: Project; issues: FeedIssue[] }>();
function check(value: object): { project?: Project; issues: FeedIssue[] } {
  let r = checked.get(value);
  if (!r) {
    // Alone: its actors are named from the feed, if any, not checked against an empty one.
    const { feed, issues } = parseCollections({ version: 1, projects: [value] }, [projectsReader]);
    checked.set(value, (r = { project: feed?.projects[0], issues }));
  }
  return r;
}

/**
 * One project as a card, on its own: give it `.project`, or a `project-id` and a feed (any
 * source of `<inne-projects>`, the club's feed by default). With `.project` and no other source,
 * nothing is fetched; actors are named when a feed is given too.
 *
 * @tag inne-project-card
 * @summary One cooperative project as a card.
 * @attr project-id - The id of the project to show from the feed.
 * @attr heading-level - Level of the card title, 2–6 (default 3).
 * @prop {Project} project - A project object; wins over `project-id`.
 * @csspart base - The wrapper.
 * @csspart card - The card.
 * @csspart title - The title.
 * @csspart link - The title link.
 * @csspart image - The image.
 * @csspart summary - The summary.
 * @csspart phase - The phase line.
 * @csspart meta - Territory, actors, programme, stage.
 * @csspart tags - The spheres.
 * @csspart badge - A badge (also `example`).
 * @csspart empty - "Not available".
 * @csspart error - The error message.
 * @csspart loading - The placeholder.
 * @csspart debug - The debug panel.
 * @cssproperty --inne-accent - Accent (phase, focus, tags). Default: the text colour.
 * @cssproperty --inne-surface - Card background.
 * @cssproperty --inne-border - Border colour.
 * @cssproperty --inne-radius - Corner radius.
 * @cssproperty --inne-muted - Secondary text.
 * @cssproperty --inne-focus - Focus ring.
 * @cssproperty --inne-shadow - Card shadow.
 * @cssproperty --inne-heading-font - Title font.
 * @cssproperty --inne-title-size - Title size.
 * @cssproperty --inne-tag-background - Sphere tags.
 * @cssproperty --inne-gap - Space in the placeholders and notes. @cssproperty --inne-line-height - Line height (1.5).
 * @cssproperty --inne-skeleton - Placeholders.
 * @cssproperty --inne-card-padding - Space inside the card (1rem 1.1rem 1.15rem).
 * @cssproperty --inne-title-color - Title colour. @cssproperty --inne-title-weight - Title weight (650).
 * @cssproperty --inne-summary-lines - Lines of the summary when the title is a link (4).
 * @cssproperty --inne-loading-height - Height of the placeholder (12rem).
 */
export class InneProjectCard extends InneElement<CardTexts> {
  static override properties = {
    project: { attribute: false },
    projectId: { type: String, attribute: 'project-id' },
    headingLevel: { type: String, attribute: 'heading-level' },
  };
  static override styles = [baseStyles, cardStyles];

  declare project?: Project;
  declare projectId?: string;
  /** @default 3 */
  declare headingLevel?: string | number;

  #level = 3;
  #project?: Project;

  protected readonly collections = cardCollections;

  constructor() {
    super(cardTexts);
  }

  protected override needsFeed(): boolean {
    const own = this.feed != null || !!this.src || !!inlineFeedScript(this);
    return !this.project || own;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#level = readInteger(this.headingLevel, 2, 6, 3, this.warn('heading-level'));
    const s = this.data.state;
    const feed = s.status === 'ready' ? s.feed : undefined;
    this.#project = undefined;
    if (this.project && typeof this.project === 'object') {
      const r = check(this.project);
      this.#project = r.project;
      for (const i of r.issues)
        this.notices.push({
          severity: i.severity,
          path: i.path.replace('$.projects[0]', '.project'),
          message: i.message[this.locale],
        });
    } else if (feed) {
      // Pasted ids often carry a space; an id never does.
      const id = this.projectId?.trim();
      this.#project = id ? feed.projects.find((p) => p.id === id) : undefined;
      const expected = this.ids(feed.projects);
      if (!id)
        this.notices.push({
          severity: 'warning',
          message: this.t.report.missing('project-id', expected),
        });
      else if (!this.#project) this.warn('project-id')(id, expected, '');
    }
  }

  protected override renderLoading(): unknown {
    return renderLoading(this.t, 1);
  }

  protected override renderFeed(feed: Feed | undefined): unknown {
    const project = this.#project;
    if (!project) return html`<p class="message" part="empty">${this.t.projects.noProject}</p>`;
    const ctx = {
      feed: feed ?? emptyFeed(),
      locale: this.locale,
      t: this.t,
      level: this.#level,
      compact: false,
      lang: feedLang(feed, this.locale),
    };
    return html`<div class="wide">${projectCard(project, ctx)}</div>`;
  }

  protected override jsonLd(): object | null {
    const s = this.data.state;
    return this.#project
      ? projectToJsonLd(this.#project, {
          feed: s.status === 'ready' ? s.feed : undefined,
          locale: this.locale,
        })
      : null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inne-project-card': InneProjectCard;
  }
}
