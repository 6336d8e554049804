// The static text of the components' templates, minified at build time (esbuild and terser
// leave template strings alone): css`…` without comments and spaces CSS does not need,
// html`…`/svg`…` without the indentation of the formatted source. Used by tsup.config.ts on
// every module of src/; tested by minify-templates.test.ts.

/**
 * The CSS of a css`` template without comments and the spaces that CSS does not need (after
 * `:` and before `!important`, around `/` and punctuation), and the zero of `0.5em`. Quoted
 * strings (`content: ' : '`) are left as written. Works on the whole text of a template: the
 * build refuses a css`` template with `${…}` (see `minifyTemplates`).
 */
export const minifyCssText = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>/]|!important)\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2'),
    )
    .join('')
    .replace(/;}/g, '}')
    .trim();

// Elements around which whitespace never shows (block boxes, lists, tables, SVG shapes): a
// line break between two of them, or between one of them and text, can go. Between inline
// elements (`<span>a</span> <a>`) a line break is a visible space: it becomes one space.
const blockTags = new Set(
  'address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p section summary table tbody td tfoot th thead tr ul option optgroup select style template slot svg g line polygon polyline circle rect path defs title desc'.split(
    ' ',
  ),
);
const tagName = (tag: string) => /^<\/?([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';

/**
 * The static text of an html``/svg`` template without the indentation of the formatted
 * source: whitespace runs holding a line break vanish between two tags when either is a block
 * element and become one space elsewhere (HTML shows any run of spaces as one). Text inside
 * <pre> and <textarea> is left as written.
 */
function collapseTemplateText(text: string, inPre: { value: boolean }): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/(<\/?[a-zA-Z][\w-]*)|(\s*\n\s*)/g)) {
    if (m[1]) {
      const name = tagName(m[1]);
      if (name === 'pre' || name === 'textarea') inPre.value = !m[1].startsWith('</');
      continue;
    }
    if (inPre.value) continue;
    const i = m.index!;
    const before = text.slice(0, i);
    const after = text.slice(i + m[0].length);
    const prevTag = /<\/?[a-zA-Z][\w-]*[^<>]*>$/.exec(before)?.[0];
    const nextTag = /^<\/?[a-zA-Z][\w-]*/.exec(after)?.[0];
    // Inside a tag (between attributes): one space, or none before its closing `>`.
    const inTag = before.lastIndexOf('<') > before.lastIndexOf('>');
    let by = ' ';
    if (inTag) by = after.startsWith('>') || after.startsWith('/>') ? '' : ' ';
    else if (i === 0 && last === 0 && nextTag && blockTags.has(tagName(nextTag))) by = '';
    else if (
      (prevTag && blockTags.has(tagName(prevTag))) ||
      (nextTag && blockTags.has(tagName(nextTag)))
    )
      by = '';
    else if (prevTag && nextTag) by = ' ';
    out += text.slice(last, i) + by;
    last = i + m[0].length;
  }
  return out + text.slice(last);
}

type Kind = 'html' | 'css' | undefined;
// What a template is, from the text before its backtick: html`, svg` or css` (a tag).
const kindBefore = (text: string): Kind => {
  const tag = /\b(html|svg|css)\s*$/.exec(text.slice(-8))?.[1];
  return tag === 'css' ? 'css' : tag ? 'html' : undefined;
};

/**
 * Rewrites every html`…`, svg`…` and css`…` template of a module (`file`, named in errors)
 * with `collapseTemplateText` or `minifyCssText`, leaving the `${…}` expressions of html``
 * as written (templates nested in them included, which get the same treatment). A small
 * scanner: strings, comments and nested templates are skipped whole, so that an escaped
 * backtick or a `$` in a template's text is text. A css`` template with `${…}` stops the
 * build: the CSS minifier, which works on the whole text, cannot tell where an expression's
 * value lands (in a string, a comment, between two words), and a template left as written
 * would ship its comments and indentation unnoticed.
 */
export function minifyTemplates(source: string, file: string): string {
  let i = 0;
  let out = '';
  const n = source.length;
  // Copies a string literal or comment starting at i; returns the index after it.
  const skipQuoted = (q: string) => {
    let j = i + 1;
    while (j < n && source[j] !== q) j += source[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  // Scans an expression up to its matching `}` (i at the first character after `${`).
  const expression = (): string => {
    let depth = 0;
    let acc = '';
    while (i < n) {
      const c = source[i]!;
      if (c === '}' && depth === 0) return acc;
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (c === "'" || c === '"') {
        const j = skipQuoted(c);
        acc += source.slice(i, j);
        i = j;
      } else if (c === '`') {
        acc += template(kindBefore(acc));
      } else {
        acc += c;
        i++;
      }
    }
    return acc;
  };
  // A template starting at i (on its backtick); returns its new text, i after it.
  const template = (kind: Kind): string => {
    let acc = '`';
    i++;
    let text = '';
    const pre = { value: false };
    const flush = () => {
      if (kind === 'css') acc += minifyCssText(text);
      else acc += kind === 'html' ? collapseTemplateText(text, pre) : text;
      text = '';
    };
    while (i < n) {
      const c = source[i]!;
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        i++;
        return acc + '`';
      } else if (c === '$' && source[i + 1] === '{') {
        if (kind === 'css') {
          const line = source.slice(0, i).split('\n').length;
          throw new Error(
            `${file}:${line}: a css\`\` template with \${…} cannot be minified. Give the value ` +
              'through a custom property (var(--_name)) or list several css`` in `styles`.',
          );
        }
        flush();
        i += 2;
        acc += '${' + expression() + '}';
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return acc;
  };
  while (i < n) {
    const c = source[i]!;
    if (c === '/' && source[i + 1] === '/') {
      const j = source.indexOf('\n', i);
      const end = j < 0 ? n : j;
      out += source.slice(i, end);
      i = end;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2) + 2;
      out += source.slice(i, end);
      i = end;
    } else if (c === "'" || c === '"') {
      const j = skipQuoted(c);
      out += source.slice(i, j);
      i = j;
    } else if (c === '`') {
      out += template(kindBefore(out));
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
