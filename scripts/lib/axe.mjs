// axe-core in a Chromium page, for the page checks: the rules RGAA maps to (WCAG 2.1 A and
// AA), and a report a person can act on when a rule fails.
const axePath = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;

/** The WCAG levels checked: what French public bodies must meet (RGAA 4.1). */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Adds axe-core to the page (again after each navigation). */
export function addAxe(page) {
  return page.addScriptTag({ path: axePath });
}

/**
 * axe's violations on the whole document, shadow roots included. Storybook's a11y addon runs
 * its own axe after each story, and axe refuses a second run meanwhile: wait for it to end.
 */
export async function axeViolations(page) {
  for (let attempt = 1; ; attempt++) {
    try {
      const { violations } = await page.evaluate(
        (tags) =>
          window.axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          }),
        TAGS,
      );
      return violations;
    } catch (error) {
      if (attempt === 50 || !/Axe is already running/.test(String(error))) throw error;
      await page.waitForTimeout(100);
    }
  }
}

/** Each violation with its rule, its help and the first nodes that break it. */
export function describeViolations(violations) {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `    ${n.target.join(' › ')}\n      ${n.failureSummary?.split('\n').join('\n      ')}`,
          )
          .join('\n'),
    )
    .join('\n');
}
