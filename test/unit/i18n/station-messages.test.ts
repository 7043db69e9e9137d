import { describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from '../../../src/circulation/circulation.types.ts';
import { LANGUAGES } from '../../../src/domain/language.ts';
import { stationAccountMessages } from '../../../src/i18n/messages/station-account.ts';
import { stationCliMessages } from '../../../src/i18n/messages/station-cli.ts';
import { stationDemoMessages } from '../../../src/i18n/messages/station-demo.ts';
import { stationReceiptMessages } from '../../../src/i18n/messages/station-receipt.ts';
import { stationScreenMessages } from '../../../src/i18n/messages/station-screens.ts';
import { hasText, textIn } from '../../../kiosk-ui/src/ui-text.ts';

const catalogues = { stationScreenMessages, stationAccountMessages, stationReceiptMessages, stationCliMessages, stationDemoMessages };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('station message catalogues', () => {
  for (const [name, catalogue] of Object.entries(catalogues)) {
    it.each(Object.entries(catalogue))(`${name}: %s is written in every language with the same placeholders`, (_key, translations) => {
      for (const language of LANGUAGES) {
        expect(translations[language].trim()).not.toBe('');
        expect(placeholders(translations[language])).toEqual(placeholders(translations.en));
      }
    });
  }

  it.each(REFUSAL_REASONS)('explains the refusal %s at the station in every language', (reason) => {
    for (const language of LANGUAGES) expect(textIn(language)(`refusal.${reason}`)).not.toMatch(/^refusal\./);
  });

  it.each(['too-many-tries', 'source-blocked', 'default-pin-refused'])('words the %s ending for a station without staff', (reason) => {
    const english = textIn('en')(`station.goodbye.${reason}`);

    expect(english).not.toContain('staff');
  });

  it('default PIN refusal names kiosk and online account', () => {
    const texts = LANGUAGES.map((language) => textIn(language)('station.goodbye.default-pin-refused'));

    expect(texts[0]).toContain('library kiosk or in your online account');
    expect(texts[1]).toContain('自助借書機或網上帳戶');
    expect(texts[2]).toContain('自助借书机或网上账户');
  });

  it.each(['default-pin', 'account-unavailable', 'card-invalid'])('has a station wording for the notice %s', (kind) => {
    expect(hasText(`station.notice.${kind}`)).toBe(true);
  });

  it('uses Traditional characters for zh-Hant and Simplified for zh-Hans', () => {
    expect(stationScreenMessages['station.title']['zh-Hant']).toBe('自助圖書站');
    expect(stationScreenMessages['station.title']['zh-Hans']).toBe('自助图书站');
  });
});
