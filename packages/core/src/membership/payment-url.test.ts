import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paymentUrl } from './payment-url.js';

const campaign = { paymentUrl: 'https://www.helloasso.com/associations/club-inne/adhesions/2025' };

test("the page's own https link wins over the campaign's", () => {
  assert.equal(
    paymentUrl(campaign, ' https://example.org/adherer '),
    'https://example.org/adherer',
  );
});

test("a link that cannot be used falls back to the campaign's, never to no button", () => {
  for (const bad of ['http://example.org/adherer', 'javascript:alert(1)', 'example.org', '']) {
    assert.equal(paymentUrl(campaign, bad), campaign.paymentUrl, bad);
  }
  assert.equal(paymentUrl(campaign), campaign.paymentUrl);
});

test('neither usable: no payment page', () => {
  assert.equal(paymentUrl({}, 'http://example.org'), undefined);
  assert.equal(paymentUrl({ paymentUrl: 'http://example.org' }), undefined);
});
