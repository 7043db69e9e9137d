import type { Config } from '../config/config.ts';
import { checkCardNumber } from '../domain/card-number.ts';
import { checkHkid } from '../domain/hkid.ts';
import { isLanguage, type Language } from '../domain/language.ts';
import { isWellFormedPin } from '../domain/pin-policy.ts';

/** A reader as given in a seed file or an import row. */
export interface ReaderRecordInput {
  card?: unknown;
  name?: unknown;
  phone?: unknown;
  pin?: unknown;
  language?: unknown;
  hkid?: unknown;
}

export interface ValidReaderRecord {
  cardNumber: string;
  name: string;
  defaultPin: string;
  /** A PIN the reader already has (from the old system); null means the default PIN. */
  pin: string | null;
  language: Language;
  hkid: string | null;
}

/** Why a reader record was rejected; the texts are `record.<code>` in the message catalogue. */
export type RecordProblem =
  | 'card-missing'
  | 'card-invalid'
  | 'name-missing'
  | 'name-too-long'
  | 'phone-invalid'
  | 'pin-invalid'
  | 'language-invalid'
  | 'hkid-invalid'
  | 'card-duplicate'
  | 'hkid-duplicate';

export type ReaderRecordCheck = { valid: true; record: ValidReaderRecord } | { valid: false; problem: RecordProblem };

const MAX_NAME_LENGTH = 200;

/**
 * Validates one reader record. The default PIN is the last 4 digits of the phone number, which is
 * not kept after that. A given PIN only has to be well formed: existing PINs keep working.
 */
export function checkReaderRecord(input: ReaderRecordInput, config: Pick<Config, 'cardNumber' | 'pinPolicy' | 'defaultLanguage'>): ReaderRecordCheck {
  const cardText = text(input.card);
  if (!cardText) return { valid: false, problem: 'card-missing' };
  const card = checkCardNumber(cardText, config.cardNumber);
  if (!card.valid) return { valid: false, problem: 'card-invalid' };

  const name = text(input.name);
  if (!name) return { valid: false, problem: 'name-missing' };
  if (name.length > MAX_NAME_LENGTH) return { valid: false, problem: 'name-too-long' };

  const phoneDigits = text(input.phone).replace(/[\s()+-]/g, '');
  if (!/^\d{4,20}$/.test(phoneDigits)) return { valid: false, problem: 'phone-invalid' };

  const pin = text(input.pin) || null;
  if (pin !== null && !isWellFormedPin(pin, config.pinPolicy)) return { valid: false, problem: 'pin-invalid' };

  const languageText = text(input.language) || config.defaultLanguage;
  if (!isLanguage(languageText)) return { valid: false, problem: 'language-invalid' };

  const hkidText = text(input.hkid);
  const hkid = hkidText ? checkHkid(hkidText) : null;
  if (hkid && !hkid.valid) return { valid: false, problem: 'hkid-invalid' };

  return {
    valid: true,
    record: {
      cardNumber: card.card,
      name,
      defaultPin: phoneDigits.slice(-4),
      pin,
      language: languageText,
      hkid: hkid?.valid ? hkid.normalized : null,
    },
  };
}

function text(value: unknown): string {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() : '';
}
