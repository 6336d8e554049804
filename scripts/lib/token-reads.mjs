// The public `--inne-*` tokens an element's styles read, against the ones its JSDoc documents
// (`@cssproperty`): a token read but not documented is a theming hook no designer can find,
// and a contract nobody meant to make. What an element reads is every `var(--inne-…)` in the
// source files its class module reaches through relative imports (its style sheets, the base
// class's, the shared ones). Private variables (`--_…`) are not tokens.
import { existsSync, readFileSync } from 'node:fs';

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*['"](\.[^'"]+)['"]/g;
const READ = /var\(\s*(--inne-[\w-]+)/g;

/** The `--inne-*` names read by the file at `url` and every file it imports, relatively. */
export function tokensRead(url, seen = new Set()) {
  const names = new Set();
  const visit = (file) => {
    if (seen.has(file.href) || !existsSync(file)) return;
    seen.add(file.href);
    const source = readFileSync(file, 'utf8');
    for (const [, name] of source.matchAll(READ)) names.add(name);
    for (const [, a, b] of source.matchAll(IMPORT))
      visit(new URL((a ?? b).replace(/\.js$/, '.ts'), file));
  };
  visit(url);
  return names;
}

/**
 * `[problem]` for each token an element reads without documenting it, nor saying it ignores it
 * (`@unused --inne-skeleton` for an element that never shows the placeholders its base styles).
 * `elements`: `[{ tagName, cssProperties, source: URL of its class module, unused: [names] }]`.
 */
export function undocumentedTokens(elements) {
  const problems = [];
  for (const d of elements) {
    const documented = new Set((d.cssProperties ?? []).map((p) => p.name));
    for (const name of tokensRead(d.source))
      if (!documented.has(name) && !d.unused.includes(name))
        problems.push(`<${d.tagName}> reads ${name} without a @cssproperty line`);
  }
  return problems;
}
