import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { phaseLabels, sphereLabels } from '@club-inne/core';
import type { Facet, Locale, Phase, ProjectFacets, Sphere } from '@club-inne/core';
import type { ProjectsTexts } from './projects-texts.js';

/** What a visitor chose in the filter bar (one value per filter). */
export interface Chosen {
  spheres?: Sphere[];
  territories?: string[];
  phases?: Phase[];
}
export type FacetName = keyof Chosen;

export interface FilterBarOptions {
  facets: ProjectFacets;
  chosen: Chosen;
  t: ProjectsTexts;
  locale: Locale;
  choose(facet: FacetName, value: string): void;
  reset(): void;
}

/**
 * Native selects (keyboard and screen-reader friendly everywhere) with the count each choice
 * would give. A filter with fewer than two values has nothing to choose and is left out.
 */
export function filterBar(o: FilterBarOptions): TemplateResult | typeof nothing {
  const { t, locale, chosen } = o;
  const select = <T extends string>(
    name: FacetName,
    label: string,
    facet: Facet<T>,
    labelOf: (v: T) => string,
  ) => {
    const current = chosen[name]?.[0];
    if (facet.values.length < 2 && !current) return nothing;
    return html`<label class="filter" part="filter">
      <span>${label}</span>
      <select @change=${(e: Event) => o.choose(name, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!current}>${t.projects.all(facet.total)}</option>
        ${facet.values.map(
          (f) =>
            html`<option
              value=${f.value}
              ?selected=${f.value === current}
              ?disabled=${!f.count && f.value !== current}
            >
              ${t.projects.option(labelOf(f.value), f.count)}
            </option>`,
        )}
      </select>
    </label>`;
  };
  const selects = [
    select('spheres', t.projects.sphere, o.facets.spheres, (v) => sphereLabels[v][locale]),
    select('territories', t.projects.territory, o.facets.territories, (v) => v),
    select('phases', t.projects.phase, o.facets.phases, (v) => phaseLabels[v][locale]),
  ];
  if (selects.every((s) => s === nothing)) return nothing;
  const any = Object.values(chosen).some((v) => v?.length);
  return html`<div class="filters" part="filters" role="group" aria-label=${t.projects.filters}>
    ${selects}
    ${
      any
        ? html`<button type="button" part="button reset-button" @click=${o.reset}>
            ${t.projects.reset}
          </button>`
        : nothing
    }
  </div>`;
}
