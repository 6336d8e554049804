import { formatFor } from '../format.js';
import type { ProjectsMessages } from '../fr/projects.js';

const { p, n } = formatFor('en');

/** Every text of `fr/projects.ts`, in English. */
export const projectsEn: ProjectsMessages = {
  empty: 'No project matches this selection.',
  none: 'No project published yet.',
  more: 'Show more',
  added: (count: number, shown: number, total: number) =>
    `${p(count, '# project added', '# projects added')}, ${n(shown)} of ${n(total)}.`,
  shownOf: (shown: number, total: number) =>
    `${n(shown)} of ${p(total, '# project', '# projects')}`,
  filters: 'Filter projects',
  sphere: 'Area of life',
  phase: 'Phase',
  all: (count: number) => `All (${n(count)})`,
  option: (label: string, count: number) => `${label} (${n(count)})`,
  reset: 'Show all',
  found: (count: number) =>
    count ? p(count, '# project found', '# projects found') : 'No project found',
  noTerritory: (name: string, held: readonly string[]) =>
    `territory="${name}": no project in this territory (the feed's: ${held.join(', ')}).`,
};
