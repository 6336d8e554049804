// Where an element's class is written, and what its JSDoc says it ignores: read by the
// reference check (docs-reference.mjs) and by the stories' token check, so both take the same
// `@unused` line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const sourceDir = new URL('../../packages/components/src/', import.meta.url);

/** `src/<folder>/<tag>.ts`, or undefined for a tag with no class module of its own. */
export function elementSource(tagName) {
  const folder = readdirSync(sourceDir).find((f) =>
    existsSync(new URL(`${f}/${tagName}.ts`, sourceDir)),
  );
  return folder ? new URL(`${folder}/${tagName}.ts`, sourceDir) : undefined;
}

/** The names on the class's `@unused` lines: attributes, members, events and tokens. */
export function unusedNames(source) {
  const text = readFileSync(source, 'utf8');
  return [...text.matchAll(/@unused\s+([^*@\n]+)/g)].flatMap(([, l]) => l.trim().split(/\s+/));
}
