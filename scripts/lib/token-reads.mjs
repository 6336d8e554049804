// The public `--inne-*` tokens an element's styles read, against the ones its JSDoc documents
// (`@cssproperty`), both ways. A token read but not documented is a theming hook no designer
// can find, and a contract nobody meant to make; a token documented but read by none of its
// styles is one a designer sets to no effect. What an element reads is every `var(--inne-…)`
// outside comments in the source files its class module reaches through relative imports (its
// style sheets, the base class's, the shared ones). Private variables (`--_…`) are not tokens.
import { existsSync, readFileSync } from 'node:fs';

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*['"](\.[^'"]+)['"]/g;
const READ = /var\(\s*(--inne-[\w-]+)/g;
// Block comments, and line comments on a line of their own (not the `//` of a URL): a rule
// commented out reads nothing.
const COMMENT = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;

/** The `--inne-*` names read by the file at `url` and every file it imports, relatively. */
export function tokensRead(url, seen = new Set()) {
  const names = new Set();
  const visit = (file) => {
    if (seen.has(file.href) || !existsSync(file)) return;
    seen.add(file.href);
    const source = readFileSync(file, 'utf8');
    for (const [, name] of source.replace(COMMENT, '').matchAll(READ)) names.add(name);
    for (const [, a, b] of source.matchAll(IMPORT))
      visit(new URL((a ?? b).replace(/\.js$/, '.ts'), file));
  };
  visit(url);
  return names;
}

/**
 * `[problem]` for each token an element reads without documenting it, nor saying it ignores it
 * (`@unused --inne-skeleton` for an element that never shows the placeholders its base styles),
 * and for each token it documents that none of its styles reads (a shared token, described by
 * the base class's `@token`, counts for the elements that list it: one that no element lists
 * is `everyToken`'s to report).
 * `elements`: `[{ tagName, cssProperties, source: URL of its class module, unused: [names] }]`.
 */
export function tokenProblems(elements) {
  const problems = [];
  for (const d of elements) {
    const documented = new Set((d.cssProperties ?? []).map((p) => p.name));
    const read = tokensRead(d.source);
    for (const name of read)
      if (!documented.has(name) && !d.unused.includes(name))
        problems.push(`<${d.tagName}> reads ${name} without a @cssproperty line`);
    for (const name of documented)
      if (!read.has(name))
        problems.push(
          `<${d.tagName}> documents ${name} (@cssproperty), which none of its styles reads: ` +
            'a designer who sets it sees no change; drop the line, or make its styles read it',
        );
  }
  return problems;
}
