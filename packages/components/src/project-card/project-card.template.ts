import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import {
  phaseLabels,
  phases,
  projectActors,
  projectStages,
  roleLabels,
  safeUrl,
  sphereLabels,
} from '@club-inne/core';
import type { Feed, Locale, Project } from '@club-inne/core';
import type { CardTexts } from './card-texts.js';
import { cardTitle } from './card-title.js';

/** What a card needs besides its project, computed once per list, not once per card. */
export interface CardContext {
  /** Where actors are named and assessments scored (the EFC stage). */
  feed: Pick<Feed, 'actors' | 'assessments'>;
  locale: Locale;
  t: CardTexts;
  /** The heading level of the card title, 2–6. */
  level: number;
  /** `compact`: title, phase and territory only. */
  compact: boolean;
  /** The language of the feed's texts, when it is not `locale` (`feedLang`). */
  lang?: string | undefined;
}

const here = () => globalThis.location?.origin ?? '';

// "Porteur" → "porteur" inside parentheses; lowered once per language, not once per card.
const lowerRoles = new Map<Locale, Record<string, string>>();
function roleWord(role: keyof typeof roleLabels, locale: Locale): string {
  let words = lowerRoles.get(locale);
  if (!words) {
    words = Object.fromEntries(
      Object.entries(roleLabels).map(([id, l]) => [id, l[locale].toLocaleLowerCase(locale)]),
    );
    lowerRoles.set(locale, words);
  }
  return words[role] ?? role;
}

function actorsText(project: Project, ctx: CardContext): string {
  return projectActors(project, ctx.feed)
    .map(({ actor, role }) => `${actor.name} (${roleWord(role, ctx.locale)})`)
    .join(', ');
}

/**
 * One project as a card: the same template inside `<inne-projects>` (1,000 cards stay one
 * template each, not 1,000 custom elements) and `<inne-project-card>`. Feed text goes only
 * into text positions and `alt`; URLs pass `safeUrl`; empty rows are `hidden` rather than
 * conditional templates, which keeps a card a single template instance to clone.
 */
export function projectCard(project: Project, ctx: CardContext): TemplateResult {
  const { t, locale } = ctx;
  const url = safeUrl(project.url);
  const leaving = url && !url.startsWith(`${here()}/`);
  const image = ctx.compact ? undefined : safeUrl(project.image?.src);
  const phase = project.phase;
  const step = phase ? phases.indexOf(phase) + 1 : 0;
  const actors = ctx.compact ? '' : actorsText(project, ctx);
  const stage = ctx.compact ? undefined : projectStages(ctx.feed).get(project.id)?.label[locale];
  const spheres = ctx.compact ? [] : (project.spheres ?? []);
  return html`<article class="card ${image ? 'with-image' : ''} ${url ? 'linked' : ''}" part="card">
    ${
      image
        ? html`<img
            class="image"
            part="image"
            src=${image}
            alt=${project.image?.alt ?? ''}
            lang=${ctx.lang ?? nothing}
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
          />`
        : nothing
    }
    <div class="body">
      ${cardTitle(ctx.level, project.title, url, leaving ? 'noopener noreferrer' : undefined, ctx.lang)}
      ${
        project.example
          ? html`<span class="badge example" part="badge example">${t.projects.example}</span>`
          : nothing
      }
      <p
        class="summary"
        part="summary"
        lang=${ctx.lang ?? nothing}
        ?hidden=${ctx.compact || !project.summary}
      >
        ${project.summary}
      </p>
      <p class="phase" part="phase" ?hidden=${!phase}>
        <span class="steps s${step}" aria-hidden="true"></span>
        <span aria-hidden="true">${phase ? phaseLabels[phase][locale] : ''}</span>
        <span class="visually-hidden"
          >${phase ? t.projects.phaseOf(phaseLabels[phase][locale], step, phases.length) : ''}</span
        >
      </p>
      <dl class="meta" part="meta">
        <div ?hidden=${!project.territory}>
          <dt>${t.projects.territory}</dt>
          <dd>${project.territory}</dd>
        </div>
        <div ?hidden=${!actors}>
          <dt>${t.projects.actors}</dt>
          <dd>${actors}</dd>
        </div>
        <div ?hidden=${ctx.compact || !project.programme}>
          <dt>${t.projects.programme}</dt>
          <dd lang=${ctx.lang ?? nothing}>${project.programme}</dd>
        </div>
        <div ?hidden=${!stage}>
          <dt>${t.projects.stage}</dt>
          <dd>${stage}</dd>
        </div>
      </dl>
      ${
        spheres.length
          ? html`<ul class="tags" part="tags" aria-label=${t.projects.spheres}>
              ${spheres.map((s) => html`<li>${sphereLabels[s][locale]}</li>`)}
            </ul>`
          : nothing
      }
    </div>
  </article>`;
}
