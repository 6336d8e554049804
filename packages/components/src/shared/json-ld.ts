interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

// `undefined`: not tried yet; `null`: no Trusted Types on this page; `false`: refused by CSP.
let policy: ScriptPolicy | null | false | undefined;

function scriptPolicy(): ScriptPolicy | null | false {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    try {
      // The only input is jsonLdText's output (`<` escaped): nothing to sanitise.
      policy = tt ? tt.createPolicy('inne', { createScript: (input) => input }) : null;
    } catch {
      policy = false;
    }
  }
  return policy;
}

/**
 * JSON-LD as the text of a script element: `<` escaped, so that the text can never close its
 * <script> when the page is saved as HTML.
 */
export const jsonLdText = (data: object): string => JSON.stringify(data).replace(/</g, '\\u003c');

// What was last written in each node, so that an unchanged text costs no read of the DOM.
const written = new WeakMap<HTMLScriptElement, string>();

/**
 * Writes schema.org data into the element's own light-DOM `<script type="application/ld+json">`
 * (created on first use, removed when `data` is null). `data` is a JSON-LD object, or its text
 * already made by `jsonLdText`. Under `require-trusted-types-for 'script'` the text
 * goes through the `inne` policy; if the page refuses that policy, nothing is written and
 * `false` is returned so the element can say why.
 */
export function writeJsonLd(host: HTMLElement, data: object | string | null): boolean {
  let node = host.querySelector<HTMLScriptElement>(':scope > script[data-inne-jsonld]');
  if (!data) {
    node?.remove();
    return true;
  }
  const p = scriptPolicy();
  if (p === false) return false;
  const json = typeof data === 'string' ? data : jsonLdText(data);
  if (node && written.get(node) === json) return true;
  if (node) {
    // Out of the document while its text changes: a connected script checks its new text
    // (several ms for the 400 KB of a thousand projects), a detached one does not.
    node.remove();
  } else {
    node = document.createElement('script');
    node.type = 'application/ld+json';
    node.setAttribute('data-inne-jsonld', '');
  }
  (node as { text: unknown }).text = p ? p.createScript(json) : json;
  written.set(node, json);
  host.append(node);
  return true;
}
