// What a hostile feed, grid or file name must not do to the terminal of the person checking it:
// control characters would move the cursor, clear the screen or recolour the output (ESC, CSI),
// a carriage return would overwrite what was printed, and bidirectional overrides would make a
// line read differently from what it holds. They are written as JSON escapes (`\u001b`), so a
// JSON report keeps the very same values, and the user still sees that something is there.

// C0 controls, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// The same, but for the tab and the newline that shape a report's lines.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafeInLines = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One table cell or value on one line: every control character escaped, newlines too. */
export const printableCell = (text: string): string => text.replace(unsafe, escape);

/** Lines of a report: control characters escaped, tabs and newlines kept. */
export const printableLines = (text: string): string => text.replace(unsafeInLines, escape);
