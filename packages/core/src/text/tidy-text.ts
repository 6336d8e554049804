// The explicit direction controls: embeddings, overrides and their PDF (U+202A–U+202E), isolates
// and their PDI (U+2066–U+2069). The marks LRM, RLM and ALM open nothing and stay.
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

// Texts that need nothing but a trim, as nearly all are: made of characters below the combining
// marks (U+0300: Latin letters with their accents, "œ", no-break spaces), of the punctuation of
// French texts (U+2002–U+2029: "’", "—", "…", thin spaces; U+202F) and "€". NFC changes none
// of them, and none combines with the character before it (tidy-text.test.ts checks every
// character). Testing for them costs about what looking for the direction controls alone did;
// normalizing every text made tidying it three times slower.
const PLAIN = /^[\0-\u02ff\u2002-\u2029\u202f\u20ac]*$/;

/**
 * A text as the feed schemas keep it: trimmed, without explicit direction controls, in Unicode
 * NFC. A feed's text is shown beside other texts on one line ("Salle, Rouen · 12,50 €",
 * "Organisé par A, B"): a right-to-left override left open in one name would show the rest of
 * the line backwards ("€ 05,21"). Browsers order right-to-left scripts without them; every
 * letter is kept. NFC writes "é" as one character, however it was typed: a name copied from a
 * PDF or a macOS file name ("e" and U+0301) counts as many characters against the length limits,
 * and reads the same in a calendar or to a search engine, as the name typed on a keyboard.
 *
 * @example
 * tidyText('  Salle\u202e ') // 'Salle'
 * tidyText('E\u0301vreux') // 'Évreux' (U+00C9)
 */
export function tidyText(text: string): string {
  // normalize() is NFC.
  return (PLAIN.test(text) ? text : text.replace(DIRECTION_CONTROLS, '').normalize()).trim();
}
