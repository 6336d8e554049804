import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withUtm } from './with-utm.js';

test('withUtm adds the campaign parameters to a safe link, and only to a safe link', () => {
  const url = 'https://www.helloasso.com/associations/club-inne/adhesions/2025?lang=fr';
  assert.equal(
    withUtm(url, { source: 'malaunay.fr', medium: 'site', campaign: 'cotisations 2025' }),
    `${url}&utm_source=malaunay.fr&utm_medium=site&utm_campaign=cotisations+2025`,
  );
  assert.equal(withUtm(url), url);
  assert.equal(withUtm(url, { source: '  ' }), url);
  assert.equal(
    withUtm('https://x.org/?utm_source=old', { source: 'new' }),
    'https://x.org/?utm_source=new',
  );
  assert.equal(withUtm('javascript:alert(1)', { source: 'x' }), undefined);
  assert.equal(withUtm(undefined), undefined);
});
