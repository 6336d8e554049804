// Every `--inne-*` token of the Custom Elements Manifest, for the "every token" tables of
// docs/reference.md and Storybook's theming page: which elements read it and what it sets. A
// token several elements read takes its description from the base class's shared list
// (`@token` in its JSDoc), true for all of them; an element's own wording ("Space between
// events.") stays in its own table. Plain JS without Node APIs: Storybook imports it too.

/** `[{ name, description, tags }]` by name; throws when a shared token has no shared description. */
export function everyToken(manifest) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const shared = new Map(
    declarations
      .filter((d) => !d.tagName)
      .flatMap((d) => (d.cssProperties ?? []).map((p) => [p.name, p.description])),
  );
  const tokens = new Map();
  for (const d of declarations.filter((x) => x.customElement && x.tagName))
    for (const p of d.cssProperties ?? []) {
      const t = tokens.get(p.name) ?? { name: p.name, description: p.description, tags: [] };
      t.tags.push(d.tagName);
      tokens.set(p.name, t);
    }
  const problems = [];
  for (const t of tokens.values()) {
    if (shared.has(t.name)) t.description = shared.get(t.name);
    else if (t.tags.length > 1)
      problems.push(`${t.name} (read by ${t.tags.map((x) => `<${x}>`).join(', ')})`);
  }
  for (const name of shared.keys())
    if (!tokens.has(name)) problems.push(`${name} (shared, but no element lists it)`);
  if (problems.length)
    throw new Error(
      `Tokens several elements read need one description true for all, in the @token list of InneElement: ${problems.join('; ')}`,
    );
  return [...tokens.values()].sort((a, b) => a.name.localeCompare(b.name));
}
