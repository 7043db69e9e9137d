import type { Language } from '../../src/domain/language.ts';

export interface PhoneVoice {
  /** Twilio `<Say voice>`: Amazon Polly neural voices, which read SSML `say-as interpret-as="digits"`. */
  voice: string;
  /** Twilio `<Say language>`. */
  language: string;
}

/**
 * The voice of each language: Cantonese by Polly Hiujin (zh-HK), Putonghua by Polly Zhiyu (cmn-CN),
 * English by Polly Amy (en-GB). All three are neural voices of one provider, so the line sounds
 * consistent; Twilio lists them for `<Say>` as `Polly.<Name>-Neural`.
 */
export const PHONE_VOICES: Readonly<Record<Language, PhoneVoice>> = {
  'zh-Hant': { voice: 'Polly.Hiujin-Neural', language: 'zh-HK' },
  'zh-Hans': { voice: 'Polly.Zhiyu-Neural', language: 'cmn-CN' },
  en: { voice: 'Polly.Amy-Neural', language: 'en-GB' },
};

/** The order languages are offered in at the start of a call, matching keys 1, 2 and 3. */
export const LANGUAGE_MENU_ORDER: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];
