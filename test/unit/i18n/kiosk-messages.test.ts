import { describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from '../../../src/circulation/circulation.types.ts';
import { LANGUAGES } from '../../../src/domain/language.ts';
import { WEAK_PIN_REASONS } from '../../../src/domain/pin-policy.ts';
import { CARD_READ_PROBLEMS, DEVICE_STATUSES, PRINTER_PROBLEMS } from '../../../src/http/terminal-protocol.ts';
import { BORROW_BLOCKS } from '../../../src/domain/checkout-rules.ts';
import { borrowBlockMessages } from '../../../src/i18n/messages/borrow-block.ts';
import { kioskLoanMessages } from '../../../src/i18n/messages/kiosk-loans.ts';
import { kioskNoticeMessages } from '../../../src/i18n/messages/kiosk-notices.ts';
import { kioskReceiptMessages } from '../../../src/i18n/messages/kiosk-receipt.ts';
import { kioskScreenMessages } from '../../../src/i18n/messages/kiosk-screens.ts';
import { terminalCliMessages } from '../../../src/i18n/messages/terminal-cli.ts';
import { goodbyeTexts } from '../../../kiosk-ui/src/screens/session-end-screens.ts';
import { hasText } from '../../../kiosk-ui/src/ui-text.ts';
import { SESSION_END_REASONS } from '../../../src/sessions/terminal-session.types.ts';

const catalogues = { kioskScreenMessages, kioskLoanMessages, kioskNoticeMessages, kioskReceiptMessages, terminalCliMessages, borrowBlockMessages };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('kiosk message catalogues', () => {
  for (const [name, catalogue] of Object.entries(catalogues)) {
    it.each(Object.entries(catalogue))(`${name}: %s is written in every language with the same placeholders`, (_key, translations) => {
      for (const language of LANGUAGES) {
        expect(translations[language].trim()).not.toBe('');
        expect(placeholders(translations[language])).toEqual(placeholders(translations.en));
      }
    });
  }

  it.each(REFUSAL_REASONS)('explains the loan refusal %s on the kiosk', (reason) => {
    expect(hasText(`refusal.${reason}`)).toBe(true);
  });

  it.each(WEAK_PIN_REASONS)('explains the new-PIN rule %s on the kiosk', (reason) => {
    expect(hasText(`pinRule.${reason}`)).toBe(true);
  });

  it.each(CARD_READ_PROBLEMS)('explains the card read problem %s', (reason) => {
    expect(hasText(`kiosk.notice.read-failed.${reason}`)).toBe(true);
  });

  it.each(DEVICE_STATUSES.filter((status) => status !== 'ready' && status !== 'absent'))('explains the card reader state %s', (status) => {
    expect(hasText(`kiosk.device.cardReader.${status}`)).toBe(true);
  });

  it.each(PRINTER_PROBLEMS)('explains the printer problem %s', (problem) => {
    expect(hasText(`kiosk.receipt.problem.${problem}`)).toBe(true);
  });

  it.each(['finished', 'cancelled', 'idle', 'time-limit', 'too-many-tries', 'source-blocked', 'default-pin-refused'])('words the end of a session for %s', (reason) => {
    expect(hasText(`kiosk.goodbye.${reason}`)).toBe(true);
  });

  it.each(SESSION_END_REASONS.flatMap((reason) => (['kiosk', 'station'] as const).flatMap((mode) => [true, false].map((signedIn) => [reason, mode, signedIn] as const))))(
    'words goodbye after %s at a %s, signed in: %s',
    (reason, mode, signedIn) => {
      const texts = goodbyeTexts(reason, signedIn, mode);

      expect(hasText(texts.heading)).toBe(true);
      expect(hasText(texts.message)).toBe(true);
    },
  );

  it.each(['too-many-tries', 'source-blocked', 'default-pin-refused'] as const)('heads the %s goodbye without thanks', (reason) => {
    expect(goodbyeTexts(reason, false, 'kiosk')).toMatchObject({ heading: 'kiosk.goodbye.heading.notSignedIn', problem: true });
  });

  it('does not call a cancel before sign-in a sign-out', () => {
    expect(goodbyeTexts('cancelled', false, 'kiosk')).toEqual({ heading: 'kiosk.goodbye.heading.cancelled', message: 'kiosk.goodbye.notSignedIn.cancelled', problem: false });
    expect(goodbyeTexts('cancelled', true, 'kiosk').message).toBe('kiosk.goodbye.cancelled');
  });

  it.each(BORROW_BLOCKS)('explains the borrowing block %s', (block) => {
    expect(hasText(`borrowBlock.${block}`)).toBe(true);
  });

  it.each(Object.entries({ ...kioskLoanMessages, ...kioskNoticeMessages, ...borrowBlockMessages }))('calls a library item 資料, not 館藏: %s', (_key, translations) => {
    expect(translations['zh-Hant']).not.toContain('館藏');
    expect(translations['zh-Hans']).not.toContain('馆藏');
  });

  it.each(['rejected', 'busy', 'fault', 'interrupted'])('words the PIN problem %s', (problem) => {
    expect(hasText(`kiosk.pin.problem.${problem}`)).toBe(true);
  });

  it('uses Traditional characters for zh-Hant and Simplified for zh-Hans', () => {
    expect(kioskScreenMessages['kiosk.card.heading']['zh-Hant']).toContain('圖書證');
    expect(kioskScreenMessages['kiosk.card.heading']['zh-Hans']).toContain('图书证');
  });
});
