import type { Localized } from '../i18n/locale.js';
import { isoFromDayFirst } from '../time/day-first-date.js';
import { codePointLength } from '../validation/length-check.js';
import type { IssueCode } from './issue.js';
import type { ItemProblem } from './item-rules.js';

/** The codes `describeIssue` words: not a field's shape, nor a rule across fields (item-rules.ts). */
type IssueSentence = Exclude<
  IssueCode,
  'invalid-field' | 'invalid-envelope' | 'unknown-value' | 'ignored-field' | ItemProblem['code']
>;

/**
 * A problem of a value: a zod issue, or the same problem found with the validation plan, as
 * much of it as we read (zod's own messages are English-only).
 */
export interface SchemaProblem {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  expected?: string;
  format?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  values?: readonly unknown[];
  pattern?: string;
  message?: string;
  /** Of an `invalid_union`: the problems of each option. */
  errors?: readonly (readonly SchemaProblem[])[];
}

const typeNames: Record<string, Localized> = {
  string: { fr: 'un texte', en: 'a text' },
  number: { fr: 'un nombre', en: 'a number' },
  int: { fr: 'un nombre entier', en: 'a whole number' },
  boolean: { fr: 'vrai ou faux', en: 'true or false' },
  array: { fr: 'une liste', en: 'a list' },
  object: { fr: 'un objet', en: 'an object' },
  record: { fr: 'un objet', en: 'an object' },
};

const amount: Localized = {
  fr: 'montant attendu en centimes, nombre entier (ex. 5000 pour 50\u00a0€)',
  en: 'amount expected in cents, a whole number (e.g. 5000 for €50)',
};

const formats: Record<string, Localized> = {
  url: {
    fr: 'adresse web invalide\u00a0: seules les adresses https:// sont acceptées',
    en: 'invalid web address: only https:// addresses are accepted',
  },
  datetime: {
    fr: 'date et heure ISO 8601 avec décalage attendues (ex. 2025-11-06T18:00:00+01:00)',
    en: 'ISO 8601 date-time with an offset expected (e.g. 2025-11-06T18:00:00+01:00)',
  },
  date: {
    fr: 'date attendue au format AAAA-MM-JJ (ex. 2025-11-06)',
    en: 'date expected as YYYY-MM-DD (e.g. 2025-11-06)',
  },
  // An event's `start` and `end` take either.
  dateOrDatetime: {
    fr: 'date (2025-11-06) ou date et heure avec décalage (2025-11-06T18:00:00+01:00) attendue',
    en: 'date (2025-11-06) or date-time with an offset (2025-11-06T18:00:00+01:00) expected',
  },
  // The `calendarDay` check: a date written right, but no such day (2025-02-30).
  day: { fr: 'cette date n’existe pas', en: 'this date does not exist' },
};

/**
 * A date written day first (`12/03/2026`, as French is written): the expected format and the
 * very date to write, so that the publisher need not work out the order. An event's start or
 * end also takes a date-time, but the date alone is what such a text meant.
 */
function dayFirst(input: unknown): Localized | undefined {
  const iso = typeof input === 'string' && isoFromDayFirst(input);
  return iso
    ? {
        fr: `date attendue au format AAAA-MM-JJ\u00a0: écrivez ${iso} pour le ${input as string}`,
        en: `date expected as YYYY-MM-DD: write ${iso} for ${input as string} (day/month/year)`,
      }
    : undefined;
}

const list = (values: readonly unknown[]) =>
  values.length > 12
    ? values.slice(0, 12).map(String).join(', ') + '…'
    : values.map(String).join(', ');

