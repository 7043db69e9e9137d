import { LIBRARY_TIME_ZONE } from '../domain/library-day.ts';
import type { Language } from '../domain/language.ts';

/** BCP 47 locale used with `Intl` for each language: British English, Hong Kong Chinese, mainland Chinese. */
export const INTL_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', 'zh-Hant': 'zh-HK', 'zh-Hans': 'zh-CN' };

const HONG_KONG_DOLLARS: Readonly<Record<Language, (amount: string) => string>> = {
  en: (amount) => `HK$${amount}`,
  'zh-Hant': (amount) => `港幣${amount}元`,
  'zh-Hans': (amount) => `港币${amount}元`,
};

const groupedWholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * Formats an amount of money the way a reader reads it: `HK$1,212.50`, `港幣1,212.50元`, `港币1,212.50元`.
 * Other currencies use `Intl`'s currency format. Throws RangeError unless `amountCents` is a whole number
 * of cents from 0 up.
 */
export function formatMoney(amountCents: number, language: Language, currency = 'HKD'): string {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0) throw new RangeError(`amountCents must be a whole number from 0, not ${amountCents}`);

  if (currency !== 'HKD') {
    return new Intl.NumberFormat(INTL_LOCALES[language], { style: 'currency', currency }).format(amountCents / 100);
  }
  const whole = groupedWholeNumber.format(Math.trunc(amountCents / 100));
  const cents = String(amountCents % 100).padStart(2, '0');
  return HONG_KONG_DOLLARS[language](`${whole}.${cents}`);
}

export interface DateFormatOptions {
  /** Adds the day of the week: `Monday, 19 January 2026`, `2026年1月19日星期一`. */
  weekday?: boolean;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats the Hong Kong calendar date of an instant: `19 January 2026` in English, `2026年1月19日` in
 * Chinese. A due date stored as the end of its day is shown as that day.
 */
export function formatDate(instant: Date | string, language: Language, options: DateFormatOptions = {}): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date ${JSON.stringify(instant)}`);

  const cacheKey = `${language}:${options.weekday === true}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[language], {
      timeZone: LIBRARY_TIME_ZONE,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      ...(options.weekday ? { weekday: 'long' as const } : {}),
    });
    dateFormats.set(cacheKey, format);
  }
  return format.format(date);
}
