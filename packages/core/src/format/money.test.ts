import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatMoney } from './money.js';

// Intl's French separators: narrow no-break space for thousands, no-break space before "€".
const show = (s: string) => s.replace(/\u202f/g, '_').replace(/\u00a0/g, '~');

describe('formatMoney', () => {
  test('whole euros without ",00", the French way', () => {
    assert.equal(show(formatMoney({ amount: 120000, currency: 'EUR' }, 'fr')), '1_200~€');
    assert.equal(show(formatMoney({ amount: 5000, currency: 'EUR' }, 'fr')), '50~€');
    assert.equal(show(formatMoney({ amount: 0, currency: 'EUR' }, 'fr')), '0~€');
  });

  test('cents when there are some', () => {
    assert.equal(show(formatMoney({ amount: 1250, currency: 'EUR' }, 'fr')), '12,50~€');
    assert.equal(formatMoney({ amount: 1250, currency: 'EUR' }, 'en'), '€12.50');
  });

  test('English', () => {
    assert.equal(formatMoney({ amount: 120000, currency: 'EUR' }, 'en'), '€1,200');
  });

  test('a currency without minor units is not divided by 100', () => {
    assert.equal(formatMoney({ amount: 1200, currency: 'JPY' }, 'en'), 'JP¥1,200');
  });
});
