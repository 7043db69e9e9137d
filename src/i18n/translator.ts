import { LANGUAGES, type Language } from '../domain/language.ts';
import { createTranslator } from './catalogue.ts';
import { circulationMessages } from './messages/circulation.ts';
import { cliMessages } from './messages/cli.ts';
import { errorMessages } from './messages/errors.ts';
import { pinPolicyMessages } from './messages/pin-policy.ts';
import { stationCliMessages } from './messages/station-cli.ts';
import { terminalCliMessages } from './messages/terminal-cli.ts';

/** Every catalogue of the service in one lookup; a key defined twice fails at start-up. */
export const translate = createTranslator(errorMessages, pinPolicyMessages, cliMessages, circulationMessages, terminalCliMessages, stationCliMessages);

/** Returns all three translations of one key, for API callers that show the text in their own language. */
export function translateAll(key: string, parameters?: Record<string, string | number>): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, translate(language, key, parameters)])) as Record<Language, string>;
}

/**
 * Picks the reader's language from an Accept-Language header. zh-HK, zh-TW, zh-MO and zh-Hant mean
 * Traditional Chinese, and zh-CN, zh-SG, zh-Hans and a bare zh mean Simplified. Anything else is the fallback.
 */
export function languageFromHeader(header: string | undefined, fallback: Language): Language {
  if (!header) return fallback;
  const tags = header
    .split(',')
    .map((part) => part.split(';')[0]!.trim().toLowerCase())
    .filter(Boolean);
  for (const tag of tags) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (/^zh-(hant|hk|tw|mo)/.test(tag) || tag === 'yue' || tag.startsWith('yue-')) return 'zh-Hant';
    if (/^zh-(hans|cn|sg)/.test(tag) || tag === 'zh') return 'zh-Hans';
  }
  return fallback;
}
