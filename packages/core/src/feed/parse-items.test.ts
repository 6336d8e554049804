import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { frenchTypographyFaults } from '../text/french-typography.fixture.js';
import { parseFeed } from './parse.js';
import { sampleFeed, sampleFeedWith } from './sample-feed.fixture.js';

/** The one issue that breaking one field gives, after checking the item was left out. */
function onlyIssue(collection: string, index: number, patch: Record<string, unknown>) {
  const { feed, issues } = parseFeed(sampleFeedWith(collection, index, patch));
  assert.ok(feed);
  const before = sampleFeed()[collection as 'projects'].length;
  assert.equal(feed[collection as 'projects'].length, before - 1, 'the broken item is left out');
  // Items that referred to the broken one get dangling-reference warnings: not ours here.
  const own = issues.filter((i) => i.code !== 'dangling-reference');
  assert.equal(own.length, 1, JSON.stringify(issues));
  return own[0]!;
}

describe('parseFeed: an invalid item', () => {
  test('is left out, every other item stays, and the issue names it', () => {
    const { feed, issues } = parseFeed(sampleFeedWith('projects', 1, { phase: 'finished' }));
    assert.deepEqual(
      feed?.projects.map((p) => p.id),
      ['eco-scenographie', 'vie-des-sols'],
    );
    assert.deepEqual(issues, [
      {
        severity: 'error',
        code: 'invalid-field',
        path: '$.projects[1].phase',
        collection: 'projects',
        itemId: 'autopartage',
        message: {
          fr: 'valeur inconnue\u202f; valeurs possibles\u00a0: emergence, structuration, formalisation, consolidation',
          en: 'unknown value; allowed: emergence, structuration, formalisation, consolidation',
        },
      },
    ]);
  });

  test('with a bad id is named by what it holds, and located by its path', () => {
    const issue = onlyIssue('actors', 0, { id: 'Ville de Malaunay' });
    assert.equal(issue.itemId, 'Ville de Malaunay');
    assert.equal(issue.path, '$.actors[0].id');
    assert.match(issue.message.fr, /identifiant invalide\u00a0: lettres minuscules/);
    assert.match(issue.message.en, /invalid id: lowercase letters/);
    assert.equal(onlyIssue('actors', 0, { id: 42 }).itemId, undefined);
  });

  test('that is not an object at all', () => {
    const feed = { version: 1, projects: [null, 'p', 3, [], { id: 'ok', title: 'OK' }] };
    const { feed: out, issues } = parseFeed(feed);
    assert.deepEqual(
      out?.projects.map((p) => p.id),
      ['ok'],
    );
    assert.deepEqual(
      issues.map((i) => [i.path, i.message.en]),
      [
        ['$.projects[0]', 'expected an object'],
        ['$.projects[1]', 'expected an object'],
        ['$.projects[2]', 'expected an object'],
        ['$.projects[3]', 'expected an object'],
      ],
    );
  });

  test('reports at most maxProblemsPerItem problems, one per field', () => {
    const broken = { id: 'x', title: 1, phase: 2, spheres: 3, territory: 4, programme: 5, url: 6 };
    const { issues } = parseFeed({ version: 1, projects: [broken] });
    assert.equal(issues.length, 5);
    const few = parseFeed({ version: 1, projects: [broken] }, { maxProblemsPerItem: 2 });
    assert.deepEqual(
      few.issues.map((i) => i.path),
      ['$.projects[0].title', '$.projects[0].phase'],
    );
    // A URL that breaks both the https pattern and the URL check is one issue, not two.
    assert.equal(
      parseFeed({ version: 1, actors: [{ id: 'a', name: 'A', kind: 'commune', url: 'ftp:x y' }] })
        .issues.length,
      1,
    );
  });
});

