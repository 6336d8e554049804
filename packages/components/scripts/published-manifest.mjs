// An analyzer plugin that makes custom-elements.json describe the published package, not the
// source tree: each element in the module a user imports (`dist/<tag>.js`), the base class and
// helpers in `dist/index.js`, every tag in `dist/define.js`; only the public API (no private or
// protected members, no internal modules). Tags come from the `defineElement('<tag>', Class)`
// calls of `src/*/define.ts`, the same source as the build entries, so a new component is
// described without an `@tag` line. Two JSDoc tags of its own: `@token` describes a page token
// once for every element that reads it (the base class's list), and `@unused` drops inherited
// members an element does not use (the form reads no feed: no `src`, no `inne-load`).
import { readFileSync, readdirSync } from 'node:fs';

/**
 * `{ tag, className }` for every tag registered by a `src/<folder>/define.ts`, once. A define
 * module is named after the first tag it registers (as the build names its entry); one that
 * also registers a tag it uses (the assessment registers the radar) does not describe it twice.
 */
export function definitions(srcDir = 'src') {
  const found = new Map();
  for (const dir of readdirSync(srcDir, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    let source;
    try {
      source = readFileSync(`${srcDir}/${dir.name}/define.ts`, 'utf8');
    } catch {
      continue;
    }
    const calls = [...source.matchAll(/defineElement\(\s*'(inne-[a-z-]+)'\s*,\s*(\w+)\s*\)/g)];
    calls.forEach(([, tag, className], i) => {
      if (i === 0 || !found.has(tag)) found.set(tag, { tag, className });
    });
  }
  return [...found.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

// Where the analyzer puts what each JSDoc tag describes.
const lists = {
  attr: 'attributes',
  attribute: 'attributes',
  csspart: 'cssParts',
  cssprop: 'cssProperties',
  cssproperty: 'cssProperties',
  fires: 'events',
  event: 'events',
  slot: 'slots',
};
const tagInText =
  /\s@(attr|attribute|csspart|cssprop|cssproperty|fires|event|slot)\s+(?:\{([^}]*)\}\s+)?(\[?[\w-]+(?:=[^\]]*)?\]?)(?:\s+-)?\s*/;

/**
 * The analyzer reads one JSDoc tag per line: `@csspart a - A. @csspart b - B.` gives part `a`
 * described "A. @csspart b - B.". Splits such descriptions back into their own entries.
 */
function splitTags(d) {
  let again = true;
  while (again) {
    again = false;
    for (const key of new Set(Object.values(lists))) {
      for (let i = 0; i < (d[key]?.length ?? 0); i++) {
        const item = d[key][i];
        const match = item.description && tagInText.exec(item.description);
        if (!match) continue;
        const [whole, tag, type, rawName] = match;
        const rest = item.description.slice(match.index + whole.length).trim();
        item.description = item.description.slice(0, match.index).trim();
        const [name, fallback] = rawName.replace(/^\[|\]$/g, '').split('=');
        const list = (d[lists[tag]] ??= []);
        let entry = list.find((e) => e.name === name);
        if (!entry) list.splice(list === d[key] ? i + 1 : list.length, 0, (entry = { name }));
        else again = true; // an entry met before: read it again on the next pass
        entry.description = rest;
        if (type) entry.type = { text: type };
        if (fallback) entry.default = fallback;
      }
    }
  }
}

const isPublic = (member) =>
  !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected';

/** `/src/a/b.js`, `./a/b.js`, `src/a/b.ts` → `src/a/b.ts` */
const sourcePath = (module) =>
  module
    .replace(/^\.?\/?(src\/)?/, 'src/')
    .replace(/\.js$/, '.ts')
    .replace(/^src\/\.\//, 'src/');

/** `{ tag: [comment…] }` of the `@token` and `@unused` JSDoc tags of a class node. */
function ownTags(ts, node) {
  const out = { token: [], unused: [] };
  for (const tag of ts.getJSDocTags(node)) {
    const name = tag.tagName.text;
    if (name in out) out[name].push(ts.getTextOfJSDocComment(tag.comment)?.trim() ?? '');
  }
  return out;
}

/**
 * `@token --inne-gap - Space between items.` lines of a class: the shared description of a
 * token, true for every element that reads it (each element's own list may say more).
 */
const tokensOf = (lines) =>
  lines.map((line) => {
    const [, name, description] = /^(--[\w-]+)\s*(?:-\s*)?([\s\S]*)$/.exec(line) ?? [];
    if (!name) throw new Error(`custom-elements.json: "@token ${line}" names no --token`);
    return { name, description: description.replace(/\s+/g, ' ').trim() };
  });

/**
 * Removes from an element the inherited attributes, properties, methods and events its
 * `@unused` tag names (`@unused src feed refresh inne-load inne-error`; an attribute goes with
 * its property). A name it does not inherit is an error: the tag only hides what the base class
 * gives and the element ignores. A `--inne-*` token it names is one its base styles read and it
 * never shows (the form has no loading placeholder): nothing to drop, since an element lists
 * only its own tokens; `pnpm docs:check` holds that it does not list it.
 */
function dropUnused(d, names) {
  for (const name of names.filter((n) => !n.startsWith('--'))) {
    let found = false;
    for (const key of ['attributes', 'members', 'events']) {
      const kept = (d[key] ?? []).filter((item) => {
        // `no-jsonld` names the attribute and its property `noJsonld`.
        if (![item.name, item.fieldName, item.attribute].includes(name)) return true;
        if (!item.inheritedFrom)
          throw new Error(`custom-elements.json: ${d.name} declares its own ${name} @unused`);
        found = true;
        return false;
      });
      if (d[key]) d[key] = kept;
    }
    if (!found) throw new Error(`custom-elements.json: ${d.name} inherits no ${name} (@unused)`);
  }
}

export function publishedManifest() {
  const tagged = new Map(); // class name → its @token and @unused tags
  return {
    name: 'inne-published-manifest',
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const tags = ownTags(ts, node);
        if (tags.token.length || tags.unused.length) tagged.set(node.name.text, tags);
      }
    },
    // After the analyzer's own link phase: inheritance is applied, so the base class's shared
    // tokens are not copied to each element.
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const mod of manifest.modules)
        for (const d of mod.declarations ?? []) {
          const tags = tagged.get(d.name);
          if (!tags) continue;
          if (tags.token.length) d.cssProperties = tokensOf(tags.token);
          dropUnused(d, tags.unused.flatMap((line) => line.split(/\s+/)).filter(Boolean));
        }
      const defs = definitions();
      const byName = new Map();
      for (const mod of manifest.modules)
        for (const d of mod.declarations ?? [])
          if (!byName.has(d.name)) byName.set(d.name, { d, mod });

      const where = new Map(); // source module path → published module path
      const elementModules = [];
      for (const { tag, className } of defs) {
        const found = byName.get(className);
        if (!found) throw new Error(`custom-elements.json: no class ${className} for <${tag}>`);
        const path = `dist/${tag}.js`;
        Object.assign(found.d, { tagName: tag, customElement: true });
        where.set(found.mod.path, path);
        elementModules.push({ path, d: found.d, tag });
      }

      const index = manifest.modules.find((m) => m.path === 'src/index.ts');
      const indexDeclarations = [];
      const indexExports = [];
      for (const e of index?.exports ?? []) {
        const found = byName.get(e.name);
        if (!found) continue; // a type: not described by the manifest
        const element = elementModules.find((m) => m.d === found.d);
        if (!element) {
          indexDeclarations.push(found.d);
          where.set(found.mod.path, 'dist/index.js');
        }
        indexExports.push({
          kind: 'js',
          name: e.name,
          declaration: { name: e.name, module: element ? element.path : 'dist/index.js' },
        });
      }

      const relink = (ref) => {
        if (ref?.module) {
          const published = where.get(sourcePath(ref.module));
          if (published) ref.module = published;
          else delete ref.module;
        }
      };
      const clean = (d) => {
        splitTags(d);
        if (d.members) d.members = d.members.filter(isPublic);
        relink(d.superclass);
        for (const list of [
          d.members,
          d.attributes,
          d.events,
          d.cssParts,
          d.cssProperties,
          d.slots,
        ])
          for (const item of list ?? []) relink(item.inheritedFrom);
        return d;
      };

      manifest.modules = [
        ...elementModules.map(({ path, d, tag }) => ({
          kind: 'javascript-module',
          path,
          declarations: [clean(d)],
          exports: [
            { kind: 'js', name: d.name, declaration: { name: d.name, module: path } },
            {
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: d.name, module: path },
            },
          ],
        })),
        {
          kind: 'javascript-module',
          path: 'dist/index.js',
          declarations: indexDeclarations.map(clean),
          exports: indexExports,
        },
        {
          kind: 'javascript-module',
          path: 'dist/define.js',
          declarations: [],
          exports: elementModules.map(({ path, d, tag }) => ({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: d.name, module: path },
          })),
        },
      ];
    },
  };
}
