import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { projectsReader } from './collection-readers.js';
import { parseCollections, parseFeed } from './parse.js';
import type { FeedIssue } from './issue.js';
import { sampleFeed, sampleFeedWith } from './sample-feed.fixture.js';

const codes = (issues: FeedIssue[]) => issues.map((i) => i.code);

describe('parseFeed: a valid feed', () => {
  test('keeps every item and reports nothing', () => {
    const { feed, issues } = parseFeed(sampleFeed());
    assert.deepEqual(issues, []);
    assert.ok(feed);
    assert.equal(feed.version, 1);
    assert.equal(feed.publisher?.name, 'Club Inné');
    assert.equal(feed.updatedAt, '2025-11-20T10:00:00+01:00');
    assert.deepEqual(
      [feed.actors, feed.projects, feed.events, feed.links, feed.membership, feed.assessments].map(
        (c) => c.length,
      ),
      [2, 3, 1, 1, 1, 1],
    );
    assert.deepEqual(
      feed.projects.map((p) => p.id),
      ['eco-scenographie', 'autopartage', 'vie-des-sols'],
    );
  });

  test('reads JSON text the same as a parsed value, with or without a byte order mark', () => {
    const text = JSON.stringify(sampleFeed());
    assert.deepEqual(parseFeed(text), parseFeed(sampleFeed()));
    assert.deepEqual(parseFeed('\ufeff' + text), parseFeed(sampleFeed()));
  });

  test('reads UTF-8 bytes as the text they hold (readFile without an encoding, arrayBuffer)', () => {
    const text = '\ufeff' + JSON.stringify(sampleFeed());
    const bytes = new TextEncoder().encode(text);
    assert.deepEqual(parseFeed(bytes), parseFeed(sampleFeed()));
    assert.deepEqual(parseFeed(bytes.buffer), parseFeed(sampleFeed()));
    const big = parseFeed(bytes, { maxBytes: 100 });
    assert.equal(big.feed, null);
    assert.deepEqual(codes(big.issues), ['too-large']);
    assert.deepEqual(codes(parseFeed(new TextEncoder().encode('<html>')).issues), ['not-json']);
  });

  test('refuses bytes that are not UTF-8 (a file saved as Windows-1252 or UTF-16), saying so', () => {
    const text = JSON.stringify({ version: 1, projects: [{ id: 'ete', title: 'Été' }] });
    for (const encoding of ['latin1', 'utf16le'] as const) {
      const { feed, issues } = parseFeed(Buffer.from(text, encoding));
      assert.equal(feed, null);
      assert.deepEqual(codes(issues), ['not-json']);
      assert.match(issues[0]!.message.en, /not UTF-8 text; save the file as UTF-8/);
      assert.match(
        issues[0]!.message.fr,
        /pas du texte UTF-8\u202f; enregistrez le fichier en UTF-8/,
      );
      // What pages read with: the bytes a page could not decode get the same answer.
      assert.deepEqual(parseCollections(Buffer.from(text, encoding), [projectsReader]), {
        feed,
        issues,
      });
    }
    const utf8 = parseCollections(new TextEncoder().encode(text), [projectsReader]);
    assert.equal(utf8.feed?.projects[0]?.title, 'Été');
  });

  test('gives every collection, even those the input lacks', () => {
    const { feed, issues } = parseFeed({ version: 1 });
    assert.deepEqual(issues, []);
    assert.deepEqual(feed, {
      version: 1,
      actors: [],
      projects: [],
      events: [],
      links: [],
      membership: [],
      assessments: [],
    });
  });

  test('trims texts and drops unknown fields', () => {
    const { feed } = parseFeed(
      sampleFeedWith('projects', 1, { title: '  Autopartage  ', colour: 'red' }),
    );
    assert.deepEqual(feed?.projects[1], {
      id: 'autopartage',
      title: 'Autopartage',
      spheres: ['se-deplacer'],
    });
  });

  test('removes direction controls, so that a text cannot turn the texts after it', () => {
    // "Salle" + RLO: shown beside the town and price, it would turn "12,50 €" into "€ 05,21".
    const feed = sampleFeed();
    feed.actors[1]!.name = 'Evil\u202e';
    Object.assign(feed.events[0]!, {
      place: { name: 'Salle\u2067\u202e', postalCode: '76\u202e', locality: 'Rouen' },
    });
    feed.projects[0]!.title = '\u202bעברית\u202c \u200f';
    const { feed: parsed, issues } = parseFeed(feed);
    assert.deepEqual(issues, []);
    assert.equal(parsed!.actors[1]!.name, 'Evil');
    assert.deepEqual(parsed!.events[0]!.place, {
      name: 'Salle',
      postalCode: '76',
      locality: 'Rouen',
    });
    assert.equal(parsed!.projects[0]!.title, 'עברית \u200f', 'letters and marks kept');
  });

  test('does not change its input', () => {
    const input = sampleFeedWith('projects', 0, {
      actors: [{ actor: 'nobody', role: 'porteur' }],
    });
    const copy = structuredClone(input);
    parseFeed(input);
    assert.deepEqual(input, copy);
  });
});

