import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { minifyTemplates } from './minify-templates.js';

const src = new URL('../src/', import.meta.url);
// The text of each css`…` template of a module (escaped backticks included).
const cssTexts = (code: string) =>
  [...code.matchAll(/\bcss`((?:\\.|[^`\\])*)`/g)].map((m) => m[1]!);

describe('minifyTemplates, css``', () => {
  test('every css`` of src/ ships minified: no comment, no line break', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    let templates = 0;
    for (const file of files) {
      const source = readFileSync(new URL(file, src), 'utf8');
      const texts = cssTexts(minifyTemplates(source, file));
      templates += texts.length;
      for (const text of texts) {
        assert.doesNotMatch(text, /\/\*|\n/, `${file}: a css\`\` template left as written`);
      }
    }
    assert.ok(templates >= 9, `${templates} css\`\` templates found under src/`);
  });

  test('a backtick in a comment or a `$` in a selector does not stop the minifier', () => {
    const source = [
      "import { css } from 'lit';",
      'export const s = css`',
      '  /* the card\\`s edge */',
      '  a[href$=".pdf"] {',
      '    margin: 0.5em auto;',
      '  }',
      '  .x::after {',
      "    content: ' : ';",
      '  }',
      '`;',
      'const t = `  kept  as  written  `;',
    ].join('\n');
    assert.equal(
      minifyTemplates(source, 'x.styles.ts'),
      [
        "import { css } from 'lit';",
        'export const s = css`a[href$=".pdf"]{margin:.5em auto}.x::after{content:\' : \'}`;',
        'const t = `  kept  as  written  `;',
      ].join('\n'),
    );
  });

  test('a css`` with ${…} fails the build, with its file and line', () => {
    const source =
      "import { css } from 'lit';\n\nexport const s = css`\n  a { color: ${red}; }\n`;\n";
    assert.throws(
      () => minifyTemplates(source, 'src/x/x.styles.ts'),
      /^Error: src\/x\/x\.styles\.ts:4: a css`` template with \$\{…\} cannot be minified/,
    );
  });
});

describe('minifyTemplates, html``', () => {
  test('indentation goes, expressions and nested templates stay', () => {
    const source = [
      'html`',
      '  <ul>',
      '    ${items.map((i) => html`<li>',
      '      <span>${i}</span>',
      '      <a href="#">x</a>',
      '    </li>`)}',
      '  </ul>',
      '`',
    ].join('\n');
    assert.equal(
      minifyTemplates(source, 'x.ts'),
      'html`<ul>${items.map((i) => html`<li><span>${i}</span> <a href="#">x</a></li>`)}</ul>`',
    );
  });
});
