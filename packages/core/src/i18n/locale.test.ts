import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isKitLocale, primaryLanguage, toLocale } from './locale.js';

describe('language tags', () => {
  test('toLocale keeps English and falls back to French for any other language', () => {
    assert.equal(toLocale('en-GB'), 'en');
    assert.equal(toLocale(' EN '), 'en');
    assert.equal(toLocale('fr_FR'), 'fr');
    assert.equal(toLocale('de'), 'fr');
    assert.equal(toLocale(undefined), 'fr');
  });

  test('primaryLanguage drops region and script, in lower case', () => {
    assert.equal(primaryLanguage('en-GB'), 'en');
    assert.equal(primaryLanguage('FR_fr'), 'fr');
    assert.equal(primaryLanguage('zh-Hant-TW'), 'zh');
    assert.equal(primaryLanguage(null), '');
  });

  test('isKitLocale tells the languages the kit speaks from the others', () => {
    for (const tag of ['fr', 'en', 'en-GB', 'EN', 'fr_FR'])
      assert.equal(isKitLocale(tag), true, tag);
    for (const tag of ['de', 'br', 'english', '', undefined])
      assert.equal(isKitLocale(tag), false, String(tag));
  });
});