describe('parseFeed: input that is not a feed', () => {
  const notAFeed = (input: unknown, code: string) => {
    const { feed, issues } = parseFeed(input);
    assert.equal(feed, null);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.code, code);
    assert.equal(issues[0]!.severity, 'error');
    assert.equal(issues[0]!.path, '$');
    return issues[0]!;
  };

  test('null, a number, a boolean, a list, a JSON string', () => {
    assert.match(notAFeed(null, 'not-a-feed').message.en, /got null/);
    assert.match(notAFeed(42, 'not-a-feed').message.fr, /reçu un nombre/);
    assert.match(notAFeed(true, 'not-a-feed').message.en, /got boolean/);
    assert.match(notAFeed([sampleFeed()], 'not-a-feed').message.en, /got a list/);
    assert.match(notAFeed('"hello"', 'not-a-feed').message.en, /got a text/);
    notAFeed(undefined, 'not-a-feed');
    notAFeed('[]', 'not-a-feed');
  });

  test('text that is not JSON, including HTML error pages', () => {
    const issue = notAFeed('<!doctype html><title>404</title>', 'not-json');
    assert.match(issue.message.fr, /n’est pas du JSON/);
    assert.match(issue.message.en, /not readable JSON/);
    notAFeed('', 'not-json');
    notAFeed('{"version": 1,', 'not-json');
  });

  test('French does not switch to the engine’s English reason; English keeps it', () => {
    const { message } = notAFeed('{"version": 1, "events": [}', 'not-json');
    assert.equal(message.fr, 'le flux n’est pas du JSON lisible');
    assert.match(message.en, /^the feed is not readable JSON \(.*JSON.*\)$/);
    const bytes = parseFeed(new Uint8Array([0x7b, 0xff])).issues[0]!.message;
    assert.equal(
      bytes.fr,
      'le flux n’est pas du JSON lisible (ce n’est pas du texte UTF-8\u202f; enregistrez le fichier en UTF-8)',
    );
  });

  test('an object with neither version nor any collection', () => {
    assert.match(notAFeed({ hello: 'world' }, 'not-a-feed').message.en, /without "version"/);
  });

  test('a future version asks to update the kit', () => {
    const issue = notAFeed({ ...sampleFeed(), version: 2 }, 'unsupported-version');
    assert.match(issue.message.en, /version 2 is not supported/);
    assert.match(issue.message.fr, /version de flux 2/);
  });

  test('a version that is not a number', () => {
    assert.match(notAFeed({ version: '1' }, 'not-a-feed').message.en, /"version": "1"/);
    notAFeed({ version: 0 }, 'not-a-feed');
    notAFeed({ version: null, projects: [] }, 'not-a-feed');
    notAFeed({ version: Number.POSITIVE_INFINITY }, 'not-a-feed');
  });

  test('deeply nested junk, as a value and as text, anywhere', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    notAFeed(deep, 'not-a-feed');
    notAFeed({ version: deep }, 'not-a-feed');
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    notAFeed(text, 'not-a-feed');
    const { feed, issues } = parseFeed({ version: 1, projects: [{ id: 'a', title: deep }] });
    assert.deepEqual(feed?.projects, []);
    assert.deepEqual(codes(issues), ['invalid-field']);
  });

  test('values JSON cannot hold do not make it throw', () => {
    notAFeed({ version: 10n }, 'not-a-feed');
    notAFeed(Symbol('feed'), 'not-a-feed');
    notAFeed(() => ({ version: 1 }), 'not-a-feed');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    notAFeed({ version: cycle }, 'not-a-feed');
  });

  test('text larger than maxBytes is refused before parsing', () => {
    const text = JSON.stringify(sampleFeed());
    const { feed, issues } = parseFeed(text, { maxBytes: 100 });
    assert.equal(feed, null);
    assert.deepEqual(codes(issues), ['too-large']);
    assert.match(issues[0]!.message.en, /at most 100 bytes/);
    assert.match(parseFeed(' '.repeat(5_000_001)).issues[0]!.message.fr, /5 Mo au plus/);
    assert.ok(parseFeed(text, { maxBytes: text.length }).feed);
  });
});

