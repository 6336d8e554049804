import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as z from 'zod/mini';
import { codeCheck } from '../schema/code-check.js';
import { tidyText } from '../text/tidy-text.js';
import { planFromZod } from './plan-from-zod.js';

describe('planFromZod', () => {
  test('states each rule as zod reads it, in zod’s order', () => {
    const schema = z.object({
      name: z.string().check(z.overwrite(tidyText), z.minLength(1), z.maxLength(20)),
      code: z.string().check(z.regex(/^[A-Z]{2}$/), codeCheck('timeZone'), z.meta({ x: 1 })),
      day: z.optional(z.iso.date()),
      count: z.int().check(z.gte(0), z.lt(10)),
      share: z.number().check(z.gt(0)),
      level: z.union([z.literal(1), z.literal('na')]),
      kind: z.enum(['a', 'b']),
      on: z.boolean(),
      tags: z.array(z.string()).check(z.maxLength(3)),
      marks: z.record(z.string(), z.number()),
    });
    assert.deepEqual(planFromZod(schema), {
      type: 'object',
      shape: {
        name: {
          type: 'string',
          checks: [
            { check: 'trim' },
            { check: 'min_length', minimum: 1 },
            { check: 'max_length', maximum: 20 },
          ],
        },
        code: {
          type: 'string',
          checks: [
            { check: 'pattern', format: 'regex', pattern: /^[A-Z]{2}$/ },
            { check: 'code', name: 'timeZone' },
          ],
        },
        day: {
          type: 'optional',
          of: {
            type: 'string',
            checks: [{ check: 'pattern', format: 'date', pattern: z.iso.date()._zod.def.pattern }],
          },
        },
        count: {
          type: 'number',
          int: true,
          checks: [
            { check: 'greater_than', value: 0, inclusive: true },
            { check: 'less_than', value: 10, inclusive: false },
          ],
        },
        share: { type: 'number', checks: [{ check: 'greater_than', value: 0, inclusive: false }] },
        level: {
          type: 'union',
          of: [
            { type: 'enum', values: [1] },
            { type: 'enum', values: ['na'] },
          ],
        },
        kind: { type: 'enum', values: ['a', 'b'] },
        on: { type: 'boolean' },
        tags: {
          type: 'array',
          of: { type: 'string' },
          checks: [{ check: 'max_length', maximum: 3 }],
        },
        marks: { type: 'record', key: { type: 'string' }, value: { type: 'number' } },
      },
    });
  });

  test('refuses what it cannot state, rather than leave a rule out', () => {
    const refused: [string, z.ZodMiniType][] = [
      ['an email', z.email()],
      ['a URL format', z.url()],
      ['a refinement', z.string().check(z.refine((s) => s.length > 2))],
      ['another overwrite', z.string().check(z.toLowerCase())],
      // The plan's `trim` also removes direction controls: a plain trim is another rule.
      ['a plain trim', z.string().check(z.trim())],
      ['a coercion', z.coerce.string()],
      ['a strict object', z.strictObject({ a: z.string() })],
      ['a default', z.object({ a: z._default(z.string(), 'x') })],
      [
        'a transform',
        z.pipe(
          z.string(),
          z.transform((s) => s.length),
        ),
      ],
      ['a literal undefined', z.object({ a: z.literal(undefined) })],
      ['a record of known keys', z.record(z.enum(['a']), z.string())],
      ['a discriminated union', z.discriminatedUnion('t', [z.object({ t: z.literal('a') })])],
      ['a check on an object', z.object({}).check(z.refine(() => true))],
      ['a 32-bit integer', z.int32()],
      ['a nullable', z.nullable(z.string())],
    ];
    for (const [what, schema] of refused)
      assert.throws(() => planFromZod(schema), /has no place in the validation plan/, what);
  });
});
