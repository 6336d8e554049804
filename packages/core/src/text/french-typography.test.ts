import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frenchTypographyFaults, nonEnglishStrings } from './french-typography.fixture.js';

// The rules that keep a French line from starting with « : », « ; », « ! » or « ? »: what
// they flag, and the code, times, addresses and English they must leave alone.

test('flags an ordinary space before « : », « ; », « ! » or « ? » in French', () => {
  const faulty = [
    'Score global : 45',
    'Pour : ',
    ' : ',
    'valeur inconnue ; valeurs possibles',
    'Derniers jours !',
    '(une virgule manque ?)',
    'Effacer ces réponses ?',
  ];
  assert.deepEqual(frenchTypographyFaults(faulty), faulty);
});

test('flags English quotation marks in French: the kit quotes with « »', () => {
  const faulty = ['Passer “Logique d’offre” de 2 à 3', 'Documenter “Contractualisation”'];
  assert.deepEqual(frenchTypographyFaults(faulty), faulty);
});

test('flags the other kind of no-break space: U+00A0 before « ; ! ? », U+202F before « : »', () => {
  const faulty = ['prix\u00a0; rang', 'Derniers jours\u00a0!', 'Score\u202f: 45'];
  assert.deepEqual(frenchTypographyFaults(faulty), faulty);
});

test('flags « : » or « ; » glued to its word in text that reads as French', () => {
  const faulty = [
    'Pour: «\u00a0efc\u00a0»',
    'l’offre «\u00a0a\u00a0»: ignorée',
    'un\u00a0: deux; trois',
  ];
  assert.deepEqual(frenchTypographyFaults(faulty), faulty);
});

test('leaves well typeset French alone', () => {
  assert.deepEqual(
    frenchTypographyFaults([
      'Score global\u00a0: 45',
      'à l’avance\u202f; le prix',
      'Derniers jours\u202f!',
      'Effacer ces réponses\u202f?',
      '«\u00a0:\u00a0» attendu',
      '«\u00a0;\u00a0» attendu',
      'Pour\u00a0:',
    ]),
    [],
  );
});

test('leaves addresses, times, CSS, code examples and English developer messages alone', () => {
  assert.deepEqual(
    frenchTypographyFaults([
      'adresse https:// attendue',
      'contact invalide\u00a0: adresse https://, mailto: ou tel: attendue',
      'à 10:30',
      'le 12/03 à 10:30\u00a0: accueil',
      '\n  :host {\n    display: block;\n  }\n  .meta dt::after { content: "\u00a0: "; }\n',
      ':host(:lang(en)) .a :is(.b) ::part(x) { color: red; }',
      '<inne-projects lang="fr"></inne-projects>',
      'dans une grille d’attribution (purpose: "award")\u00a0: «\u00a0x\u00a0»',
      'un objet { "offer.logic": { "level": 2 } }\u00a0: ',
      'ce n’est pas un flux\u00a0: un objet JSON avec "version": 1 est attendu',
      'x &nbsp; y\u00a0: z',
      'Overall score: 45; next: stage 2',
      'toICS: expected a list of events',
      'DTSTART;VALUE=DATE:',
    ]),
    [],
  );
});

test('English texts of a source are not taken for French', () => {
  const dir = mkdtempSync(join(tmpdir(), 'french-typography-'));
  try {
    const file = join(dir, 'texts.ts');
    writeFileSync(
      file,
      [
        "const fr = { empty: 'Vide\\u00a0: le flux du Club Inné' };",
        "const en = { empty: 'Empty: the Club Inné feed' };",
        "const t = { fr: 'Déjà\\u00a0: ', en: 'Already: ' };",
        "const say = (lang: string) => (lang === 'fr' ? 'Été\\u00a0: ' : 'Summer: ');",
        "console.warn('Inné embed: ignored');",
      ].join('\n'),
    );
    assert.deepEqual(nonEnglishStrings(file), [
      'Vide\u00a0: le flux du Club Inné',
      'Déjà\u00a0: ',
      'fr',
      'Été\u00a0: ',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