describe('parseFeed: the envelope', () => {
  test('a missing version is a warning when the object holds collections', () => {
    const input: Record<string, unknown> = sampleFeed();
    delete input.version;
    const { feed, issues } = parseFeed(input);
    assert.equal(feed?.projects.length, 3);
    assert.deepEqual(issues, [
      {
        severity: 'warning',
        code: 'missing-version',
        path: '$.version',
        message: {
          fr: 'le champ "version" manque\u00a0: lu comme un flux de version 1',
          en: 'the "version" field is missing: read as a version 1 feed',
        },
      },
    ]);
  });

  test('a bad publisher or updatedAt is ignored with a warning, the items stay', () => {
    const { feed, issues } = parseFeed({
      ...sampleFeed(),
      publisher: { name: '' },
      updatedAt: '20/11/2025',
    });
    assert.equal(feed?.publisher, undefined);
    assert.equal(feed?.updatedAt, undefined);
    assert.equal(feed?.projects.length, 3);
    assert.deepEqual(
      issues.map((i) => [i.severity, i.code, i.path]),
      [
        ['warning', 'invalid-envelope', '$.publisher.name'],
        ['warning', 'invalid-envelope', '$.updatedAt'],
      ],
    );
    assert.equal(
      issues[0]!.message.fr,
      'ne doit pas être vide\u202f; «\u00a0publisher\u00a0» est ignoré',
    );
    assert.equal(issues[0]!.message.en, 'must not be empty; "publisher" is ignored');
  });

  test('a bad field of the publisher costs that field, and the warning says where and why', () => {
    const { feed, issues } = parseFeed({
      ...sampleFeed(),
      publisher: { name: 'Ville de Malaunay', url: 'http://malaunay.fr', contact: 'mairie' },
      updatedAt: '2025-11-20T09:00:00+01:00',
    });
    // The name stays: calendars and schema.org output name the publisher with it.
    assert.deepEqual(feed?.publisher, { name: 'Ville de Malaunay' });
    assert.equal(feed?.updatedAt, '2025-11-20T09:00:00+01:00');
    assert.deepEqual(
      issues.map((i) => [i.severity, i.code, i.path, i.message.fr, i.message.en]),
      [
        [
          'warning',
          'invalid-envelope',
          '$.publisher.url',
          'adresse web invalide\u00a0: seules les adresses https:// sont acceptées\u202f; «\u00a0publisher.url\u00a0» est ignoré',
          'invalid web address: only https:// addresses are accepted; "publisher.url" is ignored',
        ],
        [
          'warning',
          'invalid-envelope',
          '$.publisher.contact',
          'contact invalide\u00a0: adresse https://, mailto: ou tel: attendue\u202f; «\u00a0publisher.contact\u00a0» est ignoré',
          'invalid contact: an https://, mailto: or tel: address expected; "publisher.contact" is ignored',
        ],
      ],
    );
  });

  test('a publisher that is not an object, a bad updatedAt or lang: each says why', () => {
    const { feed, issues } = parseFeed({
      ...sampleFeed(),
      publisher: 'Club Inné',
      updatedAt: '20/11/2025',
      lang: 'français',
    });
    assert.equal(feed?.publisher, undefined);
    assert.deepEqual(
      issues.map((i) => [i.path, i.message.en]),
      [
        ['$.publisher', 'expected an object; "publisher" is ignored'],
        [
          '$.updatedAt',
          'ISO 8601 date-time with an offset expected (e.g. 2025-11-06T18:00:00+01:00); "updatedAt" is ignored',
        ],
        ['$.lang', 'invalid format; "lang" is ignored'],
      ],
    );
    assert.equal(issues[2]!.message.fr, 'format invalide\u202f; «\u00a0lang\u00a0» est ignoré');
  });

  test('lang says what language the texts are in; a tag that is none is ignored', () => {
    assert.equal(parseFeed({ ...sampleFeed(), lang: 'fr' }).feed?.lang, 'fr');
    assert.equal(parseFeed({ ...sampleFeed(), lang: 'en-GB' }).feed?.lang, 'en-GB');
    assert.equal(parseFeed(sampleFeed()).feed?.lang, undefined);
    const { feed, issues } = parseFeed({ ...sampleFeed(), lang: 'français' });
    assert.equal(feed?.lang, undefined);
    assert.equal(feed?.projects.length, 3);
    assert.deepEqual(
      issues.map((i) => [i.severity, i.code, i.path]),
      [['warning', 'invalid-envelope', '$.lang']],
    );
  });

  test('a collection that is not a list is ignored, the others are read', () => {
    const { feed, issues } = parseFeed({ ...sampleFeed(), projects: { a: 1 }, events: 'none' });
    assert.deepEqual(feed?.projects, []);
    assert.deepEqual(feed?.events, []);
    assert.equal(feed?.actors.length, 2);
    assert.deepEqual(
      issues.filter((i) => i.code === 'not-a-list').map((i) => [i.path, i.collection]),
      [
        ['$.projects', 'projects'],
        ['$.events', 'events'],
      ],
    );
    assert.equal(issues[0]!.message.en, '"projects" must be a list: ignored');
    assert.equal(issues[0]!.message.fr, '"projects" doit être une liste\u00a0: ignoré');
  });

  test('maxItems keeps the first items of a collection and reports the rest', () => {
    const { feed, issues } = parseFeed(sampleFeed(), { maxItems: 2 });
    assert.deepEqual(
      feed?.projects.map((p) => p.id),
      ['eco-scenographie', 'autopartage'],
    );
    assert.equal(feed?.actors.length, 2);
    assert.deepEqual(
      issues.map((i) => [i.severity, i.code, i.path]),
      [['error', 'too-many-items', '$.projects']],
    );
    assert.match(issues[0]!.message.en, /the first 2 are kept/);
  });

  test('the default limit is 20,000 items per collection', () => {
    const projects = Array.from({ length: 20_001 }, (_, i) => ({ id: `p${i}`, title: `P${i}` }));
    const { feed, issues } = parseFeed({ version: 1, projects });
    assert.equal(feed?.projects.length, 20_000);
    assert.deepEqual(codes(issues), ['too-many-items']);
  });
});

