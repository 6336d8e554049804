// The WordPress shortcode of a component, as the plugin (wordpress/inne-kit) reads it back.
// WordPress takes a shortcode's values raw: a `"` ends the value, a `]` the shortcode, a `[`
// starts another; its parser (shortcode_parse_atts) reads backslashes as escapes (`\n`) and
// empties a value with a `<` that opens no tag. So these characters, and `&` (so that text such
// as `&quot;` stays text), are written as HTML character references; the plugin decodes each
// value once, as HTML, and escapes it again on the tag. WordPress's own shortcodes write
// brackets the same way (`&#91;`, `&#93;`). No-break spaces too: the parser turns them into
// spaces.
const references = {
  '&': '&amp;',
  '"': '&quot;',
  '[': '&#91;',
  ']': '&#93;',
  '<': '&lt;',
  '>': '&gt;',
  '\\': '&#92;',
  '\u00a0': '&#160;',
  '\u200b': '&#8203;',
};

/** A value for a double-quoted shortcode attribute, the plugin gives the element as it is. */
export function shortcodeValue(value) {
  return String(value).replace(/[&"[\]<>\\\u00a0\u200b]/g, (c) => references[c]);
}

/** `[name key="value" flag]` from `[key, value]` pairs, `true` for a boolean attribute. */
export function shortcode(name, attrs) {
  const parts = attrs.map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${shortcodeValue(v)}"`));
  return `[${name}${parts.join('')}]`;
}
