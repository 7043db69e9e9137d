import type { Language } from '../../src/domain/language.ts';
import { createTranslator, type MessageParameters } from '../../src/i18n/catalogue.ts';
import { borrowBlockMessages } from '../../src/i18n/messages/borrow-block.ts';
import { circulationMessages } from '../../src/i18n/messages/circulation.ts';
import { kioskLoanMessages } from '../../src/i18n/messages/kiosk-loans.ts';
import { kioskNoticeMessages } from '../../src/i18n/messages/kiosk-notices.ts';
import { kioskScreenMessages } from '../../src/i18n/messages/kiosk-screens.ts';
import { pinPolicyMessages } from '../../src/i18n/messages/pin-policy.ts';
import { stationAccountMessages } from '../../src/i18n/messages/station-account.ts';
import { stationScreenMessages } from '../../src/i18n/messages/station-screens.ts';

const catalogues = [
  kioskScreenMessages,
  kioskLoanMessages,
  kioskNoticeMessages,
  circulationMessages,
  borrowBlockMessages,
  pinPolicyMessages,
  stationScreenMessages,
  stationAccountMessages,
];
const translate = createTranslator(...catalogues);
const knownKeys = new Set(catalogues.flatMap((catalogue) => Object.keys(catalogue)));

/** Looks up kiosk and station texts in one language. */
export type Text = (key: string, parameters?: MessageParameters) => string;

export function textIn(language: Language): Text {
  return (key, parameters) => translate(language, key, parameters);
}

/** True when a catalogue has the key, for codes from the service that may be newer than this UI. */
export function hasText(key: string): boolean {
  return knownKeys.has(key);
}

/** The `lang` attribute value for each language. */
export const HTML_LANG: Readonly<Record<Language, string>> = { en: 'en', 'zh-Hant': 'zh-Hant-HK', 'zh-Hans': 'zh-Hans-CN' };