describe('parseFeed: a message in French and English for each kind of problem', () => {
  const cases: [string, number, Record<string, unknown>, string, RegExp, RegExp][] = [
    [
      'projects',
      0,
      { title: undefined },
      '$.projects[0].title',
      /champ obligatoire manquant/,
      /required field missing/,
    ],
    // A required list value (an event's kind) left out is missing, not an unknown value.
    [
      'events',
      0,
      { kind: undefined },
      '$.events[0].kind',
      /champ obligatoire manquant/,
      /required field missing/,
    ],
    [
      'projects',
      0,
      { title: 12 },
      '$.projects[0].title',
      /valeur attendue\u00a0: un texte/,
      /expected a text/,
    ],
    [
      'projects',
      0,
      { title: '   ' },
      '$.projects[0].title',
      /ne doit pas être vide/,
      /must not be empty/,
    ],
    [
      'projects',
      0,
      { title: 'x'.repeat(212) },
      '$.projects[0].title',
      /^trop long\u00a0: 212 caractères, 200 au plus$/,
      /^too long: 212 characters, at most 200$/,
    ],
    [
      'projects',
      0,
      { spheres: Array(9).fill('energie') },
      '$.projects[0].spheres',
      /8 au plus/,
      /at most 8/,
    ],
    [
      'projects',
      0,
      { actors: [{ actor: 'lnc', role: 'boss' }] },
      '$.projects[0].actors[0].role',
      /valeur inconnue/,
      /unknown value/,
    ],
    ['projects', 0, { started: '06/11/2025' }, '$.projects[0].started', /AAAA-MM-JJ/, /YYYY-MM-DD/],
    ['projects', 0, { started: '2025-1-5' }, '$.projects[0].started', /AAAA-MM-JJ/, /YYYY-MM-DD/],
    [
      'projects',
      0,
      { started: '2025-02-30' },
      '$.projects[0].started',
      /^cette date n’existe pas$/,
      /^this date does not exist$/,
    ],
    // An address that says how to take part (register, join online) costs the event; one that
    // only presents an item (its page, an image) costs that field (below).
    [
      'events',
      0,
      { registrationUrl: 'javascript:alert(1)' },
      '$.events[0].registrationUrl',
      /seules les adresses https/,
      /only https/,
    ],
    [
      'events',
      0,
      { registrationUrl: 'http://example.org' },
      '$.events[0].registrationUrl',
      /seules les adresses https/,
      /only https/,
    ],
    [
      'events',
      0,
      { registrationUrl: 'https://user:pw@example.org' },
      '$.events[0].registrationUrl',
      /seules les adresses https/,
      /only https/,
    ],
    [
      'events',
      0,
      { registrationUrl: ' https://example.org' },
      '$.events[0].registrationUrl',
      /seules les adresses https/,
      /only https/,
    ],
    [
      'events',
      0,
      { registrationUrl: 'https:example.org' },
      '$.events[0].registrationUrl',
      /seules les adresses https/,
      /only https/,
    ],
    [
      'actors',
      1,
      { contact: 'javascript:alert(1)' },
      '$.actors[1].contact',
      /mailto: ou tel:/,
      /mailto: or tel:/,
    ],
    [
      'actors',
      1,
      { kind: 'mairie' },
      '$.actors[1].kind',
      /valeurs possibles\u00a0: commune, epci/,
      /allowed: commune, epci/,
    ],
    ['actors', 1, { member: 'yes' }, '$.actors[1].member', /vrai ou faux/, /true or false/],
    [
      'events',
      0,
      { start: '2025-11-06 18:00' },
      '$.events[0].start',
      /^date \(2025-11-06\) ou date et heure/,
      /^date \(2025-11-06\) or date-time/,
    ],
    [
      'events',
      0,
      { start: '2025-11-06T18:00:00' },
      '$.events[0].start',
      /avec décalage/,
      /with an offset/,
    ],
    [
      'events',
      0,
      { timeZone: 'Europe/Rouen' },
      '$.events[0].timeZone',
      /fuseau horaire IANA inconnu/,
      /unknown IANA time zone/,
    ],
    [
      'events',
      0,
      { place: { country: 'France' } },
      '$.events[0].place.country',
      /deux lettres/,
      /two-letter/,
    ],
    [
      'events',
      0,
      { price: { amount: 10, currency: 'euros' } },
      '$.events[0].price.currency',
      /ISO 4217/,
      /ISO 4217/,
    ],
    [
      'events',
      0,
      { price: { amount: 9.5, currency: 'EUR' } },
      '$.events[0].price.amount',
      /^montant attendu en centimes, nombre entier \(ex\. 5000 pour 50\u00a0€\)$/,
      /^amount expected in cents, a whole number \(e\.g\. 5000 for €50\)$/,
    ],
    // Euros as a French spreadsheet writes them: the message says the unit, not only "a number".
    [
      'events',
      0,
      { price: { amount: '50,00', currency: 'EUR' } },
      '$.events[0].price.amount',
      /en centimes, nombre entier \(ex\. 5000 pour 50\u00a0€\)/,
      /in cents, a whole number \(e\.g\. 5000 for €50\)/,
    ],
    [
      'membership',
      0,
      {
        tiers: [
          {
            id: 'soutien',
            label: 'Soutien',
            payWhatYouWant: { minimum: { amount: 10.5, currency: 'EUR' } },
          },
        ],
      },
      '$.membership[0].tiers[0].payWhatYouWant.minimum.amount',
      /en centimes/,
      /in cents/,
    ],
    [
      'events',
      0,
      { price: { amount: -1, currency: 'EUR' } },
      '$.events[0].price.amount',
      /trop petit\u00a0: 0 au moins/,
      /too small: at least 0/,
    ],
    // A reference by id that the item needs says what an id looks like, like ids do ("invalid
    // format" did not); the others are dropped, the item kept (malformed-references.test.ts).
    ['links', 0, { to: 'Ville LNC' }, '$.links[0].to', /identifiant invalide/, /invalid id/],
    [
      'links',
      0,
      { intensity: 5 },
      '$.links[0].intensity',
      /intensité attendue\u00a0: 1, 2, 3 ou 4/,
      /intensity expected/,
    ],
    [
      'membership',
      0,
      { year: 1999 },
      '$.membership[0].year',
      /trop petit\u00a0: 2000 au moins/,
      /at least 2000/,
    ],
    [
      'membership',
      0,
      { year: 2101 },
      '$.membership[0].year',
      /trop grand\u00a0: 2100 au plus/,
      /at most 2100/,
    ],
    [
      'assessments',
      0,
      { answers: { 'offer.usefulEffects': { level: 5 } } },
      '$.assessments[0].answers["offer.usefulEffects"].level',
      /niveau attendu/,
      /level expected/,
    ],
    [
      'assessments',
      0,
      { answers: { 'Offer-Effects': { level: 1 } } },
      '$.assessments[0].answers["Offer-Effects"]',
      /identifiant de critère invalide/,
      /invalid criterion id/,
    ],
    [
      'assessments',
      0,
      { subject: { type: 'event', id: 'pleniere' } },
      '$.assessments[0].subject.type',
      /valeurs possibles\u00a0: project, actor/,
      /allowed: project, actor/,
    ],
  ];
  for (const [collection, index, patch, path, fr, en] of cases) {
    test(`${path} ← ${JSON.stringify(patch).slice(0, 60)}`, () => {
      const issue = onlyIssue(collection, index, patch);
      assert.equal(issue.severity, 'error');
      assert.equal(issue.code, 'invalid-field');
      assert.equal(issue.collection, collection);
      assert.equal(issue.path, path);
      assert.match(issue.message.fr, fr);
      assert.match(issue.message.en, en);
    });
  }
});

