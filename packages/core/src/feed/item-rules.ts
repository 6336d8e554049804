export interface ItemProblem {
  code: 'end-before-start' | 'deadline-before-opening';
  field: string;
}

const day = 86_400_000;

/**
 * Epoch ms of an ISO date or date-time. A plain date spans its whole day in every time zone
 * (UTC−12 to UTC+14), so an end date is only "before" a start that is surely after that day.
 */
function instant(value: string, edge: 'start' | 'end'): number {
  if (value.length !== 10) return Date.parse(value);
  const midnight = Date.parse(`${value}T00:00:00Z`);
  return edge === 'start' ? midnight - 14 * 3_600_000 : midnight + day + 12 * 3_600_000;
}

function endsBeforeStart(start: string, end: string): boolean {
  // Two calendar dates compare as text; `end` is the last day, inclusive.
  if (start.length === 10 && end.length === 10) return end < start;
  return instant(end, 'end') < instant(start, 'start');
}

// Rules across fields of one item, which a schema of single fields cannot say: one function per
// collection that has any, so that a bundle reading other collections carries none of them.

/** An event may not end before it starts. */
export function checkEvent(item: object): ItemProblem | undefined {
  const { start, end } = item as { start: string; end?: string };
  if (end !== undefined && endsBeforeStart(start, end))
    return { code: 'end-before-start', field: 'end' };
  return undefined;
}

/** A membership campaign may not close before it opens. */
export function checkCampaign(item: object): ItemProblem | undefined {
  const { opens, deadline } = item as { opens?: string; deadline: string };
  if (opens !== undefined && opens > deadline)
    return { code: 'deadline-before-opening', field: 'deadline' };
  return undefined;
}
