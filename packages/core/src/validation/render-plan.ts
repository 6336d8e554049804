import type { PlanNode } from './plan.js';

/** What the generated module exports: a plan, or a record of plans (one per collection). */
export type PlanExports = Record<string, PlanNode | Record<string, PlanNode>>;

const isNode = (value: unknown): value is PlanNode =>
  typeof value === 'object' && value !== null && typeof (value as PlanNode).type === 'string';

const identifier = /^[A-Za-z_$][\w$]*$/;
const keyText = (key: string) => (identifier.test(key) ? key : JSON.stringify(key));

// Plain data as TypeScript: regexes as literals (`source` escapes slashes and line breaks).
function data(value: unknown, node: (n: PlanNode) => string): string {
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (Array.isArray(value))
    return `[${value.map((v) => (isNode(v) ? node(v) : data(v, node))).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(
      ([k, v]) => `${keyText(k)}: ${isNode(v) ? node(v) : data(v, node)}`,
    );
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  if (typeof value === 'string')
    return `'${JSON.stringify(value).slice(1, -1).replace(/'/g, "\\'")}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  throw new Error(`validation plan: cannot write ${typeof value}`);
}

/**
 * The generated module's text. A node found several times (an id, a date) is written once, as
 * a constant the others share: a smaller file, and one compiled validator for all of them.
 */
export function renderPlanModule(exports: PlanExports, header: string): string {
  // Every node's full text, to find the repeated ones.
  const full = new Map<PlanNode, string>();
  const seen = new Map<string, number>();
  const expand = (n: PlanNode): string => {
    let text = full.get(n);
    if (text === undefined) {
      text = data(n, expand);
      full.set(n, text);
    }
    seen.set(text, (seen.get(text) ?? 0) + 1);
    return text;
  };
  for (const value of Object.values(exports)) {
    for (const n of isNode(value) ? [value] : Object.values(value)) expand(n);
  }

  const declarations: string[] = [];
  const names = new Map<string, string>();
  const write = (n: PlanNode): string => {
    const text = full.get(n)!;
    const known = names.get(text);
    if (known) return known;
    const own = data(n, write);
    if (seen.get(text)! < 2 || own.length < 40) return own;
    const name = `n${names.size + 1}`;
    names.set(text, name);
    declarations.push(`const ${name}: PlanNode = ${own};`);
    return name;
  };

  const body = Object.entries(exports).map(([name, value]) => {
    if (isNode(value)) return `export const ${name}: PlanNode = ${write(value)};`;
    const keys = Object.keys(value);
    const type = `Readonly<Record<${keys.map((k) => `'${k}'`).join(' | ')}, PlanNode>>`;
    const entries = keys.map((k) => `  ${keyText(k)}: ${write(value[k]!)},`);
    return `export const ${name}: ${type} = {\n${entries.join('\n')}\n};`;
  });
  return [
    header,
    "import type { PlanNode } from './plan.js';",
    '',
    ...declarations,
    '',
    ...body.flatMap((b) => [b, '']),
  ].join('\n');
}
