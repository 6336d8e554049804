import type { Locale } from '../i18n/locale.js';

const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, currency: string, fraction: boolean): Intl.NumberFormat {
  const key = `${locale} ${currency} ${fraction}`;
  let f = formatters.get(key);
  if (!f) {
    const minor = minorDigits(currency);
    f = new Intl.NumberFormat(intlLocale[locale], {
      style: 'currency',
      currency,
      minimumFractionDigits: fraction ? minor : 0,
      maximumFractionDigits: minor,
    });
    formatters.set(key, f);
  }
  return f;
}

/** Digits after the decimal point of a currency (EUR 2, JPY 0), as Intl knows it. */
function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/**
 * An amount in minor units (cents) with its currency, the way each language writes it, without
 * ",00" when the amount is whole: "1 200 €" and "12,50 €" in French, "€1,200" in English.
 * French uses Intl's narrow no-break space between thousands and a no-break space before "€".
 *
 * @example
 * formatMoney({ amount: 120000, currency: 'EUR' }, 'fr') // '1 200 €'
 * formatMoney({ amount: 120000, currency: 'EUR' }, 'en') // '€1,200'
 */
export function formatMoney(money: { amount: number; currency: string }, locale: Locale): string {
  let digits: number;
  let f: Intl.NumberFormat;
  try {
    digits = minorDigits(money.currency);
    const whole = money.amount % 10 ** digits === 0;
    f = formatter(locale, money.currency, !whole);
  } catch {
    // An unknown currency code still shows its amount.
    return `${(money.amount / 100).toFixed(2)} ${money.currency}`;
  }
  return f.format(money.amount / 10 ** digits);
}
