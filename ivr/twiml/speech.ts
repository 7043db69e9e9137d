import type { Language } from '../../src/domain/language.ts';
import { PHONE_PROMPTS, type PhonePromptKey } from '../prompts/phone-prompts.ts';

/** Plain text for the voice, or digits to be read one by one (references). */
export type SpeechPart = { kind: 'text'; text: string } | { kind: 'digits'; digits: string };

/** What one voice says: the parts of one or more prompts in one language. */
export interface Utterance {
  language: Language;
  parts: SpeechPart[];
}

/** A prompt parameter: text, a number, nested speech (a phrase built from another prompt) or digits. */
export type SpokenValue = string | number | SpeechPart[] | { digits: string };

/**
 * Builds the speech of one prompt, filling `{name}` placeholders. Digits stay separate parts so the
 * renderer can mark them to be read one by one. A missing parameter is a bug and throws.
 */
export function phrase(language: Language, key: PhonePromptKey, parameters: Readonly<Record<string, SpokenValue>> = {}): SpeechPart[] {
  const template = PHONE_PROMPTS[key][language];
  const parts: SpeechPart[] = [];
  let last = 0;

  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    const value = parameters[name];
    if (value === undefined) throw new Error(`Prompt ${key} needs the parameter ${name}`);
    pushText(parts, template.slice(last, match.index));
    pushValue(parts, value);
    last = (match.index ?? 0) + match[0].length;
  }
  pushText(parts, template.slice(last));
  return parts;
}

/** Joins sentences as the language writes them: English with spaces, Chinese without. */
export function utterance(language: Language, ...sentences: SpeechPart[][]): Utterance {
  const parts: SpeechPart[] = [];
  for (const sentence of sentences) {
    if (sentence.length === 0) continue;
    if (parts.length > 0 && language === 'en') pushText(parts, ' ');
    for (const part of sentence) pushValue(parts, part.kind === 'text' ? part.text : { digits: part.digits });
  }
  return { language, parts };
}

/** Plain text of speech, digits spaced one by one, as the local phone prints it. */
export function speechText(parts: readonly SpeechPart[]): string {
  return parts.map((part) => (part.kind === 'text' ? part.text : part.digits.split('').join(' '))).join('');
}

function pushValue(parts: SpeechPart[], value: SpokenValue): void {
  if (Array.isArray(value)) {
    for (const part of value) pushValue(parts, part.kind === 'text' ? part.text : { digits: part.digits });
  } else if (typeof value === 'object') {
    parts.push({ kind: 'digits', digits: value.digits });
  } else {
    pushText(parts, String(value));
  }
}

function pushText(parts: SpeechPart[], text: string): void {
  if (text === '') return;
  const previous = parts.at(-1);
  if (previous?.kind === 'text') previous.text += text;
  else parts.push({ kind: 'text', text });
}
