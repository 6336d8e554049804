import type { JsonLdDocument } from './types.js';

/**
 * JSON-LD as text that is safe inside `<script type="application/ld+json">`: `<`, `>` and `&`
 * are written as \u escapes, so a feed string such as `</script><script>…` cannot close the
 * element; U+2028 and U+2029 too, for old JavaScript parsers. The JSON value is unchanged.
 *
 * @example
 * serializeJsonLd({ '@context': 'https://schema.org', '@type': 'Event', name: '</script>' })
 * // '{"@context":"https://schema.org","@type":"Event","name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(document: JsonLdDocument | object): string {
  return JSON.stringify(document).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
