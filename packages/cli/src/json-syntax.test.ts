import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jsonSyntaxError } from './json-syntax.js';

/** `line:column reason.en` for a text, as a user would read it. */
const where = (text: string) => {
  const found = jsonSyntaxError(text);
  return found && `${found.line}:${found.column} ${found.reason.en}`;
};

describe('jsonSyntaxError', () => {
  test('valid JSON has none, whatever its shape', () => {
    for (const text of [
      '{}',
      '[]',
      ' 1 ',
      '"é"',
      '\uFEFF{"a": 1}',
      '{"a":[1,{"b":[true,false,null,-1.5e3,"\\u00e9\\n\\"x\\""]}],"c":{}}\r\n',
    ]) {
      JSON.parse(text.replace(/^\uFEFF/, ''));
      assert.equal(jsonSyntaxError(text), null, text);
    }
  });

  test('the slips of a hand-edited feed: where, and why', () => {
    assert.equal(where('{\n  "a": [\n    1,\n  ]\n}'), '3:6 extra comma before "]"');
    assert.equal(where('{"a": 1,\n}'), '1:8 extra comma before "}"');
    assert.equal(where('{\n  "a": 1\n  "b": 2\n}'), '3:3 "," or "}" expected (a missing comma?)');
    assert.equal(where('[1 2]'), '1:4 "," or "]" expected (a missing comma?)');
    assert.equal(where('{a: 1}'), '1:2 field name without quotes: write "name": …');
    assert.equal(
      where("{'a': 1}"),
      '1:2 single quote: texts and field names are written in double quotes ("…")',
    );
    assert.equal(where('// the feed\n{}'), '1:1 JSON has no comments');
    assert.equal(
      where('{"a": "two\nlines"}'),
      '1:11 line break or tab inside a text: write \\n or \\t',
    );
    assert.equal(where('{"a": "\\x"}'), '1:8 invalid escape "\\x"');
    assert.equal(where('{"a" 1}'), '1:6 ":" expected');
    assert.equal(where('{"a": 1}}'), '1:9 more text after the end of the JSON');
    assert.equal(where('<html>'), '1:1 unexpected "<"');
    assert.equal(where(''), '1:1 the text is empty');
  });

  test('a text cut short says so, at its end', () => {
    const closed = 'the text ends too early: a brace, a bracket or a quote is not closed';
    assert.equal(where('{"version": 1,\n"projects": ['), `2:14 ${closed}`);
    assert.equal(where('{"a": "b'), `1:9 ${closed}`);
  });

  test('in French too', () => {
    assert.deepEqual(jsonSyntaxError('[1,]')?.reason, {
      fr: 'virgule en trop avant «\u00a0]\u00a0»',
      en: 'extra comma before "]"',
    });
  });

  test('nesting thousands deep does not overflow the stack', () => {
    assert.equal(
      where('['.repeat(100_000)),
      `1:100001 the text ends too early: a brace, a bracket or a quote is not closed`,
    );
    assert.equal(jsonSyntaxError('['.repeat(50_000) + ']'.repeat(50_000)), null);
  });
});
