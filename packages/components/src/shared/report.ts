/** One thing a webmaster should check: a feed issue, a load failure or a wrong attribute. */
export interface Problem {
  severity: 'error' | 'warning';
  message: string;
  /** Where in the feed, as a JSON path. */
  path?: string;
}

// The last report of each element, so that re-renders do not repeat it in the console.
const reported = new WeakMap<Element, string>();

/**
 * Logs the problems of an element as ONE collapsed console group (the element, then one line
 * per problem), and only when they differ from the last report. Nothing is logged when all is
 * well.
 */
export function reportProblems(
  element: Element,
  title: string,
  lines: string[],
  problems: Problem[],
): void {
  const key = problems.map((p) => `${p.path} ${p.message}`).join('\n');
  if (reported.get(element) === key) return;
  reported.set(element, key);
  if (!problems.length) return;
  console.groupCollapsed(title);
  console.log(element);
  for (const line of lines) console.log(line);
  for (const p of problems) {
    const text = p.path ? `${p.path} — ${p.message}` : p.message;
    if (p.severity === 'error') console.error(text);
    else console.warn(text);
  }
  console.groupEnd();
}
