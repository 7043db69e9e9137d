/** Languages every reader-facing text is written in: English, Traditional Chinese (Hong Kong) and Simplified Chinese. */
export const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'] as const;

export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
