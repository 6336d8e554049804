#!/usr/bin/env node
// Copies each docs/examples/*.ts file into docs/developers.md between its markers
// (`<!-- example: name.ts -->` … `<!-- /example -->`), so that the guide shows the very code
// that the adoption test (scripts/try-as-a-user.mjs) type-checks and runs. With --check, exits
// 1 when the guide is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

const guide = new URL('../docs/developers.md', import.meta.url);
const examples = new URL('../docs/examples/', import.meta.url);

export function withExamples(text) {
  return text.replace(
    /<!-- example: ([\w.-]+) -->\n[\s\S]*?<!-- \/example -->/g,
    (_, name) =>
      `<!-- example: ${name} -->\n\`\`\`ts\n${readFileSync(new URL(name, examples), 'utf8').trimEnd()}\n\`\`\`\n<!-- /example -->`,
  );
}

const current = readFileSync(guide, 'utf8');
const text = withExamples(current);
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(
      '✗ docs/developers.md does not show docs/examples/ as they are: run `pnpm docs:generate` and commit it.',
    );
    process.exit(1);
  }
  console.log('docs/developers.md shows docs/examples/ as they are');
} else {
  writeFileSync(guide, text);
  console.log('docs/developers.md: examples copied from docs/examples/');
}
