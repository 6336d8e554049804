import type { JsonLdDocument, JsonLdNode } from './types.js';

const context = 'https://schema.org' as const;

/** Nodes as one document: a lone node carries the context itself, several go in an `@graph`. */
export function documentOf(nodes: JsonLdNode[], graph = false): JsonLdDocument {
  const [only] = nodes;
  return !graph && nodes.length === 1 && only
    ? { '@context': context, ...only }
    : { '@context': context, '@graph': nodes };
}
