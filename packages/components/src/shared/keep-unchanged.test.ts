import { expect } from '@open-wc/testing';
import { parseFeed } from '@club-inne/core';
import type { Feed } from '@club-inne/core';
import { feed, projects } from '../test/feeds.js';
import { keepUnchanged } from './keep-unchanged.js';

// Each call parses anew, as a page setting `.feed` again does: equal content, new objects.
const parsed = (extra: Record<string, unknown> = {}): Feed => parseFeed(feed(extra)).feed!;

describe('keepUnchanged: a new copy of a feed keeps the objects of what did not change', () => {
  it('gives back the shown feed itself when nothing changed', () => {
    const shown = parsed();
    expect(keepUnchanged(shown, parsed())).to.equal(shown);
  });

  it('keeps every unchanged item and collection, and takes the changed item', () => {
    const shown = parsed();
    const edited = projects.map((p, i) => (i === 1 ? { ...p, title: 'Nouveau titre' } : p));
    const next = parsed({ projects: edited });
    const kept = keepUnchanged(shown, next);
    expect(kept).not.to.equal(shown);
    expect(kept.projects).not.to.equal(shown.projects);
    expect(kept.projects[0]).to.equal(shown.projects[0]);
    expect(kept.projects[1]).to.equal(next.projects[1]);
    expect(kept.projects[1]!.title).to.equal('Nouveau titre');
    expect(kept.projects[2]).to.equal(shown.projects[2]);
    expect(kept.actors).to.equal(shown.actors);
    expect(kept.publisher).to.equal(shown.publisher);
    expect(kept).to.deep.equal(next);
  });

  it('finds a moved item by its id, and sees a change deep inside an item', () => {
    const shown = parsed();
    const reordered = keepUnchanged(shown, parsed({ projects: [...projects].reverse() }));
    expect(reordered.projects).to.deep.equal([...shown.projects].reverse());
    reordered.projects.forEach((p, i) => expect(p).to.equal(shown.projects[2 - i]));
    const roles = projects.map((p, i) =>
      i ? p : { ...p, actors: [{ actor: 'lnc', role: 'partenaire' }] },
    );
    const next = parsed({ projects: roles });
    const kept = keepUnchanged(shown, next);
    expect(kept.projects[0]).to.equal(next.projects[0]);
    expect(kept.projects[0]!.actors).to.deep.equal([{ actor: 'lnc', role: 'partenaire' }]);
  });

  it('sees items added or removed, and a key that appears or goes', () => {
    const shown = parsed();
    const fewer = keepUnchanged(shown, parsed({ projects: projects.slice(0, 2) }));
    expect(fewer.projects).to.have.length(2);
    expect(fewer.projects[1]).to.equal(shown.projects[1]);
    const more = parsed({ links: [{ id: 'l', from: 'lnc', to: 'ademe', intensity: 2 }] });
    expect(more.links).to.have.length(1);
    expect(keepUnchanged(shown, more).links).to.deep.equal(more.links);
    const { publisher: _, ...rest } = shown;
    const without = keepUnchanged(shown, rest as Feed);
    expect(without).not.to.equal(shown);
    expect('publisher' in without).to.equal(false);
  });
});
