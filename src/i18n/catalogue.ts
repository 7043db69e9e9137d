import type { Language } from '../domain/language.ts';

/** One reader-facing text in every supported language. */
export type Translations = Readonly<Record<Language, string>>;

export type MessageCatalogue = Readonly<Record<string, Translations>>;

export type MessageParameters = Readonly<Record<string, string | number>>;

/** Declares a catalogue; the type keeps every key's three languages present. */
export function defineMessages<Keys extends string>(messages: Record<Keys, Translations>): Readonly<Record<Keys, Translations>> {
  return Object.freeze(messages);
}

/**
 * Fills `{name}` placeholders. A placeholder without a parameter is left visible, so a missing value shows
 * in tests instead of silently vanishing.
 */
export function formatMessage(template: string, parameters: MessageParameters = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = parameters[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** Looks up a key across catalogues and formats it; throws for an unknown key, which is a bug. */
export function createTranslator(...catalogues: MessageCatalogue[]) {
  const merged: Record<string, Translations> = {};
  for (const catalogue of catalogues) {
    for (const [key, translations] of Object.entries(catalogue)) {
      if (key in merged) throw new Error(`Message key ${key} is defined twice`);
      merged[key] = translations;
    }
  }

  return function translate(language: Language, key: string, parameters?: MessageParameters): string {
    const translations = merged[key];
    if (!translations) throw new Error(`Unknown message key ${key}`);
    return formatMessage(translations[language], parameters);
  };
}

export type Translator = ReturnType<typeof createTranslator>;
