// A hostile corpus: what a careless or malicious hand may type into a feed. Every payload that
// could run calls `__innePwned(tag)`, and `installTrap()` records those calls (and any dialog),
// so a test only has to check that nothing was recorded.

/** Markup, attribute break-outs, template syntaxes and unicode tricks, each short enough for a tag. */
export const textPayloads: readonly string[] = [
  '<img src=x onerror=__innePwned("img")>',
  '<script>__innePwned("script")</script>',
  '"><svg onload=__innePwned("svg")>',
  "'><svg/onload=__innePwned('svg2')>",
  '</p></dd></li><img src=x onerror=__innePwned(1)>',
  '</script><script>__innePwned("close")</script>',
  '<iframe srcdoc="<script>parent.__innePwned(2)</script>">',
  '<a href="javascript:__innePwned(3)">clic</a>',
  '<details open ontoggle=__innePwned("details")>',
  '<style>*{background:url(//evil.example/x)}</style>',
  '${__innePwned("template")}',
  '{{constructor.constructor("__innePwned(4)")()}}',
  '<!--?lit$1234$--><!--<img src=x onerror=__innePwned(5)>',
  '<math><mtext><img src=x onerror=__innePwned(6)>',
  '\u202e>gmi/<evil\u202c \u200b<img src=x onerror=__innePwned(7)>',
  // A right-to-left override left open: the texts shown after it on the line would read backwards.
  'Evil\u202e',
  '＜script＞__innePwned("fullwidth")＜/script＞',
  '&lt;img src=x onerror=__innePwned(8)&gt; &#60;b&#62;',
  'javascript:__innePwned("text")',
];

/** URL variants that must never reach an attribute. */
export const dangerousUrls: readonly string[] = [
  'javascript:__innePwned("js")',
  'JaVaScRiPt:__innePwned("case")',
  'java\tscript:__innePwned("tab")',
  'java\nscript:__innePwned("newline")',
  'java\r\nscript:__innePwned("crlf")',
  '   javascript:__innePwned("spaces")',
  '\u0000\u0001\u001fjavascript:__innePwned("controls")',
  'java\u200bscript:__innePwned("zero-width")',
  'javascript&colon;__innePwned("entity")',
  '&#106;avascript:__innePwned("numeric-entity")',
  'jav&#x09;ascript:__innePwned("hex-entity")',
  'data:text/html,<script>__innePwned("data")</script>',
  'DATA:text/html;base64,PHNjcmlwdD5fX2lubmVQd25lZCgpPC9zY3JpcHQ+',
  'vbscript:msgbox("vb")',
  'file:///etc/passwd',
  '//evil.example/x',
  'http://evil.example/plain',
  'blob:https://evil.example/uuid',
  '/relative/path',
];

/**
 * URLs the feed schema accepts (https, no whitespace) that carry markup: a renderer that
 * builds HTML by string concatenation would break out of its attribute.
 */
export const validHostileUrls: readonly string[] = [
  'https://example.org/?q="><svg/onload=__innePwned("url")>',
  "https://example.org/'onmouseover='__innePwned(9)'",
  'https://example.org/<script>__innePwned(10)</script>',
];

/** Attribute values a URL attribute may hold: the allowlist of security rule 3. */
export function isSafeUrlValue(value: string): boolean {
  // `download` links are blob: URLs of files made in the page (.ics).
  return /^(https:|mailto:|tel:|blob:)/i.test(value.trim()) && value === value.trim();
}

/** What the trap recorded since `installTrap()`. */
export interface Trap {
  calls: string[];
  restore(): void;
}

interface TrapWindow {
  __innePwned?: (tag?: unknown) => void;
}

/** Replaces `__innePwned`, `alert`, `confirm`, `prompt` and `print` with recorders. */
export function installTrap(): Trap {
  const calls: string[] = [];
  const w = window as unknown as TrapWindow & Record<string, unknown>;
  const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt, print: w.print };
  w.__innePwned = (tag) => void calls.push(`payload ${String(tag)}`);
  for (const name of Object.keys(saved)) {
    w[name] = (...args: unknown[]) => void calls.push(`${name}(${args.join(', ')})`);
  }
  return {
    calls,
    restore() {
      delete w.__innePwned;
      Object.assign(w, saved);
    },
  };
}
