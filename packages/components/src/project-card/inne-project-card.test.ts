import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { efcEctDefinition, scoreAssessment } from '@club-inne/core';
import { resetFeedLoader } from '../shared/feed-loader.js';
import { actors, feed, manyProjects, projects } from '../test/feeds.js';
import { json, stubFetch } from '../test/fetch-stub.js';
import type { FetchStub } from '../test/fetch-stub.js';
import { cardTexts } from './card-texts.js';
import './define.js';
import { projectCard } from './project-card.template.js';
import type { InneProjectCard } from './inne-project-card.js';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');

let fetchStub: FetchStub | undefined;
afterEach(() => {
  fetchStub?.restore();
  fetchStub = undefined;
  resetFeedLoader();
});

describe('<inne-project-card>', () => {
  it('is accessible', async function () {
    this.timeout(30000); // axe is slow on a loaded machine
    const el = await fixture<InneProjectCard>(
      html`<inne-project-card
        lang="fr"
        project-id="eco-scenographie"
        .feed=${feed()}
      ></inne-project-card>`,
    );
    await expect(el).to.be.accessible();
  });

  it('shows a .project alone without fetching anything', async () => {
    fetchStub = stubFetch(() => json(feed()));
    const el = await fixture<InneProjectCard>(
      html`<inne-project-card lang="fr" .project=${projects[0]}></inne-project-card>`,
    );
    expect(root(el).querySelector('.title')!.textContent!.trim()).to.equal(
      'Le Champ des possibles',
    );
    expect(text(el)).to.contain('Structuration').and.contain("COOP'TER (ADEME)");
    expect(fetchStub.calls).to.have.length(0);
  });

  it('shows the whole summary when no page holds it, and clamps it only under a link', async () => {
    const long = 'Un écosystème coopératif qui révèle les effets utiles du territoire. '.repeat(12);
    const withLink = { ...projects[0]!, summary: long };
    const withoutLink = { ...withLink, url: undefined };
    const cut = async (project: object) => {
      const el = await fixture<HTMLDivElement>(
        html`<div style="width: 20rem; font-size: 200%">
          <inne-project-card lang="fr" .project=${project}></inne-project-card>
        </div>`,
      );
      const card = el.querySelector<InneProjectCard>('inne-project-card')!;
      await card.updateComplete;
      const summary = root(card).querySelector<HTMLElement>('[part~="summary"]')!;
      return summary.scrollHeight - summary.clientHeight;
    };
    // At 200 % text size in a narrow column, a reader without a link sees every line.
    expect(await cut(withoutLink)).to.equal(0);
    expect(await cut(withLink)).to.be.above(0);
  });

  it('names the actors with their roles, porteur first, when a feed is given', async () => {
    const el = await fixture<InneProjectCard>(
      html`<inne-project-card
        lang="fr"
        project-id="champ-des-possibles"
        .feed=${feed()}
      ></inne-project-card>`,
    );
    expect(text(el)).to.contain(
      'Les Nouvelles Coordonnées (porteur), ADEME (financeur), Club Inné (accompagnateur)',
    );
  });

  it('finds project-id in the club feed by default', async () => {
    fetchStub = stubFetch(() => json(feed()));
    const el = await fixture<InneProjectCard>(
      html`<inne-project-card project-id="haies-bocageres"></inne-project-card>`,
    );
    await waitUntil(() => root(el).querySelector('.card'));
    expect(fetchStub.calls[0]!.url).to.match(/club-inne\.feed\.json$/);
    expect(root(el).querySelector('.title')!.textContent).to.contain('haies bocagères');
  });

  it('marks examples, shows the image with its text alternative, and links out safely', async () => {
    const el = await fixture<InneProjectCard>(
      html`<inne-project-card
        lang="fr"
        project-id="haies-bocageres"
        .feed=${feed()}
      ></inne-project-card>`,
    );
    expect(root(el).querySelector('[part~="example"]')!.textContent).to.equal('Exemple');
    const image = { src: 'https://example.org/haie.jpg', alt: 'Une haie bocagère' };
    el.project = { ...projects[0]!, image };
    await el.updateComplete;
    const img = root(el).querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(image.src);
    expect(img.alt).to.equal(image.alt);
    // The image host of a feed is a third party: it is not told which page shows the card.
    expect(img.referrerPolicy).to.equal('no-referrer');
    const link = root(el).querySelector('.title a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/champ');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('says the project is unavailable when project-id is unknown, and tells the webmaster', async () => {
    const el = await fixture<InneProjectCard>(
      html`<inne-project-card
        lang="fr"
        debug
        project-id="nope"
        .feed=${feed()}
      ></inne-project-card>`,
    );
    expect(root(el).querySelector('[part~="empty"]')!.textContent).to.contain(
      'n’est pas disponible',
    );
    // The ids of the feed, as a choice lists its values: a typo is spotted at a glance.
    const debug = root(el).querySelector('[part~="debug"]')!.textContent!;
    expect(debug.replace(/\s+/g, ' ')).to.contain(
      'project-id="nope" n’est pas reconnu (attendu : champ-des-possibles, eco-scenographie, haies-bocageres) : valeur ignorée.',
    );
  });

  it('lists the first 20 ids of a long feed, then "…"', async () => {
    const el = await fixture<InneProjectCard>(
      html`<inne-project-card
        lang="en"
        debug
        project-id="projet-30"
        .feed=${feed({ projects: manyProjects(25) })}
      ></inne-project-card>`,
    );
    const ids = Array.from({ length: 20 }, (_, i) => `projet-${i + 1}`).join(', ');
    const debug = root(el).querySelector('[part~="debug"]')!.textContent!;
    expect(debug.replace(/\s+/g, ' ')).to.contain(
      `project-id="projet-30" is not recognised (expected: ${ids}, …): value ignored.`,
    );
  });

  it('a project-id pasted with spaces is found; a missing one is named as missing', async () => {
    const found = await fixture<InneProjectCard>(
      html`<inne-project-card
        project-id=" ${projects[0]!.id} "
        .feed=${feed()}
      ></inne-project-card>`,
    );
    await expect(found).to.be.accessible();
    expect(text(found)).to.contain(projects[0]!.title);
    const none = await fixture<InneProjectCard>(
      html`<inne-project-card lang="en" debug .feed=${feed()}></inne-project-card>`,
    );
    expect(root(none).querySelector('[part~="debug"]')!.textContent).to.contain(
      'The project-id attribute is missing (expected: champ-des-possibles, eco-scenographie, haies-bocageres).',
    );
  });

  it('leaves out the javascript: url of a .project and says so: a javascript: link is never rendered', async () => {
    const evil = { ...projects[0]!, url: 'javascript:alert(1)' };
    const el = await fixture<InneProjectCard>(
      html`<inne-project-card lang="fr" debug .project=${evil}></inne-project-card>`,
    );
    expect(root(el).querySelector('a[href]')).to.equal(null);
    const debug = root(el).querySelector('[part~="debug"]')!.textContent!;
    expect(debug.replace(/\s+/g, ' ')).to.contain('.project.url');
  });

  it('never renders a dangerous URL, even from data that skipped the schema', async () => {
    const host = document.createElement('div');
    const ctx = {
      feed: { actors: [], assessments: [] },
      locale: 'fr' as const,
      t: cardTexts.fr,
      level: 3,
      compact: false,
    };
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'http://example.org',
    ]) {
      const project = { ...projects[0]!, url, image: { src: url, alt: 'x' } };
      render(projectCard(project, ctx), host);
      expect(host.querySelector('a')!.hasAttribute('href'), url).to.equal(false);
      expect(host.querySelector('img'), url).to.equal(null);
    }
  });

  it('shows hostile text as text', async () => {
    const title = '<img src=x onerror=alert(1)>';
    const el = await fixture<InneProjectCard>(
      html`<inne-project-card
        .project=${{ ...projects[1]!, title }}
        .feed=${feed({ actors })}
      ></inne-project-card>`,
    );
    expect(root(el).querySelector('.title')!.textContent!.trim()).to.equal(title);
    expect(root(el).querySelectorAll('img')).to.have.length(1); // the project's own image only
  });

  // Level 2 with documents on every criterion of the default grid.
  const answers = Object.fromEntries(
    efcEctDefinition.dimensions.flatMap((d) =>
      d.criteria.map((c) => [c.id, { level: 2, evidence: 'document' }]),
    ),
  );

  /** The card of "Le Champ des possibles", assessed once with `answers`. */
  async function assessedCard(extra: Record<string, unknown> = {}) {
    const assessments = [
      {
        id: 'a',
        subject: { type: 'project', id: 'champ-des-possibles' },
        date: '2025-11-01',
        answers,
        ...extra,
      },
    ];
    return fixture<InneProjectCard>(
      html`<inne-project-card
        lang="fr"
        project-id="champ-des-possibles"
        .feed=${feed({ assessments })}
      ></inne-project-card>`,
    );
  }

  it('shows the EFC stage of an assessed project, as the scoring library computes it', async () => {
    const el = await assessedCard();
    const expected = scoreAssessment(answers as never).stage!.label.fr;
    expect(text(el)).to.contain(`Stade EFC ${expected}`);
    el.projectId = 'eco-scenographie';
    await el.updateComplete;
    expect(root(el).querySelector<HTMLElement>('.meta div:last-child')!.hidden).to.equal(true);
  });

  it('shows no EFC stage from an example assessment: its answers are made up', async () => {
    const el = await assessedCard({ example: true });
    expect(text(el)).to.contain('Le Champ des possibles');
    expect(root(el).querySelector<HTMLElement>('.meta div:last-child')!.hidden).to.equal(true);
  });

  it('writes the project as schema.org JSON-LD in its own light DOM node', async () => {
    const el = await fixture<InneProjectCard>(
      html`<inne-project-card
        project-id="champ-des-possibles"
        .feed=${feed()}
      ></inne-project-card>`,
    );
    const node = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(node.textContent!);
    expect(data['@type']).to.equal('Project');
    expect(data.name).to.equal('Le Champ des possibles');
  });
});