describe('parseFeed: the length of a text', () => {
  // An emoji is one character, as a user counts it, though JavaScript's length says two.
  test('counts characters, not UTF-16 units: a limit and the length it names agree', () => {
    const over = onlyIssue('projects', 0, { title: '🌱'.repeat(201) });
    assert.equal(over.message.fr, 'trop long\u00a0: 201 caractères, 200 au plus');
    assert.equal(over.message.en, 'too long: 201 characters, at most 200');
    assert.deepEqual(frenchTypographyFaults(over.message.fr), []);
    const { feed, issues } = parseFeed(sampleFeedWith('projects', 0, { title: '🌱'.repeat(200) }));
    assert.deepEqual(issues, []);
    assert.equal(feed?.projects[0]?.title.length, 400);
  });

  test('a letter with its accent typed apart counts once, as Unicode composes it (NFC)', () => {
    // "é" as e + U+0301, as some Mac applications write it, is read as "é": the documented rule.
    const composed = onlyIssue('projects', 0, { title: 'e\u0301'.repeat(201) });
    assert.match(composed.message.en, /^too long: 201 characters, at most 200$/);
    // Unicode has no "q" with an acute: the letter and its mark stay two code points.
    const apart = onlyIssue('projects', 0, { title: 'q\u0301'.repeat(101) });
    assert.match(apart.message.en, /^too long: 202 characters, at most 200$/);
  });
});

