import { describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from '../../../src/circulation/circulation.types.ts';
import { LANGUAGES } from '../../../src/domain/language.ts';
import { PHONE_PROMPTS } from '../../../ivr/prompts/phone-prompts.ts';
import { phrase, speechText, utterance } from '../../../ivr/twiml/speech.ts';
import { readableText, spokenAmount, spokenDate, spokenList } from '../../../ivr/twiml/spoken-values.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');

/** Prompts whose languages use different parameters of the ones the code passes (an amount as `12.50港元`). */
const PASSED_PARAMETERS: Record<string, string[]> = {
  'phone.amount.withCents': ['dollars', 'cents', 'decimal'],
  'phone.charges.itemWithReason': ['position', 'reason', 'amount'],
  'phone.loanChoice': ['position', 'total', 'title', 'date'],
  'phone.loanChoice.last': ['position', 'total', 'title', 'date'],
};

describe('phone prompt catalogues', () => {
  it.each(Object.keys(PHONE_PROMPTS))('%s has text in every language with the parameters passed', (key) => {
    const translations = PHONE_PROMPTS[key as keyof typeof PHONE_PROMPTS];
    const passed = PASSED_PARAMETERS[key] ?? placeholders(translations.en);

    for (const language of LANGUAGES) {
      expect(translations[language].trim()).not.toBe('');
      expect(translations[language]).not.toMatch(/TODO|TBD|lorem|\?\?\?/i);
      for (const name of placeholders(translations[language])) expect(passed).toContain(name);
    }
  });

  it('writes Cantonese in Traditional and Putonghua in Simplified characters', () => {
    expect(PHONE_PROMPTS['phone.askCard']['zh-Hant']).toContain('圖書證');
    expect(PHONE_PROMPTS['phone.askCard']['zh-Hans']).toContain('图书证');
    expect(PHONE_PROMPTS['phone.menu']['zh-Hant']).toContain('米字鍵');
    expect(PHONE_PROMPTS['phone.menu']['zh-Hans']).toContain('星号键');
  });

  it('has a spoken reason for every refusal reason', () => {
    const missing = REFUSAL_REASONS.filter((reason) => !(`phone.reason.${reason}` in PHONE_PROMPTS));

    expect(missing).toEqual([]);
  });

  it('has a reason for several items for every refusal reason', () => {
    const missing = REFUSAL_REASONS.filter((reason) => !(`phone.reasons.${reason}` in PHONE_PROMPTS));

    expect(missing).toEqual([]);
  });

  it('calls library items 資料 and 资料 in Chinese, never 物品', () => {
    for (const translations of Object.values(PHONE_PROMPTS)) {
      expect(translations['zh-Hant']).not.toContain('物品');
      expect(translations['zh-Hans']).not.toContain('物品');
    }
    expect(PHONE_PROMPTS['phone.items.other']['zh-Hant']).toBe('{count}項資料');
    expect(PHONE_PROMPTS['phone.items.other']['zh-Hans']).toBe('{count}项资料');
  });
});

describe('speech', () => {
  it('keeps a reference as digits to be read one by one', () => {
    const parts = phrase('en', 'phone.renewAll.someRefused', { refused: 1, total: 2, reference: { digits: '5731653928' } });

    expect(parts).toEqual([
      { kind: 'text', text: '1 of your 2 items could not be renewed. Your reference number is ' },
      { kind: 'digits', digits: '5731653928' },
      { kind: 'text', text: '.' },
    ]);
    expect(speechText(parts)).toBe('1 of your 2 items could not be renewed. Your reference number is 5 7 3 1 6 5 3 9 2 8.');
  });

  it('throws on a missing parameter instead of saying the placeholder', () => {
    expect(() => phrase('en', 'phone.loans.intro')).toThrow('Prompt phone.loans.intro needs the parameter items');
  });

  it('joins English sentences with spaces and Chinese without', () => {
    expect(speechText(utterance('en', phrase('en', 'phone.welcome'), phrase('en', 'phone.chooseLanguage')).parts)).toBe(
      'Welcome to the library telephone renewal line. For English, press 3.',
    );
    expect(speechText(utterance('zh-Hant', phrase('zh-Hant', 'phone.welcome'), phrase('zh-Hant', 'phone.chooseLanguage')).parts)).toBe(
      '歡迎致電圖書館電話續借服務。廣東話，請按1。',
    );
  });

  it.each([
    ['en', 1250, '12 Hong Kong dollars and 50 cents'],
    ['en', 3000, '30 Hong Kong dollars'],
    ['zh-Hant', 1250, '港幣12元50仙'],
    ['zh-Hans', 1250, '12.50港元'],
    ['zh-Hans', 3000, '30港元'],
  ] as const)('says %s %i cents as %s', (language, cents, spoken) => {
    expect(speechText(spokenAmount(language, cents, 'HKD'))).toBe(spoken);
  });

  it('says due dates in Hong Kong time in each language', () => {
    const dueAt = '2026-03-09T15:59:59.000Z';

    expect(spokenDate('en', dueAt)).toBe('Monday, 9 March 2026');
    expect(spokenDate('zh-Hant', dueAt)).toBe('2026年3月9日星期一');
    expect(spokenDate('zh-Hans', dueAt)).toBe('2026年3月9日星期一');
    expect(spokenDate('en', '2026-03-09T16:00:00.000Z')).toBe('Tuesday, 10 March 2026');
  });
});

describe('spoken lists and free text', () => {
  it.each([
    ['en', [], ''],
    ['en', ['A'], 'A'],
    ['en', ['A', 'B'], 'A and B'],
    ['en', ['A', 'B', 'C'], 'A, B and C'],
    ['zh-Hant', ['《甲》', '《乙》', '《丙》'], '《甲》、《乙》同《丙》'],
    ['zh-Hans', ['《甲》', '《乙》', '《丙》'], '《甲》、《乙》和《丙》'],
  ] as const)('lists %s %j as %s', (language, items, spoken) => {
    expect(speechText(spokenList(language, items))).toBe(spoken);
  });

  it.each([
    ['en', 'Overdue: Dream of the Red Chamber.', 'Overdue: Dream of the Red Chamber'],
    ['en', '逾期罰款', null],
    ['zh-Hant', 'Overdue: Dream of the Red Chamber', null],
    ['zh-Hant', '逾期罰款：《紅樓夢》。', '逾期罰款：《紅樓夢》'],
    ['zh-Hans', '遗失资料：Learning Python', '遗失资料：Learning Python'],
    ['zh-Hans', '  ：', null],
  ] as const)('reads the %s text %j as %j', (language, text, readable) => {
    expect(readableText(language, text)).toBe(readable);
  });
});
