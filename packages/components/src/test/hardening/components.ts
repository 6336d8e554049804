// Every Inné element, as registered by the package's `define` module: the list is read from the
// registrations themselves, so an element added to `define.ts` is under test at once.
import type { Feed } from '@club-inne/core';
import type { InneLoadDetail } from '../../shared/events.js';

const registered: string[] = [];
const globalsBefore = new Set(Object.getOwnPropertyNames(window));
const define = customElements.define.bind(customElements);
customElements.define = (name, constructor, options) => {
  if (name.startsWith('inne-')) registered.push(name);
  define(name, constructor, options);
};
try {
  await import('../../define.js');
} finally {
  customElements.define = define;
}

/** The tags `define.ts` registers. */
export const tags: readonly string[] = registered;

/** The globals that loading every element added to `window` (security rule 8: none). */
export const globalsAdded: readonly string[] = Object.getOwnPropertyNames(window).filter(
  (name) => !globalsBefore.has(name),
);

/** How to show a feed with a tag, and what it should then show. */
export interface Setup {
  /** Attributes for this feed, read from the raw (maybe hostile) feed. */
  attributes?(feed: RawFeed): Record<string, string>;
  /** Properties besides `.feed` (a frozen `now`). */
  properties?: Record<string, unknown>;
  /** The elements that each show one item, and how many the parsed feed should give. */
  items?: { selector: string; count(feed: Feed, el: Element): number };
}

/** A feed as JSON, before parsing. */
export interface RawFeed {
  projects?: { id?: unknown }[];
  assessments?: { id?: unknown }[];
}

// Tags not listed here are still rendered and audited; only the item count is not checked.
export const setups: Record<string, Setup> = {
  'inne-projects': {
    attributes: () => ({ filters: '' }),
    items: { selector: '[part~="card"]', count: (f) => f.projects.length },
  },
  'inne-project-card': {
    attributes: (f) => ({ 'project-id': String(f.projects?.[0]?.id) }),
    items: {
      selector: '[part~="card"]',
      count: (f, el) => (f.projects.some((p) => p.id === el.getAttribute('project-id')) ? 1 : 0),
    },
  },
  'inne-events': {
    attributes: () => ({ when: 'all' }),
    properties: { now: '2025-10-01T12:00:00Z' },
    items: { selector: '[part~="event"]', count: (f) => f.events.length },
  },
  'inne-maturity-radar': {
    attributes: (f) => ({ assessment: String(f.assessments?.[0]?.id) }),
    items: {
      selector: '[part~="chart"]',
      count: (f, el) => (f.assessments.some((a) => a.id === el.getAttribute('assessment')) ? 1 : 0),
    },
  },
  'inne-membership-cta': {
    properties: { now: '2025-10-01T12:00:00Z' },
    items: { selector: '[part~="cta"]', count: (f) => Math.min(f.membership.length, 1) },
  },
};

export interface Rendered {
  el: HTMLElement & { updateComplete?: Promise<unknown> };
  /** The feed the element rendered, as parsed (from its `inne-load` event), if it loaded one. */
  loaded?: InneLoadDetail;
  failed: boolean;
}

let container: HTMLElement | undefined;

/** Renders `tag` with `feed` (as `.feed`) in a fresh container, and waits until it settles. */
export async function renderTag(
  tag: string,
  feed: unknown,
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = {},
): Promise<Rendered> {
  container ??= document.body.appendChild(document.createElement('div'));
  const el = document.createElement(tag) as Rendered['el'];
  const out: Rendered = { el, failed: false };
  el.addEventListener('inne-load', (e) => (out.loaded = e.detail));
  el.addEventListener('inne-error', () => (out.failed = true));
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  Object.assign(el, properties, { feed });
  container.append(el);
  for (let i = 0; i < 5; i++) await el.updateComplete;
  return out;
}

/** Removes what `renderTag` rendered. */
export function clearRendered(): void {
  container?.replaceChildren();
}

/** The setup of `tag` for `feed`: attributes and properties to pass to `renderTag`. */
export function setupFor(
  tag: string,
  feed: unknown,
): [Record<string, string>, Record<string, unknown>] {
  const s = setups[tag];
  return [{ ...s?.attributes?.(feed as RawFeed) }, { ...s?.properties }];
}
