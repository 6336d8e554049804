// Compiles a gettext .po file for WordPress without gettext tools: a .mo file for PHP and a
// Jed JSON file for a script registered with wp_set_script_translations.

/**
 * Reads the entries of a .po file (msgctxt, msgid, msgstr; no plural forms).
 * @param {string} text
 * @returns {{ context?: string, id: string, str: string }[]}
 */
export function parsePo(text) {
  const entries = [];
  let entry = {};
  let field = null;
  const flush = () => {
    if (field && entry.id !== undefined && entry.str !== undefined) entries.push(entry);
    entry = {};
    field = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) continue;
    const m = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(line);
    if (m) {
      if (m[1] === 'msgctxt' || (m[1] === 'msgid' && field === 'str')) flush();
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'str' }[m[1]];
      entry[field] = JSON.parse(m[2]);
    } else if (line.startsWith('"') && field) {
      entry[field] += JSON.parse(line);
    } else {
      throw new Error(`Unreadable .po line: ${raw}`);
    }
  }
  flush();
  return entries;
}

const key = (e) => (e.context ? `${e.context}\u0004${e.id}` : e.id);

/**
 * A binary .mo file (little-endian, no hash table).
 * @param {{ context?: string, id: string, str: string }[]} entries
 */
export function toMo(entries) {
  const sorted = entries
    .filter((e) => e.str !== '' || e.id === '')
    .map((e) => ({ k: Buffer.from(key(e)), v: Buffer.from(e.str) }))
    .sort((a, b) => Buffer.compare(a.k, b.k));
  const n = sorted.length;
  const header = Buffer.alloc(28 + 16 * n);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(28, 12);
  header.writeUInt32LE(28 + 8 * n, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(28 + 16 * n, 24);
  const strings = [];
  let offset = header.length;
  const place = (buf, table, i) => {
    header.writeUInt32LE(buf.length, table + 8 * i);
    header.writeUInt32LE(offset, table + 8 * i + 4);
    strings.push(buf, Buffer.from([0]));
    offset += buf.length + 1;
  };
  sorted.forEach((s, i) => place(s.k, 28, i));
  sorted.forEach((s, i) => place(s.v, 28 + 8 * n, i));
  return Buffer.concat([header, ...strings]);
}

/**
 * The Jed 1.x JSON that WordPress' `wp.i18n` loads for a script.
 * @param {{ context?: string, id: string, str: string }[]} entries
 * @param {string} locale e.g. fr_FR
 */
export function toJed(entries, locale) {
  const header = entries.find((e) => e.id === '' && !e.context)?.str ?? '';
  const plural = /Plural-Forms:\s*([^\n]+)/.exec(header)?.[1] ?? 'nplurals=2; plural=(n > 1);';
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': plural } };
  for (const e of entries) if (e.id !== '' && e.str !== '') messages[key(e)] = [e.str];
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}
