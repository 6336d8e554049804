import type { CollectionName } from '../schema/feed.js';

interface ItemProblem {
  code: 'end-before-start' | 'deadline-before-opening';
  field: string;
}

/** Epoch ms of an ISO date or date-time; a plain date counts as its first instant in UTC. */
function instant(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/** Rules across fields of one item, which a schema of single fields cannot say. */
export function checkItem(collection: CollectionName, item: object): ItemProblem | undefined {
  if (collection === 'events') {
    const { start, end } = item as { start: string; end?: string };
    if (end !== undefined && instant(end) < instant(start)) return { code: 'end-before-start', field: 'end' };
  }
  if (collection === 'membership') {
    const { opens, deadline } = item as { opens?: string; deadline: string };
    if (opens !== undefined && opens > deadline) return { code: 'deadline-before-opening', field: 'deadline' };
  }
  return undefined;
}
