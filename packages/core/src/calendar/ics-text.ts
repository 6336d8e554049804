// RFC 5545 text rules: TEXT escaping (3.3.11), content lines folded at 75 octets (3.1).

// Control characters other than tab are not allowed in TEXT; CR and LF become "\n".
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// Lone UTF-16 surrogates have no UTF-8 form: they become U+FFFD, as TextEncoder would do.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Escapes a TEXT value: `\` `;` `,` and line breaks; drops control characters.
 *
 * @example
 * escapeText('Rouen; salle 2, étage\n1') // 'Rouen\\; salle 2\\, étage\\n1'
 */
export function escapeText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point (a lone surrogate counts as U+FFFD, 3 octets). */
function octets(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line so that no line is longer than 75 octets of UTF-8, breaking only
 * between characters (never inside a multi-byte one); continuation lines start with a space.
 * Lines are joined with CRLF, without a trailing one.
 *
 * @example
 * foldLine('DESCRIPTION:' + 'é'.repeat(40)) // 'DESCRIPTION:éééé…\r\n éééé…'
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    if (size + n > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/**
 * A content line `NAME;PARAMS:value`, folded. The value must already be in its ICS form
 * (escaped with `escapeText` for TEXT values).
 */
export function contentLine(
  name: string,
  value: string,
  params: Record<string, string> = {},
): string {
  const p = Object.entries(params)
    .map(([k, v]) => `;${k}=${v}`)
    .join('');
  return foldLine(`${name}${p}:${value}`);
}
