// Reading helpers for the calendar tests: a tiny RFC 5545 reader, to check what a client sees.

/** Undoes line folding (a CRLF followed by one space or tab). */
export const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

/** Undoes TEXT escaping. */
export const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** The unfolded lines of a calendar, without the final empty string. */
export const lines = (ics: string) => unfold(ics).split('\r\n').slice(0, -1);

/** Each VEVENT as a map from property name (with its parameters) to raw value. */
export function vevents(ics: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  for (const line of lines(ics)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return out;
}
