import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/domain/language.ts';
import { WEAK_PIN_REASONS } from '../../../src/domain/pin-policy.ts';
import { cliMessages } from '../../../src/i18n/messages/cli.ts';
import { errorMessages } from '../../../src/i18n/messages/errors.ts';
import { pinPolicyMessages } from '../../../src/i18n/messages/pin-policy.ts';
import { languageFromHeader, translate } from '../../../src/i18n/translator.ts';

const catalogues = { errorMessages, pinPolicyMessages, cliMessages };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogues', () => {
  for (const [name, catalogue] of Object.entries(catalogues)) {
    it.each(Object.entries(catalogue))(`${name}: %s has the same placeholders in every language`, (_key, translations) => {
      for (const language of LANGUAGES) {
        expect(translations[language].trim()).not.toBe('');
        expect(placeholders(translations[language])).toEqual(placeholders(translations.en));
      }
    });
  }

  it.each(WEAK_PIN_REASONS)('explains the PIN rule %s', (reason) => {
    expect(translate('en', `pinRule.${reason}`)).toMatch(/PIN/);
  });

  it('uses Traditional characters for zh-Hant and Simplified for zh-Hans', () => {
    expect(translate('zh-Hant', 'pinRule.card-digits')).toContain('圖書證');
    expect(translate('zh-Hans', 'pinRule.card-digits')).toContain('图书证');
  });
});

describe('Accept-Language', () => {
  it.each([
    ['zh-HK,zh;q=0.9', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-CN,en;q=0.5', 'zh-Hans'],
    ['en-GB', 'en'],
    ['fr-FR', 'zh-Hant'],
    [undefined, 'zh-Hant'],
  ] as const)('maps %s to %s', (header, language) => {
    expect(languageFromHeader(header, 'zh-Hant')).toBe(language);
  });
});
