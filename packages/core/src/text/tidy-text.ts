// The explicit direction controls: embeddings, overrides and their PDF (U+202A–U+202E), isolates
// and their PDI (U+2066–U+2069). The marks LRM, RLM and ALM open nothing and stay.
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A text as the feed schemas keep it: trimmed, without explicit direction controls. A feed's
 * text is shown beside other texts on one line ("Salle, Rouen · 12,50 €", "Organisé par A, B"):
 * a right-to-left override left open in one name would show the rest of the line backwards
 * ("€ 05,21"). Browsers order right-to-left scripts without them; every letter is kept.
 *
 * @example
 * tidyText('  Salle\u202e ') // 'Salle'
 */
export function tidyText(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '').trim();
}
