import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseFeed } from './parse.js';

// The club's default feed ships with the components; it is read here because core owns the
// rules it must pass.
const text = readFileSync(
  new URL('../../../components/src/club-inne.feed.json', import.meta.url),
  'utf8',
);

describe('the default feed club-inne.feed.json', () => {
  const { feed, issues } = parseFeed(text);

  test('parses with zero issues', () => {
    assert.deepEqual(issues, []);
    assert.ok(feed);
  });

  test('holds what the newsletter describes', () => {
    assert.equal(feed!.actors.length, 19);
    assert.equal(feed!.projects.length, 13);
    assert.equal(feed!.events.length, 2);
    assert.equal(feed!.links.length, 11);
    assert.equal(feed!.membership.length, 1);
    assert.equal(feed!.assessments.length, 2);
  });

  test('lists the members of the newsletter, and only them, as members', () => {
    assert.deepEqual(
      feed!.actors.filter((a) => a.member).map((a) => a.name),
      [
        'Communauté de communes du Pays de Falaise',
        'Ville de Malaunay',
        'Ville de Sotteville-lès-Rouen',
        "Ville d'Elbeuf",
        'Ville de Grand-Quevilly',
        'Ville de Bois-Guillaume',
        'BIOCHAR',
        "COOP'TER",
        'Communauté de communes Argentan Intercom',
      ],
    );
  });

  test('marks as examples the items whose dates the newsletter does not give', () => {
    assert.ok(feed!.events.every((e) => e.example && /exemple/.test(e.summary ?? '')));
    assert.ok(feed!.membership.every((c) => c.example && /exemple/.test(c.summary ?? '')));
    assert.ok(feed!.assessments.every((a) => a.example && /[Ee]xemple/.test(a.note ?? '')));
    assert.equal(
      feed!.membership[0]!.title,
      'Cotisations associatives 2025 - Derniers jours\u202f!',
    );
    assert.equal(feed!.events[0]!.start, '2025-11-06');
  });

  test('never lets a line start with « ; », « : », « ! », « ? » or « » », nor end with « « »', () => {
    // Every partner shows these texts by default: an ordinary space before a French mark is a
    // place where the browser may break the line, as it did in a project card's summary.
    const breaking = text.match(/[^\n]{0,30}(?: [;:!?»](?![\w:])|« )[^\n]{0,10}/gu) ?? [];
    assert.deepEqual(breaking, []);
  });

  test('invents no web address, price or payment link', () => {
    assert.doesNotMatch(text, /https?:|mailto:|tel:|"price"|"amount"|paymentUrl/);
  });
});
