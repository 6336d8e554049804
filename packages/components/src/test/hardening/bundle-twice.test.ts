// Two copies of the CDN bundle on one page (a plugin and a theme each add it): the built
// dist/cdn/inne.js, loaded from two URLs, must not throw, and the first definition wins. This
// file imports no element source, so the bundle is the first to define the tags.
import { expect, waitUntil } from '@open-wc/testing';
import { spyConsole } from './console-spy.js';

const bundle = new URL('/packages/components/dist/cdn/inne.js', location.href).href;

describe('two copies of the bundle on one page', () => {
  it('load without an error, the first definition wins, and the elements work', async () => {
    const spy = spyConsole();
    try {
      await import(/* @vite-ignore */ `${bundle}?v=1`).catch((e: unknown) => {
        throw new Error(`dist/cdn/inne.js did not load (run \`pnpm build\` first): ${String(e)}`);
      });
      const first = customElements.get('inne-projects');
      expect(first, 'inne-projects defined by the bundle').not.to.equal(undefined);
      await import(/* @vite-ignore */ `${bundle}?v=2`);
      expect(customElements.get('inne-projects')).to.equal(first);
      // The club's feed beside the bundle, as on a partner page.
      const el = document.body.appendChild(document.createElement('inne-projects'));
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="card"]'), 'no card shown', {
        timeout: 10_000,
      });
      el.remove();
      expect(spy.pageErrors).to.deep.equal([]);
      expect(spy.calls.filter((c) => c.method === 'error')).to.deep.equal([]);
    } finally {
      spy.restore();
    }
  });
});
