import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  frenchTypographyFaults,
  nonEnglishStrings,
  testFrenchTypographyOf,
} from './french-typography.fixture.js';

// The French texts of the kit outside core and the CLI follow the same typography as core's
// messages they are shown beside. They are checked here, in Node, because the components'
// tests run in Chromium, which cannot read source files; core's tests already read the
// components' default feed the same way.
const repo = new URL('../../../../', import.meta.url);

// The elements' catalogues and their other texts (the card's « : » after a label is CSS).
testFrenchTypographyOf(new URL('packages/components/src/', repo), [
  'messages/fr/shared.ts',
  'messages/fr/assessment.ts',
  'project-card/project-card.styles.ts',
]);
// The snippet configurator's interface.
testFrenchTypographyOf(new URL('docs/configurator/', repo), ['texts.js', 'configurator.js']);

test('the embed page’s refusals and the titles of its frames', async () => {
  // components.js also holds the English reasons the console gives for a withheld attribute.
  const { components } = (await import(new URL('docs/embed/components.js', repo).href)) as {
    components: Record<string, { title: { fr: string } }>;
  };
  const titles = Object.values(components).map((c) => c.title.fr);
  assert.ok(titles.includes('Événements du Club Inné'));
  const refusals = nonEnglishStrings(fileURLToPath(new URL('docs/embed/embed.js', repo)));
  assert.ok(refusals.some((t) => t.startsWith('Ce contenu ne peut pas être affiché')));
  assert.deepEqual(frenchTypographyFaults([...titles, ...refusals]), []);
});

test('the WordPress plugin’s French translations', () => {
  const po = readFileSync(new URL('wordpress/inne-kit/languages/inne-kit-fr_FR.po', repo), 'utf8');
  // A msgstr and its continuation lines, each a JSON-compatible quoted string.
  const translations = [...po.matchAll(/^msgstr (".*"\n?(?:^".*"\n?)*)/gm)].map((m) =>
    m[1]!
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string)
      .join(''),
  );
  assert.ok(translations.length > 50);
  assert.deepEqual(frenchTypographyFaults(translations), []);
});

test('the configurator’s page as written, before its script fills it', () => {
  const page = readFileSync(new URL('docs/configurator/index.html', repo), 'utf8');
  const text = page
    .replace(/<(script|style)[\s\S]*?<\/\1>|<!--[\s\S]*?-->/g, '')
    .split(/<[^>]*>/)
    .map((t) =>
      t
        .replace(/[ \t\r\n]+/g, ' ')
        .replace(/&nbsp;/g, '\u00a0')
        .replace(/&#8239;/g, '\u202f'),
    );
  assert.ok(text.some((t) => t.includes('Couleurs')));
  assert.deepEqual(frenchTypographyFaults(text), []);
});