describe('parseFeed: a word of a list that the vocabulary does not have', () => {
  test('is left out with a warning; the item and its other words are kept', () => {
    const { feed, issues } = parseFeed(
      sampleFeedWith('projects', 0, { spheres: ['se-cultiver', 'culture', 'se-baigner'] }),
    );
    assert.equal(feed?.projects.length, sampleFeed().projects.length, 'no project left out');
    assert.deepEqual(feed?.projects[0]!.spheres, ['se-cultiver']);
    assert.deepEqual(
      issues.map((i) => [i.severity, i.code, i.path, i.itemId]),
      [
        ['warning', 'unknown-value', '$.projects[0].spheres[1]', 'eco-scenographie'],
        ['warning', 'unknown-value', '$.projects[0].spheres[2]', 'eco-scenographie'],
      ],
    );
    assert.match(
      issues[0]!.message.fr,
      /^"culture"\u00a0: valeur inconnue\u202f; valeurs possibles\u00a0: se-nourrir/,
    );
    assert.match(
      issues[0]!.message.fr,
      /ce mot est laissé de côté, le reste de l’élément est gardé$/,
    );
    assert.match(
      issues[1]!.message.en,
      /^"se-baigner": unknown value; allowed: se-nourrir.*; this word is left out, the rest of the item is kept$/,
    );
  });

  test('a value that is no word (an object given as `.feed`, even one with no text form) goes the same way, unquoted', () => {
    // Object.create(null) has no toString: quoting it would throw out of parseFeed.
    for (const odd of [Object.create(null), { name: 'culture' }, 42]) {
      const { feed, issues } = parseFeed(
        sampleFeedWith('projects', 0, { spheres: ['se-cultiver', odd] }),
      );
      assert.deepEqual(feed?.projects[0]!.spheres, ['se-cultiver']);
      assert.deepEqual(
        issues.map((i) => [i.severity, i.code, i.path]),
        [['warning', 'unknown-value', '$.projects[0].spheres[1]']],
      );
      assert.match(issues[0]!.message.en, /^unknown value; allowed: se-nourrir/);
    }
  });

  test('in a list inside a list: who a membership tier is for', () => {
    const input = sampleFeed();
    const tier = {
      id: 'commune',
      label: 'Commune',
      for: ['commune', 'martien'],
      price: { amount: 10000, currency: 'EUR' },
    };
    (input.membership[0] as Record<string, unknown>).tiers = [tier];
    const { feed, issues } = parseFeed(input);
    assert.deepEqual(feed?.membership[0]!.tiers?.[0]!.for, ['commune']);
    assert.deepEqual(
      issues.map((i) => [i.code, i.path]),
      [['unknown-value', '$.membership[0].tiers[0].for[1]']],
    );
  });

  test('with anything else wrong, the item is left out as before, every problem reported', () => {
    const { feed, issues } = parseFeed(
      sampleFeedWith('projects', 0, { spheres: ['culture'], phase: 'finie' }),
    );
    assert.equal(feed?.projects.length, sampleFeed().projects.length - 1);
    assert.deepEqual(
      issues
        .filter((i) => i.code !== 'dangling-reference')
        .map((i) => `${i.severity} ${i.code} ${i.path}`)
        .sort(),
      ['error invalid-field $.projects[0].phase', 'error invalid-field $.projects[0].spheres[0]'],
    );
  });

  test('a single value the vocabulary does not have still leaves the item out', () => {
    const issue = onlyIssue('projects', 0, { phase: 'finie' });
    assert.equal(issue.code, 'invalid-field');
  });
});

