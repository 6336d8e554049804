import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readArgs } from './args.js';

const options = {
  price: { type: 'string' },
  output: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
} as const;

describe('readArgs', () => {
  test('a negative number after an option that takes a value is its value', () => {
    const read = readArgs(['a.json', '--price', '-5', '-o', '-0.5', '--json'], options);
    assert.ok(!('error' in read), JSON.stringify(read));
    assert.deepEqual({ ...read.values }, { price: '-5', output: '-0.5', json: true });
    assert.deepEqual(read.positionals, ['a.json']);
  });

  test('after --, a negative number stays an argument; before it, flags stay flags', () => {
    const ended = readArgs(['--json', '--', '-5', '--price'], options);
    assert.ok(!('error' in ended), JSON.stringify(ended));
    assert.deepEqual({ ...ended.values }, { json: true });
    assert.deepEqual(ended.positionals, ['-5', '--price']);
    const forgotten = readArgs(['--price', '--json'], options);
    assert.ok('error' in forgotten);
    assert.equal(forgotten.error.en, '--price needs a value');
    const dashed = readArgs(['-o', '-x.json'], options);
    assert.ok('error' in dashed);
    assert.equal(
      dashed.error.en,
      '-o needs a value (a value that starts with "-" is written --output=-…)',
    );
  });

  test('a missing value names the option as it can be written', () => {
    const read = readArgs(['-o'], options);
    assert.ok('error' in read);
    assert.deepEqual(read.error, {
      fr: '-o, --output demande une valeur',
      en: '-o, --output needs a value',
    });
  });
});
