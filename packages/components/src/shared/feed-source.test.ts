import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultFeedUrl } from '../default-feed.js';
import '../projects/define.js';
import type { InneProjects } from '../projects/inne-projects.js';
import { feed } from '../test/feeds.js';
import { json, stubFetch } from '../test/fetch-stub.js';
import type { FetchStub } from '../test/fetch-stub.js';
import { resetFeedLoader } from './feed-loader.js';
import { feedUrl } from './feed-source.js';

describe('the address a feed is fetched from', () => {
  const page = 'https://www.ville.example/agenda/';

  it('resolves https: and relative addresses against the page', () => {
    expect(feedUrl('https://feeds.example.org/club.json', page, 'https:')).to.equal(
      'https://feeds.example.org/club.json',
    );
    expect(feedUrl('feed.json', page, 'https:')).to.equal(
      'https://www.ville.example/agenda/feed.json',
    );
  });

  it('refuses an http: feed on an https: page, which the browser would block as mixed content', () => {
    expect(feedUrl('http://feeds.example.org/club.json', page, 'https:')).to.equal(undefined);
    // On an http: page (a local test server) the browser lets it through.
    expect(feedUrl('http://localhost:8000/club.json', 'http://localhost:8000/', 'http:')).to.equal(
      'http://localhost:8000/club.json',
    );
  });

  it('refuses what is not an http(s) address at all', () => {
    for (const src of ['javascript:alert(1)', 'ftp://feeds.example.org/club.json', 'http://[']) {
      expect(feedUrl(src, page, 'https:'), src).to.equal(undefined);
    }
  });
});

describe('a blank src', () => {
  let stub: FetchStub | undefined;
  afterEach(() => {
    stub?.restore();
    resetFeedLoader();
  });

  it('means no feed given: the club’s feed is fetched, not this page read as a feed', async () => {
    stub = stubFetch(({ url }) =>
      url === defaultFeedUrl()
        ? json(feed())
        : new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    );
    const el = await fixture<InneProjects>(
      html`<inne-projects src="  " lang="fr"></inne-projects>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="card"]'), 'no card shown');
    expect(stub.calls.map((c) => c.url)).to.deep.equal([defaultFeedUrl()]);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });
});