describe('parseFeed: duplicate ids', () => {
  test('the first item with an id is kept, the next is reported and left out', () => {
    const input = sampleFeed();
    input.projects.push({ id: 'autopartage', title: 'Autopartage bis' });
    const { feed, issues } = parseFeed(input);
    assert.deepEqual(
      feed?.projects.map((p) => p.title),
      ['Éco-scénographie', 'Autopartage', 'Vie des sols'],
    );
    assert.deepEqual(issues, [
      {
        severity: 'error',
        code: 'duplicate-id',
        path: '$.projects[3].id',
        collection: 'projects',
        itemId: 'autopartage',
        message: {
          fr: 'identifiant «\u00a0autopartage\u00a0» déjà utilisé\u00a0: cet élément est ignoré, le premier est gardé',
          en: 'id "autopartage" is already used: this item is ignored, the first one is kept',
        },
      },
    ]);
  });

  test('an invalid first item does not take the id from a valid one', () => {
    const input = sampleFeedWith('projects', 2, { id: 'autopartage', phase: 'x' });
    input.projects = (input.projects as unknown[]).reverse();
    const { feed, issues } = parseFeed(input);
    assert.deepEqual(
      feed?.projects.map((p) => p.title),
      ['Autopartage', 'Éco-scénographie'],
    );
    assert.deepEqual(
      issues.map((i) => [i.code, i.path]),
      [['invalid-field', '$.projects[0].phase']],
    );
  });

  test('the same id in two collections is not a duplicate', () => {
    const input = sampleFeed();
    input.events[0]!.id = 'eco-scenographie';
    assert.deepEqual(parseFeed(input).issues, []);
  });
});

describe('parseFeed: a date that does not exist', () => {
  const says = (collection: string, patch: Record<string, unknown>) =>
    onlyIssue(collection, 0, patch).message;

  test('is reported as such, in every date field, not as a wrong format', () => {
    const none = { fr: 'cette date n’existe pas', en: 'this date does not exist' };
    for (const day of ['2025-02-30', '2025-13-01', '2025-02-29', '2025-04-31', '2025-00-10']) {
      assert.deepEqual(says('projects', { started: day }), none, day);
    }
    assert.deepEqual(says('membership', { deadline: '2025-02-30' }), none);
    assert.deepEqual(says('assessments', { date: '2023-02-29' }), none);
    // Event times are a date or a date-time: either with a day that does not exist.
    assert.deepEqual(says('events', { start: '2025-02-30', end: undefined }), none);
    assert.deepEqual(says('events', { end: '2025-11-31T20:00:00+01:00' }), none);
  });

  test('leap years: 29 February is a day in 2024 and 2000, not in 2025 nor 1900', () => {
    const ok = (started: string) =>
      parseFeed(sampleFeedWith('projects', 0, { started })).issues.length === 0;
    assert.ok(ok('2024-02-29'));
    assert.ok(ok('2000-02-29'));
    assert.ok(!ok('2025-02-29'));
    assert.ok(!ok('1900-02-29'));
    assert.match(says('projects', { started: '1900-02-29' }).en, /does not exist/);
  });

  test('a wrong format keeps its own message, even with an impossible day in it', () => {
    for (const started of ['2025-2-30', '2025-02-30 ', '30-02-2025', '30/02/2025', '2025/11/06']) {
      assert.deepEqual(
        says('projects', { started }),
        {
          fr: 'date attendue au format AAAA-MM-JJ (ex. 2025-11-06)',
          en: 'date expected as YYYY-MM-DD (e.g. 2025-11-06)',
        },
        started,
      );
    }
    for (const start of ['2025-02-30T18:00', 'hier', '2025-02-30 18:00:00+01:00'])
      assert.match(says('events', { start, end: undefined }).en, /^date \(2025-11-06\) or/, start);
  });
});

describe('parseFeed: a date written day first, as in French', () => {
  const says = (collection: string, patch: Record<string, unknown>) =>
    onlyIssue(collection, 0, patch).message;

  test('names the date to write, in every date field', () => {
    const write = (iso: string, shown: string) => ({
      fr: `date attendue au format AAAA-MM-JJ\u00a0: écrivez ${iso} pour le ${shown}`,
      en: `date expected as YYYY-MM-DD: write ${iso} for ${shown} (day/month/year)`,
    });
    assert.deepEqual(
      says('projects', { started: '12/03/2026' }),
      write('2026-03-12', '12/03/2026'),
    );
    assert.deepEqual(says('projects', { started: '1.3.2026' }), write('2026-03-01', '1.3.2026'));
    assert.deepEqual(
      says('membership', { deadline: '31-03-2026' }),
      write('2026-03-31', '31-03-2026'),
    );
    assert.deepEqual(
      says('assessments', { date: '29/02/2024' }),
      write('2024-02-29', '29/02/2024'),
    );
  });

  test('an event’s start or end too: a date alone is what such a text meant', () => {
    assert.deepEqual(says('events', { start: '12/03/2026', end: undefined }), {
      fr: 'date attendue au format AAAA-MM-JJ\u00a0: écrivez 2026-03-12 pour le 12/03/2026',
      en: 'date expected as YYYY-MM-DD: write 2026-03-12 for 12/03/2026 (day/month/year)',
    });
    assert.equal(says('events', { end: '14/03/2026' }).en.includes('write 2026-03-14'), true);
  });
});

