import type { Language } from '../../src/domain/language.ts';
import type { ItemTitle } from '../../src/circulation/circulation.types.ts';
import { phrase, type SpeechPart } from './speech.ts';
import { titleIn } from '../../src/i18n/item-title.ts';

/** Due dates are spoken as the library's calendar shows them; the libraries are in Hong Kong. */
export const LIBRARY_TIME_ZONE = 'Asia/Hong_Kong';

const DATE_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', 'zh-Hant': 'zh-HK', 'zh-Hans': 'zh-CN' };

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** A date as the caller's language says it, with the weekday: "Monday 19 January 2026", "2026年1月19日星期一". */
export function spokenDate(language: Language, isoTimestamp: string): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[language], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: LIBRARY_TIME_ZONE,
    });
    dateFormats.set(language, format);
  }
  return format.format(new Date(isoTimestamp));
}

/** The title in the caller's language: the Chinese title for Chinese callers when catalogued, in 《》. */
export function spokenTitle(language: Language, title: ItemTitle): string {
  return language === 'en' ? title.en : `《${titleIn(title, language)}》`;
}

/** "3 items" / "3項資料". */
export function spokenItemCount(language: Language, count: number): SpeechPart[] {
  return count === 1 ? phrase(language, 'phone.items.one') : phrase(language, 'phone.items.other', { count });
}

/** An amount in cents as words for the voice: "12 Hong Kong dollars and 50 cents", "港幣12元50仙". */
export function spokenAmount(language: Language, cents: number, currency: string): SpeechPart[] {
  const dollars = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  const decimal = `${dollars}.${String(rest).padStart(2, '0')}`;
  if (currency !== 'HKD') return phrase(language, 'phone.amount.otherCurrency', { decimal, currency });
  if (rest === 0) return phrase(language, 'phone.amount.whole', { dollars });
  return phrase(language, 'phone.amount.withCents', { dollars, cents: rest, decimal });
}

/** Titles joined as the language lists them: "A, B and C", "《A》、《B》同《C》". */
export function spokenList(language: Language, items: readonly string[]): SpeechPart[] {
  const [first, ...rest] = items;
  if (first === undefined) return [];
  if (rest.length === 0) return [{ kind: 'text', text: first }];
  if (rest.length === 1) return phrase(language, 'phone.list.pair', { first, last: rest[0] as string });
  return phrase(language, 'phone.list.series', { first, rest: spokenList(language, rest) });
}

const CHINESE_CHARACTER = /\p{Script=Han}/u;

/**
 * Free text (a charge reason) as the caller's voice can read it, or null when it cannot: a Chinese voice
 * reads text with Chinese characters, the English voice text without them. Trailing punctuation goes,
 * because the prompt that reads the text ends the sentence itself.
 */
export function readableText(language: Language, text: string): string | null {
  const trimmed = text.trim().replace(/[\s.。,，:：;；]+$/u, '');
  if (trimmed === '') return null;
  const chinese = CHINESE_CHARACTER.test(trimmed);
  return chinese === (language !== 'en') ? trimmed : null;
}
