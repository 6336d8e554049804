import type { Localized } from '@club-inne/core';
import type { Position } from './locate.js';

/** Where a text stops being JSON, and why, in both languages. */
export interface JsonSyntaxError extends Position {
  reason: Localized;
}

class Stop {
  constructor(
    readonly at: number,
    readonly reason: Localized,
  ) {}
}

const shown = (c: string) => (c === '\n' ? '↵' : c);

/**
 * The first place where `text` is not JSON, with the reason in French and English; `null` for
 * valid JSON. `JSON.parse` says neither the line (a character offset at most, and for a stray
 * quote or a comment not even that) nor anything in French: a publisher with a feed of a
 * thousand lines needs both. Checks only the syntax, after `JSON.parse` has refused the text.
 *
 * @example
 * jsonSyntaxError('{\n  "a": 1,\n}') // { line: 3, column: 1, reason: { en: 'extra comma before "}"', … } }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  // A byte order mark is what Windows editors put first; parseFeed skips it too.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const stop = (reason: Localized, at = i): never => {
    throw new Stop(at, reason);
  };
  const space = () => {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const unexpected = (): never => {
    if (i >= n) {
      stop({
        fr: 'le texte s’arrête avant la fin\u00a0: une accolade, un crochet ou un guillemet n’est pas fermé',
        en: 'the text ends too early: a brace, a bracket or a quote is not closed',
      });
    }
    const c = text[i]!;
    if (c === "'")
      stop({
        fr: 'apostrophe\u00a0: les textes et les noms de champs s’écrivent entre guillemets doubles ("…")',
        en: 'single quote: texts and field names are written in double quotes ("…")',
      });
    if (c === '/') stop({ fr: 'le JSON n’a pas de commentaires', en: 'JSON has no comments' });
    return stop({ fr: `«\u00a0${shown(c)}\u00a0» inattendu`, en: `unexpected "${shown(c)}"` });
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= n) unexpected();
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20)
        stop({
          fr: 'retour à la ligne ou tabulation dans un texte\u00a0: écrivez \\n ou \\t',
          en: 'line break or tab inside a text: write \\n or \\t',
        });
      if (c === 0x5c) {
        const e = text[i + 1] ?? '';
        if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6)))
          stop({ fr: `échappement invalide «\u00a0\\${e}\u00a0»`, en: `invalid escape "\\${e}"` });
        i += e === 'u' ? 6 : 2;
      } else i++;
    }
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  // Nested lists and objects are kept on a stack rather than by recursion: a feed nested
  // thousands deep must not overflow the call stack.
  const open: string[] = [];
  const value = () => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      open.push(c === '{' ? '}' : ']');
      i++;
      space();
      if (text[i] === open.at(-1)) {
        open.pop();
        i++;
        return false;
      }
      return true;
    }
    if (c === '"') {
      string();
      return false;
    }
    number.lastIndex = i;
    if (number.test(text)) i = number.lastIndex;
    else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) unexpected();
      i += word!.length;
    }
    return false;
  };
  const key = () => {
    space();
    if (i < n && /[\w$]/.test(text[i]!)) {
      stop({
        fr: 'nom de champ sans guillemets\u00a0: écrivez "nom": …',
        en: 'field name without quotes: write "name": …',
      });
    }
    if (text[i] !== '"') unexpected();
    string();
    space();
    if (i < n && text[i] !== ':') stop({ fr: '«\u00a0:\u00a0» attendu', en: '":" expected' });
    if (text[i] !== ':') unexpected();
    i++;
  };
  try {
    space();
    if (i >= n) stop({ fr: 'le texte est vide', en: 'the text is empty' });
    let nested = value();
    for (;;) {
      if (nested) {
        if (open.at(-1) === '}') key();
        nested = value();
        continue;
      }
      space();
      const close = open.at(-1);
      if (!close) break;
      if (text[i] === ',') {
        const comma = i++;
        space();
        if (text[i] === close)
          stop(
            {
              fr: `virgule en trop avant «\u00a0${close}\u00a0»`,
              en: `extra comma before "${close}"`,
            },
            comma,
          );
        if (close === '}') key();
        nested = value();
      } else if (text[i] === close) {
        open.pop();
        i++;
      } else if (i < n && text[i] !== ']' && text[i] !== '}') {
        stop({
          fr: `«\u00a0,\u00a0» ou «\u00a0${close}\u00a0» attendu (une virgule manque\u202f?)`,
          en: `"," or "${close}" expected (a missing comma?)`,
        });
      } else unexpected();
    }
    if (i < n)
      stop({ fr: 'texte en trop après la fin du JSON', en: 'more text after the end of the JSON' });
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const lines = text.slice(0, error.at).split('\n');
    return { line: lines.length, column: lines.at(-1)!.length + 1, reason: error.reason };
  }
}