describe('parseFeed: an event’s start and end', () => {
  const says = (patch: Record<string, unknown>) => onlyIssue('events', 0, patch).message;

  test('a start left out is said to be missing, as any required field', () => {
    assert.deepEqual(says({ start: undefined, end: undefined }), {
      fr: 'champ obligatoire manquant',
      en: 'required field missing',
    });
  });

  test('a wrong start or end says that a date or a date-time is expected', () => {
    const either = {
      fr: 'date (2025-11-06) ou date et heure avec décalage (2025-11-06T18:00:00+01:00) attendue',
      en: 'date (2025-11-06) or date-time with an offset (2025-11-06T18:00:00+01:00) expected',
    };
    assert.deepEqual(says({ start: 'jeudi 6 novembre', end: undefined }), either);
    assert.deepEqual(says({ start: 20251106, end: undefined }), either);
    assert.deepEqual(says({ end: '2025-11-06 20:00' }), either);
  });
});

describe('parseFeed: rules across fields', () => {
  test('an event that ends before it starts is left out', () => {
    const issue = onlyIssue('events', 0, { end: '2025-11-06T17:00:00+01:00' });
    assert.equal(issue.code, 'end-before-start');
    assert.equal(issue.path, '$.events[0].end');
    assert.equal(issue.itemId, 'pleniere');
    assert.deepEqual(issue.message, {
      fr: 'la fin est avant le début',
      en: 'the end is before the start',
    });
  });

  test('offsets are compared as instants, plain dates as whole days', () => {
    const ok = (start: string, end: string) =>
      parseFeed(sampleFeedWith('events', 0, { start, end })).issues.length === 0;
    assert.ok(ok('2025-11-06T18:00:00+01:00', '2025-11-06T17:30:00Z'));
    assert.ok(!ok('2025-11-06T18:00:00+01:00', '2025-11-06T16:30:00Z'));
    assert.ok(ok('2025-11-06', '2025-11-06'), 'a one-day event ends the day it starts');
    assert.ok(ok('2025-11-06', '2025-11-08'));
    assert.ok(!ok('2025-11-06', '2025-11-05'));
    assert.ok(ok('2025-11-06T18:00:00+01:00', '2025-11-06T18:00:00.5+01:00'), 'any two offsets');
  });

  test('an event with a date and a date-time (either way round) is left out and named', () => {
    for (const [start, end] of [
      ['2025-03-14', '2025-03-14T18:00:00+01:00'],
      ['2025-03-14T09:00:00+01:00', '2025-03-14'],
      // The reverse order too: that it is the wrong kind is what the publisher must fix first.
      ['2025-03-14T09:00:00Z', '2025-03-13'],
    ]) {
      const issue = onlyIssue('events', 0, { start, end });
      assert.equal(issue.severity, 'error');
      assert.equal(issue.code, 'mixed-date-types', `${start} → ${end}`);
      assert.equal(issue.path, '$.events[0].end');
      assert.equal(issue.itemId, 'pleniere');
      assert.deepEqual(issue.message, {
        fr: 'début et fin doivent être deux dates, ou deux dates avec heure',
        en: 'start and end must be two dates, or two date-times',
      });
    }
    // With no end, a date or a date-time start is fine.
    for (const start of ['2025-03-14', '2025-03-14T09:00:00+01:00']) {
      assert.deepEqual(
        parseFeed(sampleFeedWith('events', 0, { start, end: undefined })).issues,
        [],
      );
    }
  });

  test('a membership campaign whose deadline is before its opening is left out', () => {
    const issue = onlyIssue('membership', 0, { opens: '2025-06-01', deadline: '2025-05-31' });
    assert.equal(issue.code, 'deadline-before-opening');
    assert.equal(issue.path, '$.membership[0].deadline');
    assert.match(issue.message.fr, /avant l’ouverture/);
    assert.equal(
      parseFeed(sampleFeedWith('membership', 0, { opens: '2025-05-31', deadline: '2025-05-31' }))
        .issues.length,
      0,
    );
  });
});
