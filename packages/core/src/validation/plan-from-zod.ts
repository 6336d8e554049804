import * as z from 'zod/mini';
import { codeCheckName } from '../schema/code-check.js';
import { tidyText } from '../text/tidy-text.js';
import type { LengthCheck, NumberCheck, PlanNode, StringCheck } from './plan.js';

// Reads a zod/mini schema's internals into a validation plan (Node only: the generator and its
// tests). It knows exactly the parts our schemas use, read as zod reads them, and throws on
// anything else, so that a new kind of rule is a clear failure of `pnpm generate`, never a rule
// silently left out of the browsers' validator.

interface Internals {
  def: {
    type: string;
    check?: string;
    checks?: { _zod: Internals }[];
    coerce?: boolean;
    abort?: boolean;
    when?: unknown;
    format?: string;
    pattern?: RegExp;
    maximum?: number;
    minimum?: number;
    value?: unknown;
    inclusive?: boolean;
    tx?: (value: string) => unknown;
    entries?: Record<string, string | number>;
    values?: unknown[];
    innerType?: { _zod: Internals };
    options?: { _zod: Internals }[];
    element?: { _zod: Internals };
    shape?: Record<string, { _zod: Internals }>;
    catchall?: unknown;
    keyType?: { _zod: Internals };
    valueType?: { _zod: Internals };
    mode?: string;
  };
  traits: Set<string>;
  optin?: string;
  optout?: string;
  values?: Set<unknown>;
}

class UnsupportedSchema extends Error {
  constructor(where: string, what: string) {
    super(`${where}: ${what} has no place in the validation plan (teach plan-from-zod.ts)`);
    this.name = 'UnsupportedSchema';
  }
}

// Formats whose check is their pattern alone (zod's `url`, `email`… run more code).
const patternFormats = new Set(['regex', 'date', 'datetime']);

// zod's overwrite checks are anonymous functions: each is recognised by what it does.
// `trim` is `tidyText`: trimmed, without direction controls, in NFC.
const overwrites: [StringCheck & { check: 'trim' }, (s: string) => string][] = [
  [{ check: 'trim' }, tidyText],
];
const overwriteProbes = [
  '  a B\u00a0',
  '\tx\n',
  'é ',
  'e\u0301 ',
  '',
  'A',
  ' x\u202e',
  '\u2067y\u202b ',
];

/** Checks that change nothing at run time (documentation for the JSON Schema). */
const inert = new Set(['meta', 'describe']);

function checksOf(s: Internals, where: string): Internals[] {
  // A string or number format is itself its first check, as zod runs it.
  const own = s.traits.has('$ZodCheck') ? [s] : [];
  const all = [...own, ...(s.def.checks ?? []).map((c) => c._zod)];
  for (const c of all) {
    if (c.def.abort) throw new UnsupportedSchema(where, `an aborting check (${c.def.check})`);
    const length = c.def.check === 'max_length' || c.def.check === 'min_length';
    if (c.def.when && !length)
      throw new UnsupportedSchema(where, `a conditional check (${c.def.check})`);
  }
  return all.filter((c) => !inert.has(c.def.check ?? ''));
}

/** `{ checks }`, or nothing when there are none. */
const withChecks = <T>(checks: T[]) => (checks.length ? { checks } : {});

function noChecks(s: Internals, where: string): void {
  const checks = checksOf(s, where);
  if (checks.length)
    throw new UnsupportedSchema(where, `a check (${checks[0]!.def.check}) on a ${s.def.type}`);
}

function lengthCheck(c: Internals, where: string): LengthCheck {
  if (c.def.check === 'max_length') return { check: 'max_length', maximum: c.def.maximum! };
  if (c.def.check === 'min_length') return { check: 'min_length', minimum: c.def.minimum! };
  throw new UnsupportedSchema(where, `the check ${c.def.check}`);
}

function stringCheck(c: Internals, where: string): StringCheck {
  const d = c.def;
  switch (d.check) {
    case 'string_format': {
      const { format = '', pattern } = d;
      if (!patternFormats.has(format) || !pattern)
        throw new UnsupportedSchema(where, `the string format ${format}`);
      if (pattern.global || pattern.sticky)
        throw new UnsupportedSchema(where, `a pattern with state (${pattern})`);
      return { check: 'pattern', format, pattern };
    }
    case 'overwrite': {
      const found = overwrites.find(([, f]) => overwriteProbes.every((p) => d.tx!(p) === f(p)));
      if (!found) throw new UnsupportedSchema(where, 'an overwrite other than tidyText');
      return found[0];
    }
    case 'custom': {
      const name = codeCheckName(c);
      if (!name) throw new UnsupportedSchema(where, 'a refinement not made by codeCheck');
      return { check: 'code', name };
    }
    default:
      return lengthCheck(c, where);
  }
}

