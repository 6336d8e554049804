import { expect, fixture, html } from '@open-wc/testing';
import { duringPlenary, eventsFeed } from '../test/events-feed.js';
import './define.js';
import type { InneEvents } from './inne-events.js';

// A page of its own (web-test-runner runs each file in a fresh page), locked with a strict
// policy before the element renders: no inline script or style, no eval, no data: URLs.
const policy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'";

describe('<inne-events> under a strict CSP', () => {
  const violations: string[] = [];
  before(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = policy;
    document.head.append(meta);
  });

  it('is accessible', async () => {
    const el = await fixture<InneEvents>(
      html`<inne-events lang="fr" .feed=${eventsFeed()} .now=${duringPlenary}></inne-events>`,
    );
    await expect(el).to.be.accessible();
  });

  it('the policy is on: an inline style attribute is refused and reported', async () => {
    const probe = document.createElement('p');
    document.body.append(probe);
    probe.setAttribute('style', 'color: red');
    await new Promise((r) => setTimeout(r, 50));
    probe.remove();
    expect(violations.some((v) => v.startsWith('style-src'))).to.equal(true);
    violations.length = 0;
  });

  it('renders, writes JSON-LD and offers .ics downloads without a single violation', async () => {
    const el = await fixture<InneEvents>(
      html`<inne-events lang="fr" .feed=${eventsFeed()} .now=${duringPlenary}></inne-events>`,
    );
    expect(el.shadowRoot!.querySelectorAll('.event')).to.have.length(4);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-to-calendar"]')!.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="download-all"]')!.click();
    await new Promise((r) => setTimeout(r, 200));
    expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    expect(violations).to.deep.equal([]);
  });
});
