import { safeUrl } from '../url/safe-url.js';
import type { JsonLdContext, JsonLdNode, JsonLdOptions, JsonLdValue } from './types.js';

export function jsonLdContext(options: JsonLdOptions = {}): JsonLdContext {
  const base = safeUrl(options.base ?? options.feed?.publisher?.url)?.replace(/#.*$/, '');
  return {
    base,
    actors: new Map((options.feed?.actors ?? []).map((a) => [a.id, a])),
    publisher: options.feed?.publisher,
    locale: options.locale ?? 'fr',
  };
}

/** A node id: a fragment of the base URL, or a blank node id without a base. */
export function nodeId(ctx: JsonLdContext, kind: string, id: string): string {
  return ctx.base ? `${ctx.base}#${kind}-${id}` : `_:${kind}-${id}`;
}

/** A node without its empty properties (undefined, empty strings and empty lists). */
export function node(
  type: string,
  properties: Record<string, JsonLdValue | undefined>,
): JsonLdNode {
  const out: JsonLdNode = { '@type': type };
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

/** Money in minor units as the decimal number schema.org's `price` expects. */
export function price(money: { amount: number; currency: string }): number {
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
  } catch {
    // Unknown to Intl: cents, as the feed format says.
  }
  return money.amount / 10 ** digits;
}