function numberNode(s: Internals, where: string): PlanNode {
  let int = false;
  const checks: NumberCheck[] = [];
  for (const c of checksOf(s, where)) {
    const d = c.def;
    if (d.check === 'number_format' && d.format === 'safeint' && c === s) int = true;
    else if ((d.check === 'greater_than' || d.check === 'less_than') && typeof d.value === 'number')
      checks.push({ check: d.check, value: d.value, inclusive: d.inclusive === true });
    else throw new UnsupportedSchema(where, `the number check ${d.check} ${d.format ?? ''}`);
  }
  return { type: 'number', ...(int ? { int: true as const } : {}), ...withChecks(checks) };
}

function objectNode(s: Internals, where: string): PlanNode {
  noChecks(s, where);
  if (s.def.catchall) throw new UnsupportedSchema(where, 'a strict or loose object');
  const shape: Record<string, PlanNode> = {};
  for (const [key, field] of Object.entries(s.def.shape ?? {})) {
    const at = `${where}.${key}`;
    if (key === '__proto__') throw new UnsupportedSchema(at, 'a __proto__ key');
    const node = walk(field._zod, at);
    // The plan says "may be absent" by an `optional` node: it must be what zod says too.
    const optional = node.type === 'optional' ? 'optional' : undefined;
    if (field._zod.optin !== optional || field._zod.optout !== optional)
      throw new UnsupportedSchema(
        at,
        `a field optional in ${field._zod.optin}/${field._zod.optout}`,
      );
    shape[key] = node;
  }
  return { type: 'object', shape };
}

function walk(s: Internals, where: string): PlanNode {
  const d = s.def;
  if (d.coerce) throw new UnsupportedSchema(where, 'a coercion');
  switch (d.type) {
    case 'string':
      return {
        type: 'string',
        ...withChecks(checksOf(s, where).map((c) => stringCheck(c, where))),
      };
    case 'number':
      return numberNode(s, where);
    case 'boolean':
      noChecks(s, where);
      return { type: 'boolean' };
    case 'enum':
      noChecks(s, where);
      return { type: 'enum', values: z.util.getEnumValues(d.entries!) };
    case 'literal': {
      noChecks(s, where);
      // No `undefined` among them: only an `optional` node may take it (see compile-object.ts).
      const values = d.values!;
      if (values.some((v) => !['string', 'number', 'boolean'].includes(typeof v) && v !== null))
        throw new UnsupportedSchema(where, 'a literal that is not a text, number, boolean or null');
      return { type: 'enum', values: values as (string | number | boolean | null)[] };
    }
    case 'optional':
      noChecks(s, where);
      if (d.innerType!._zod.optin === 'defaulted') throw new UnsupportedSchema(where, 'a default');
      return { type: 'optional', of: walk(d.innerType!._zod, where) };
    case 'union': {
      noChecks(s, where);
      const exclusive = s.traits.has('$ZodDiscriminatedUnion') || s.traits.has('$ZodXor');
      if (exclusive) throw new UnsupportedSchema(where, 'a union other than z.union');
      const of = d.options!.map((o) => walk(o._zod, where));
      // zod reads a union of one option as that option.
      return of.length === 1 ? of[0]! : { type: 'union', of };
    }
    case 'array':
      return {
        type: 'array',
        of: walk(d.element!._zod, `${where}[]`),
        ...withChecks(checksOf(s, where).map((c) => lengthCheck(c, where))),
      };
    case 'object':
      return objectNode(s, where);
    case 'record': {
      noChecks(s, where);
      const key = walk(d.keyType!._zod, `${where} key`);
      if (d.mode || d.keyType!._zod.values || key.type !== 'string')
        throw new UnsupportedSchema(where, 'a record whose keys are not free texts');
      return { type: 'record', key, value: walk(d.valueType!._zod, `${where}[key]`) };
    }
    default:
      throw new UnsupportedSchema(where, `a ${d.type} schema`);
  }
}

/**
 * The validation plan of a zod/mini schema: its rules as plain data, for `compilePlan`.
 *
 * @example
 * planFromZod(z.string().check(z.maxLength(80))) // { type: 'string', checks: [{ check: 'max_length', maximum: 80 }] }
 */
export function planFromZod(schema: z.ZodMiniType, where = 'schema'): PlanNode {
  return walk((schema as unknown as { _zod: Internals })._zod, where);
}
