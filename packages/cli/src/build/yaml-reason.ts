import type { Localized } from '@club-inne/core';
import type { YAMLError } from 'yaml';

// The yaml parser's reasons are English and written for programmers ("Map keys must be
// unique", "Nested mappings are not allowed in compact mappings"): the mistakes a publisher
// makes by hand get a sentence that says how to fix them, in both languages.
const reasons: Record<string, Localized> = {
  MISSING_CHAR: {
    fr: 'un guillemet, un crochet ou une accolade n’est pas fermé',
    en: 'a quote, bracket or brace is not closed',
  },
  TAB_AS_INDENT: {
    fr: 'une tabulation en début de ligne\u00a0: indentez avec des espaces',
    en: 'a tab at the start of a line: indent with spaces',
  },
  BAD_INDENT: {
    fr: 'indentation incorrecte\u00a0: alignez les champs d’un même élément, fermez chaque [ par ]',
    en: 'wrong indentation: align the fields of one item, close each [ with ]',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    fr: 'une ligne est plus indentée que le champ au-dessus\u00a0: alignez-la sur lui',
    en: 'a line is indented more than the field above it: align it with that field',
  },
};

/** Why a YAML (or JSON) file cannot be read, in French and English. */
export function yamlReason(error: YAMLError): Localized {
  const known = reasons[error.code];
  if (known) return known;
  // Without its position: the report prints `file:line:column` already.
  const why = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { fr: why, en: why };
}
