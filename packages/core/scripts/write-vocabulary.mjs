#!/usr/bin/env node
// Writes dist/vocabulary.json after tsup: the feed's vocabulary (spheres, phases, actor and
// member kinds, roles, event kinds, statuses and attendance modes), each id with its French and
// English label, from the built package. Tools that cannot import JavaScript (the snippet
// configurator, the WordPress plugin, a spreadsheet, another CMS) read the labels the
// components show from this file instead of keeping a copy of their own.
import { writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const core = await import(new URL('index.js', dist).href);

// Each list in the order of the vocabulary, each id with its label: a table that lacks an id
// of its list would publish a file that disagrees with the schema, so it stops the build.
const lists = {
  spheres: ['spheres', 'sphereLabels'],
  phases: ['phases', 'phaseLabels'],
  actorKinds: ['actorKinds', 'actorKindLabels'],
  memberKinds: ['memberKinds', 'memberKindLabels'],
  roles: ['roles', 'roleLabels'],
  eventKinds: ['eventKinds', 'eventKindLabels'],
  eventStatuses: ['eventStatuses', 'eventStatusLabels'],
  attendanceModes: ['attendanceModes', 'attendanceModeLabels'],
};
const vocabulary = {
  $comment:
    'Ids of the Inné feed vocabulary with their labels in French and English, generated from @club-inne/core.',
};
for (const [name, [ids, labels]] of Object.entries(lists)) {
  vocabulary[name] = {};
  for (const id of core[ids]) {
    const label = core[labels][id];
    if (!label?.fr || !label?.en) {
      console.error(`✗ vocabulary.json: ${name}.${id} has no French and English label`);
      process.exit(1);
    }
    vocabulary[name][id] = { fr: label.fr, en: label.en };
  }
}

writeFileSync(new URL('vocabulary.json', dist), JSON.stringify(vocabulary, null, 2) + '\n');
console.log(`vocabulary.json written (${Object.keys(lists).join(', ')})`);