describe('parseFeed: prototype pollution', () => {
  test('__proto__ keys anywhere never reach Object.prototype nor the output', () => {
    const text = `{
      "version": 1,
      "__proto__": { "polluted": "feed" },
      "constructor": { "prototype": { "polluted": "ctor" } },
      "projects": [
        { "id": "a", "title": "A", "__proto__": { "polluted": "item", "phase": "emergence" } },
        { "__proto__": { "id": "b", "title": "B" } }
      ],
      "assessments": [
        { "id": "s", "subject": { "type": "project", "id": "a" }, "date": "2025-10-01",
          "answers": { "__proto__": { "level": 4 }, "offer.usefulEffects": { "level": 1 } } }
      ]
    }`;
    const { feed, issues } = parseFeed(text);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assert.deepEqual(feed?.projects, [{ id: 'a', title: 'A' }]);
    assert.equal(Object.getPrototypeOf(feed!.projects[0]), Object.prototype);
    assert.equal((feed!.projects[0] as Record<string, unknown>).phase, undefined);
    // The second project's id and title hide behind __proto__: it has neither.
    assert.deepEqual(
      issues.map((i) => [i.code, i.path]),
      [
        ['invalid-field', '$.projects[1].id'],
        ['invalid-field', '$.projects[1].title'],
      ],
    );
    // zod skips a __proto__ key of a record: the other answers stay, on a plain object.
    const answers = feed!.assessments[0]!.answers;
    assert.deepEqual(Object.keys(answers), ['offer.usefulEffects']);
    assert.equal(Object.getPrototypeOf(answers), Object.prototype);
  });
});
