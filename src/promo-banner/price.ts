import { msg, str } from '@lit/localize';
import { figure, LATIN_DIGITS } from '../core/figures.js';

/** How often a price is paid: `once` shows the amount alone. */
export const PRICE_PERIODS = ['month', 'year', 'week', 'day', 'once'] as const;
export type PricePeriod = (typeof PRICE_PERIODS)[number];

/** A price as data, formatted for the reader's locale when it is shown. */
export interface Price {
  amount: number;
  /** An ISO 4217 code, e.g. `USD`. */
  currency: string;
  period: PricePeriod;
}

/** A price written two ways: compact for the eye ("$15/mo") and in words for screen readers ("$15 per month"). */
export interface FormattedPrice {
  short: string;
  long: string;
}

/** Parses an amount of money: a finite, non-negative number such as `15` or `9.99`. */
export function parseAmount(value: string | null | undefined): number | undefined {
  // Plain decimals only: Number() also takes "-0", "0x10", "1e3" and "Infinity".
  const text = value?.trim() ?? '';
  return /^(?:\d+(?:\.\d+)?|\.\d+)$/.test(text) ? Number(text) : undefined;
}

let knownCurrencies: Set<string> | undefined;

/** Parses a currency code that `Intl` knows (`usd` → `USD`); `Intl` itself formats any three letters. */
export function parseCurrency(value: string | null | undefined): string | undefined {
  const code = value?.trim().toUpperCase() ?? '';
  if (!/^[A-Z]{3}$/.test(code)) return undefined;
  try {
    knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  } catch {
    return code;
  }
  return knownCurrencies.has(code) ? code : undefined;
}

/** Formats `price` in `locale`: "$15/mo" and "$15 per month" in English, "15 US$/mes" in Spanish. */
export function formatPrice(price: Price, locale: string): FormattedPrice {
  const whole = Number.isInteger(price.amount);
  const amount = figure(
    locale,
    `${price.currency}${price.amount}`,
    () =>
      new Intl.NumberFormat(locale, {
        ...LATIN_DIGITS,
        style: 'currency',
        currency: price.currency,
        // A whole amount reads as "$15", not "$15.00", as offers are written.
        minimumFractionDigits: whole ? 0 : undefined,
        maximumFractionDigits: whole ? 0 : undefined,
      }).format(price.amount),
    () => `${price.amount} ${price.currency}`,
  );
  switch (price.period) {
    case 'month':
      return {
        short: msg(str`${amount}/mo`, {
          desc: 'Price per month, compact and visible. The placeholder is the amount with its currency, e.g. "$15".',
        }),
        long: msg(str`${amount} per month`, {
          desc: 'Price per month in words, read by screen readers. The placeholder is the amount with its currency.',
        }),
      };
    case 'year':
      return {
        short: msg(str`${amount}/yr`, {
          desc: 'Price per year, compact and visible. The placeholder is the amount with its currency, e.g. "$15".',
        }),
        long: msg(str`${amount} per year`, {
          desc: 'Price per year in words, read by screen readers. The placeholder is the amount with its currency.',
        }),
      };
    case 'week':
      return {
        short: msg(str`${amount}/wk`, {
          desc: 'Price per week, compact and visible. The placeholder is the amount with its currency, e.g. "$15".',
        }),
        long: msg(str`${amount} per week`, {
          desc: 'Price per week in words, read by screen readers. The placeholder is the amount with its currency.',
        }),
      };
    case 'day':
      return {
        short: msg(str`${amount}/day`, {
          desc: 'Price per day, compact and visible. The placeholder is the amount with its currency, e.g. "$15".',
        }),
        long: msg(str`${amount} per day`, {
          desc: 'Price per day in words, read by screen readers. The placeholder is the amount with its currency.',
        }),
      };
    default:
      return { short: amount, long: amount };
  }
}
