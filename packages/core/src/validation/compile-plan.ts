import { compileArray } from './compile-array.js';
import { compileNumber } from './compile-number.js';
import { compileObject } from './compile-object.js';
import { compileRecord } from './compile-record.js';
import { compileString } from './compile-string.js';
import { compileUnion } from './compile-union.js';
import type { PlanNode } from './plan.js';
import { INVALID } from './validator.js';
import type { Validator } from './validator.js';

// Plan nodes shared by several schemas (an id, a text) are compiled once.
const compiled = new WeakMap<PlanNode, Validator>();

/**
 * The validator of a plan node: plain closures built once per node, so reading a value walks
 * no data and allocates only its output. No `eval` or `new Function` (strict CSP pages).
 *
 * @example
 * const read = compilePlan(projectsPlan);
 * const project = read(item, null); // the parsed project, or INVALID
 */
export function compilePlan(node: PlanNode): Validator {
  let validator = compiled.get(node);
  if (!validator) compiled.set(node, (validator = build(node)));
  return validator;
}

function build(node: PlanNode): Validator {
  switch (node.type) {
    case 'string':
      return compileString(node);
    case 'number':
      return compileNumber(node);
    case 'object':
      return compileObject(node, compilePlan);
    case 'array':
      return compileArray(node, compilePlan);
    case 'record':
      return compileRecord(node, compilePlan);
    case 'union':
      return compileUnion(node, compilePlan);
    case 'optional': {
      const inner = compilePlan(node.of);
      return (value, problems) => (value === undefined ? undefined : inner(value, problems));
    }
    case 'boolean':
      return (value, problems) => {
        if (typeof value === 'boolean') return value;
        problems?.push({ code: 'invalid_type', expected: 'boolean', input: value, path: [] });
        return INVALID;
      };
    case 'enum': {
      const { values } = node;
      const allowed = new Set<unknown>(values);
      return (value, problems) => {
        if (allowed.has(value)) return value;
        problems?.push({ code: 'invalid_value', values, input: value, path: [] });
        return INVALID;
      };
    }
  }
}
