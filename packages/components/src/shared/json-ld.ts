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
      // The only input is JSON.stringify output with `<` escaped (below): nothing to sanitise.
      policy = tt ? tt.createPolicy('inne', { createScript: (input) => input }) : null;
    } catch {
      policy = false;
    }
  }
  return policy;
}

/**
 * Writes schema.org data into the element's own light-DOM `<script type="application/ld+json">`
 * (created on first use, removed when `data` is null). Under
 * `require-trusted-types-for 'script'` the text goes through the `inne` policy; if the page
 * refuses that policy, nothing is written and `false` is returned so the element can say why.
 */
export function writeJsonLd(host: HTMLElement, data: object | null): boolean {
  let node = host.querySelector<HTMLScriptElement>(':scope > script[data-inne-jsonld]');
  if (!data) {
    node?.remove();
    return true;
  }
  const p = scriptPolicy();
  if (p === false) return false;
  // `<` escaped: the text can never close its <script> when the page is saved as HTML.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  if (!node) {
    node = document.createElement('script');
    node.type = 'application/ld+json';
    node.setAttribute('data-inne-jsonld', '');
    host.append(node);
  }
  if (node.text !== json) (node as { text: unknown }).text = p ? p.createScript(json) : json;
  return true;
}
