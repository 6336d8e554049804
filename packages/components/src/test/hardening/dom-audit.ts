// Reads what an element put in the page, through every shadow root, and lists what breaks the
// security rules: event-handler attributes, URL attributes outside the allowlist, elements that
// run or load code, links that leave without `rel="noopener noreferrer"`.
import { isSafeUrlValue } from './corpus.js';

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'xlink:href',
  'background',
  'cite',
  'data',
  'ping',
  'manifest',
  'codebase',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'icon',
]);
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'template',
]);

/** Every element under `root`, light DOM and shadow roots alike (shadow roots included). */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  const children = root instanceof Element ? [root] : [...root.children];
  for (const el of children) {
    yield* walk(el);
  }
}

function* walk(el: Element): Generator<Element> {
  yield el;
  if (el.shadowRoot) for (const child of el.shadowRoot.children) yield* walk(child);
  for (const child of el.children) yield* walk(child);
}

/** The text of an element and of every shadow root inside it, whitespace collapsed. */
export function deepText(el: Node): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue;
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    node.childNodes.forEach(visit);
  };
  visit(el);
  return text.replace(/\s+/g, ' ');
}

/** What an element's DOM does against the rules, one line per finding (none: all is well). */
export function auditElement(host: Element): string[] {
  const found: string[] = [];
  const where = (el: Element) =>
    `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`;
  for (const el of deepElements(host)) {
    const isJsonLd =
      el.localName === 'script' &&
      el.parentElement === host &&
      /^application\/(ld\+)?json$/.test((el as HTMLScriptElement).type);
    if (FORBIDDEN_ELEMENTS.has(el.localName) && !isJsonLd) found.push(`${where(el)} element`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${where(el)} has ${name}="${attr.value}"`);
      else if (URL_ATTRIBUTES.has(name) && !isSafeUrlValue(attr.value))
        found.push(`${where(el)} has ${name}="${attr.value}"`);
      else if ((name === 'srcset' || name === 'imagesrcset') && attr.value.trim())
        for (const candidate of attr.value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0] ?? '';
          if (!isSafeUrlValue(url)) found.push(`${where(el)} has ${name} with "${url}"`);
        }
    }
    if (
      el instanceof HTMLAnchorElement &&
      el.protocol === 'https:' &&
      el.origin !== location.origin
    ) {
      const rel = el.relList;
      if (!rel.contains('noopener') || !rel.contains('noreferrer'))
        found.push(`${where(el)} leaves the page without rel="noopener noreferrer"`);
    }
  }
  return found;
}

/**
 * The text nodes shown that leave a direction override, embedding or isolate open: the texts
 * after them on the same line (the kit's own words, a price, another name) would be turned.
 * JSON-LD is not shown.
 */
export function auditBidi(host: Element): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    const text = node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '') : '';
    const count = (re: RegExp) => text.match(re)?.length ?? 0;
    if (
      count(/[\u202a\u202b\u202d\u202e]/g) > count(/\u202c/g) ||
      count(/[\u2066-\u2068]/g) > count(/\u2069/g)
    )
      found.push(`text ${JSON.stringify(text)} leaves a direction open`);
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    if (!(node instanceof HTMLScriptElement)) node.childNodes.forEach(visit);
  };
  visit(host);
  return found;
}

/** The JSON-LD an element wrote in its light DOM: valid JSON that can never close its script. */
export function auditJsonLd(host: Element): string[] {
  const found: string[] = [];
  for (const node of host.querySelectorAll(':scope > script[type="application/ld+json"]')) {
    const text = node.textContent ?? '';
    if (text.includes('<')) found.push('JSON-LD holds a raw "<"');
    try {
      JSON.parse(text);
    } catch {
      found.push('JSON-LD is not JSON');
    }
  }
  return found;
}
