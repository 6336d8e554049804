import type { PlanNode } from './plan.js';
import { prefixPaths } from './problem.js';
import { INVALID } from './validator.js';
import type { Validator } from './validator.js';

// zod's test of a plain object (an object literal or `Object.create(null)`, not a Date or Map).
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  if (typeof proto !== 'object' || proto === null || Array.isArray(proto)) return false;
  return Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/**
 * An object used as a map: each own enumerable key must pass the key node (a bad key is one
 * `invalid_key` problem, its value unread), each value the value node. A `__proto__` key is
 * skipped, never copied. The key node is a text: zod's second try of a numeric key as a number
 * cannot pass it, so it is not made here.
 */
export function compileRecord(
  node: Extract<PlanNode, { type: 'record' }>,
  compile: (node: PlanNode) => Validator,
): Validator {
  const key = compile(node.key);
  const item = compile(node.value);
  return (value, problems) => {
    if (!isPlainObject(value)) {
      problems?.push({ code: 'invalid_type', expected: 'record', input: value, path: [] });
      return INVALID;
    }
    const out: Record<PropertyKey, unknown> = {};
    let failed = false;
    for (const k of Reflect.ownKeys(value)) {
      if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, k)) continue;
      const outKey = key(k, null);
      if (outKey === INVALID) {
        if (!problems) return INVALID;
        problems.push({ code: 'invalid_key', origin: 'record', input: k, path: [k] });
        failed = true;
        continue;
      }
      if (outKey === '__proto__') continue;
      const start = problems ? problems.length : 0;
      const parsed = item(value[k], problems);
      if (parsed === INVALID) {
        if (!problems) return INVALID;
        prefixPaths(problems, start, k);
        failed = true;
      } else out[outKey as PropertyKey] = parsed;
    }
    return failed ? INVALID : out;
  };
}
