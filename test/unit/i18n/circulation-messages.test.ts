import { describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from '../../../src/circulation/circulation.types.ts';
import { createTranslator } from '../../../src/i18n/catalogue.ts';
import { formatDate, formatMoney } from '../../../src/i18n/formatters.ts';
import { circulationMessages, refusalMessageKey, refusalTranslations } from '../../../src/i18n/messages/circulation.ts';
import { errorMessages } from '../../../src/i18n/messages/errors.ts';

describe('refusal messages', () => {
  it.each(REFUSAL_REASONS)('has a text in every language for %s', (reason) => {
    const texts = refusalTranslations(reason);

    expect(texts.en).toMatch(/^[A-Z].*\.$/);
    expect(texts['zh-Hant']).toMatch(/^[\u4e00-\u9fff，、]+。$/);
    expect(texts['zh-Hans']).toMatch(/^[\u4e00-\u9fff，、]+。$/);
  });

  it.each(REFUSAL_REASONS)('calls the item in %s 資料, not 館藏', (reason) => {
    const texts = refusalTranslations(reason);

    expect(texts['zh-Hant']).not.toContain('館藏');
    expect(texts['zh-Hans']).not.toContain('馆藏');
  });

  it('has one key per reason and nothing else', () => {
    expect(Object.keys(circulationMessages).sort()).toEqual(REFUSAL_REASONS.map(refusalMessageKey).sort());
  });

  it('gives each reason a different English text', () => {
    expect(new Set(REFUSAL_REASONS.map((reason) => refusalTranslations(reason).en)).size).toBe(REFUSAL_REASONS.length);
  });

  it('merges with the error catalogue without clashing keys', () => {
    const translate = createTranslator(errorMessages, circulationMessages);

    expect(translate('zh-Hant', 'refusal.reserved-by-another-reader')).toBe('此資料已有其他讀者預約。');
  });
});

describe('money and date formats', () => {
  it.each([
    [1_250, 'en', 'HK$12.50'],
    [1_250, 'zh-Hant', '港幣12.50元'],
    [1_250, 'zh-Hans', '港币12.50元'],
    [123_456_789, 'en', 'HK$1,234,567.89'],
    [5, 'zh-Hant', '港幣0.05元'],
    [0, 'en', 'HK$0.00'],
  ] as const)('formats %i cents in %s as %s', (cents, language, expected) => {
    expect(formatMoney(cents, language)).toBe(expected);
  });

  it('formats another currency with Intl', () => {
    expect(formatMoney(1_250, 'en', 'GBP')).toBe('£12.50');
  });

  it.each([12.5, -1, Number.NaN])('rejects %s cents', (cents) => {
    expect(() => formatMoney(cents, 'en')).toThrow(RangeError);
  });

  it.each([
    ['en', false, '19 January 2026'],
    ['en', true, 'Monday, 19 January 2026'],
    ['zh-Hant', false, '2026年1月19日'],
    ['zh-Hant', true, '2026年1月19日星期一'],
    ['zh-Hans', false, '2026年1月19日'],
  ] as const)('formats a due date in %s (weekday %s)', (language, weekday, expected) => {
    expect(formatDate('2026-01-19T15:59:59.999Z', language, { weekday })).toBe(expected);
  });

  it('shows the Hong Kong day, not the UTC day', () => {
    expect(formatDate(new Date('2026-01-19T16:30:00.000Z'), 'en')).toBe('20 January 2026');
  });

  it('rejects an invalid date', () => {
    expect(() => formatDate('not a date', 'en')).toThrow(/Invalid date "not a date"/);
  });
});