/** A French and English sentence for one schema problem. */
export function describeProblem(p: SchemaProblem): Localized {
  const last = p.path[p.path.length - 1];
  switch (p.code) {
    case 'invalid_type': {
      if (p.input === undefined) {
        return { fr: 'champ obligatoire manquant', en: 'required field missing' };
      }
      // "50,00" or 50.5 for 50 €: the unit, not only the type, is what the publisher missed.
      if (last === 'amount') return amount;
      const t = typeNames[p.expected ?? ''] ?? { fr: p.expected ?? '?', en: p.expected ?? '?' };
      return { fr: `valeur attendue\u00a0: ${t.fr}`, en: `expected ${t.en}` };
    }
    case 'too_big':
      return p.origin === 'array'
        ? {
            fr: `trop d’éléments\u00a0: ${p.maximum} au plus`,
            en: `too many entries: at most ${p.maximum}`,
          }
        : p.origin === 'string'
          ? // How long it is, so the publisher knows how much to cut: counted as the check counts.
            {
              fr: `trop long\u00a0: ${codePointLength(String(p.input))} caractères, ${p.maximum} au plus`,
              en: `too long: ${codePointLength(String(p.input))} characters, at most ${p.maximum}`,
            }
          : { fr: `trop grand\u00a0: ${p.maximum} au plus`, en: `too large: at most ${p.maximum}` };
    case 'too_small':
      return p.origin === 'string' || p.origin === 'array'
        ? { fr: 'ne doit pas être vide', en: 'must not be empty' }
        : { fr: `trop petit\u00a0: ${p.minimum} au moins`, en: `too small: at least ${p.minimum}` };
    case 'invalid_format': {
      if (p.format === 'date') return dayFirst(p.input) ?? formats.date!;
      if (p.format && formats[p.format]) return formats[p.format]!;
      // The https pattern of `httpsUrl()`: say what is wrong with the address, not "regex".
      if (p.format === 'regex' && p.pattern?.startsWith('/^https:')) return formats.url!;
      // An id, an item of a list of ids, or a reference by id (a project's actor, a link's ends
      // and project): "invalid format" would not say which format.
      if (
        typeof last === 'number'
          ? p.path.length > 1
          : /^(id|actor|from|to|project)$/.test(String(last))
      ) {
        return {
          fr: 'identifiant invalide\u00a0: lettres minuscules, chiffres et tirets (ex. champ-des-possibles)',
          en: 'invalid id: lowercase letters, digits and dashes (e.g. champ-des-possibles)',
        };
      }
      if (last === 'currency') {
        return {
          fr: 'code de devise ISO 4217 attendu (ex. EUR)',
          en: 'ISO 4217 currency code expected (e.g. EUR)',
        };
      }
      if (last === 'country') {
        return {
          fr: 'code pays à deux lettres attendu (ex. FR)',
          en: 'two-letter country code expected (e.g. FR)',
        };
      }
      if (last === 'contact') {
        return {
          fr: 'contact invalide\u00a0: adresse https://, mailto: ou tel: attendue',
          en: 'invalid contact: an https://, mailto: or tel: address expected',
        };
      }
      return { fr: 'format invalide', en: 'invalid format' };
    }
    case 'invalid_value': {
      // zod reports a left-out enum field as a wrong value: say it is missing, as for the others.
      if (p.input === undefined) return describeProblem({ ...p, code: 'invalid_type' });
      const values = list(p.values ?? []);
      return {
        fr: `valeur inconnue\u202f; valeurs possibles\u00a0: ${values}`,
        en: `unknown value; allowed: ${values}`,
      };
    }
    case 'invalid_union': {
      // A left-out field (an event's `start`): say it is missing, as for the others.
      if (p.input === undefined) return describeProblem({ ...p, code: 'invalid_type' });
      // An option that only its day failed (`2025-02-30`, a date and not a date-time).
      if (p.errors?.some((e) => e[0] && e.every((q) => q.format === 'day'))) return formats.day!;
      if (last === 'start' || last === 'end') return dayFirst(p.input) ?? formats.dateOrDatetime!;
      if (last === 'level') {
        return {
          fr: 'niveau attendu\u00a0: 0, 1, 2, 3, 4 ou "na"',
          en: 'level expected: 0, 1, 2, 3, 4 or "na"',
        };
      }
      if (last === 'intensity') {
        return {
          fr: 'intensité attendue\u00a0: 1, 2, 3 ou 4',
          en: 'intensity expected: 1, 2, 3 or 4',
        };
      }
      return { fr: 'valeur invalide', en: 'invalid value' };
    }
    case 'invalid_key':
      return {
        fr: 'identifiant de critère invalide (ex. offer.usefulEffects)',
        en: 'invalid criterion id (e.g. offer.usefulEffects)',
      };
    case 'custom':
      if (last === 'timeZone') {
        return {
          fr: 'fuseau horaire IANA inconnu (ex. Europe/Paris)',
          en: 'unknown IANA time zone (e.g. Europe/Paris)',
        };
      }
      return { fr: 'valeur invalide', en: p.message ?? 'invalid value' };
    default:
      return { fr: 'valeur invalide', en: 'invalid value' };
  }
}

