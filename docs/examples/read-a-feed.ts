// Read a feed leniently: the good items are kept, each bad one is left out and reported.
import { parseFeed, safeUrl } from '@club-inne/core';

const text = JSON.stringify({
  version: 1,
  publisher: { name: 'Ville de Malaunay' },
  actors: [{ id: 'malaunay', name: 'Ville de Malaunay', kind: 'commune' }],
  projects: [
    { id: 'autopartage', title: 'Autopartage', actors: [{ actor: 'malaunay', role: 'porteur' }] },
    { id: 'jardins', title: 'Jardins partagés', phase: 'germination' },
  ],
});

const { feed, issues } = parseFeed(text); // a string or an already parsed value
console.log(`${feed?.projects?.length} project kept, ${issues.length} issue`);
for (const issue of issues) {
  console.log(issue.severity, issue.path, issue.itemId, issue.code);
}

// Input that is not a feed at all gives `feed: null` and one clear issue; it never throws.
const junk = parseFeed('<html>');
console.log(junk.feed, junk.issues[0]?.code);

// The one gate between data and a URL attribute: https only (mailto:/tel: for contacts).
console.log(safeUrl('https://clubinne.fr/adherer'));
console.log(safeUrl(' JaVa\tScRiPt:alert(1)'));
console.log(safeUrl('mailto:contact@example.org', 'contact'));

// Prints:
// 1 project kept, 1 issue
// error $.projects[1].phase jardins invalid-field
// null not-json
// https://clubinne.fr/adherer
// undefined
// mailto:contact@example.org