/**
 * Why bytes are refused, and what to do: a file saved as Windows-1252 or UTF-16 would
 * otherwise be read with every accent turned into "�". One wording wherever it is read (a
 * page, `inne validate`, `inne build-feed`), so the publisher gets the same advice.
 */
export const notUtf8Reason: Localized = {
  fr: 'ce n’est pas du texte UTF-8\u202f; enregistrez le fichier en UTF-8',
  en: 'this is not UTF-8 text; save the file as UTF-8',
};

/**
 * A reference written with a text that is not an id (`"Club Inné"` for `club-inne`): the
 * sentence of its problem, then whether the reference is `dropped` as a dangling one is (else
 * the item is left out), and the id it likely `meant`.
 */
export function describeNotAnId(
  { fr, en }: Localized,
  dropped: boolean,
  meant?: string,
): Localized {
  if (dropped) {
    fr += '\u202f; référence ignorée';
    en += '; reference ignored';
  }
  if (meant) {
    fr += `\u202f; vouliez-vous dire «\u00a0${meant}\u00a0»\u202f?`;
    en += `; did you mean "${meant}"?`;
  }
  return { fr, en };
}

/**
 * A part left out of an item that is kept, for the problem `said` (its value and why): a word
 * of a list that the vocabulary does not have (`unknown-value`), or the `field` that only
 * presents the item, an image or a web address (`ignored-field`).
 */
export function describeLeftOut({ fr, en }: Localized, field?: string): Localized {
  return {
    fr: `${fr}\u202f; ${field ? `le champ «\u00a0${field}\u00a0»` : 'ce mot'} est laissé de côté, le reste de l’élément est gardé`,
    en: `${en}; ${field ? `the field "${field}"` : 'this word'} is left out, the rest of the item is kept`,
  };
}

/** Sentences for the issues that are not about one field's shape, nor a rule across fields. */
export function describeIssue(code: IssueSentence, detail: string | Localized = ''): Localized {
  // The detail itself may be localized (a kind of value), so each language gets its own.
  const d = typeof detail === 'string' ? { fr: detail, en: detail } : detail;
  return { fr: sentence(code, d.fr).fr, en: sentence(code, d.en).en };
}

function sentence(code: IssueSentence, detail: string): Localized {
  switch (code) {
    case 'not-json':
      return {
        fr: `le flux n’est pas du JSON lisible${detail ? ` (${detail})` : ''}`,
        en: `the feed is not readable JSON${detail ? ` (${detail})` : ''}`,
      };
    case 'too-large':
      return {
        fr: `le flux est trop volumineux (${detail} au plus)`,
        en: `the feed is too large (at most ${detail})`,
      };
    case 'not-a-feed':
      return {
        fr: `ce n’est pas un flux Club Inné\u00a0: un objet JSON avec "version": 1 est attendu${detail ? `, reçu ${detail}` : ''}`,
        en: `this is not a Club Inné feed: a JSON object with "version": 1 is expected${detail ? `, got ${detail}` : ''}`,
      };
    case 'unsupported-version':
      return {
        fr: `version de flux ${detail} non prise en charge\u00a0: mettez à jour le kit Inné (version 1 attendue)`,
        en: `feed version ${detail} is not supported: update Inné kit (version 1 expected)`,
      };
    case 'missing-version':
      return {
        fr: 'le champ "version" manque\u00a0: lu comme un flux de version 1',
        en: 'the "version" field is missing: read as a version 1 feed',
      };
    case 'not-a-list':
      return {
        fr: `"${detail}" doit être une liste\u00a0: ignoré`,
        en: `"${detail}" must be a list: ignored`,
      };
    case 'too-many-items':
      return {
        fr: `trop d’éléments\u00a0: les ${detail} premiers sont gardés, les suivants ignorés`,
        en: `too many items: the first ${detail} are kept, the rest ignored`,
      };
    case 'duplicate-id':
      return {
        fr: `identifiant «\u00a0${detail}\u00a0» déjà utilisé\u00a0: cet élément est ignoré, le premier est gardé`,
        en: `id "${detail}" is already used: this item is ignored, the first one is kept`,
      };
    case 'dangling-reference':
      return {
        fr: `référence à «\u00a0${detail}\u00a0», absent du flux\u00a0: ignorée`,
        en: `reference to "${detail}", which is not in the feed: ignored`,
      };
  }
}
