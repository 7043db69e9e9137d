import { checkCardNumber, maskCardNumber, type CardNumberRules } from './card-number.ts';
import { checkHkid } from './hkid.ts';

/** How a reader identified themselves: a library card number or a Hong Kong Identity Card number. */
export type ReaderIdentifier = { kind: 'card'; cardNumber: string } | { kind: 'hkid'; normalized: string } | { kind: 'invalid' };

/** Classifies what a reader typed or a reader device sent; a value starting with a letter is taken as an HKID. */
export function parseReaderIdentifier(raw: string, rules: CardNumberRules): ReaderIdentifier {
  const text = raw.trim();
  if (/^[A-Za-z]/.test(text)) {
    const hkid = checkHkid(text);
    return hkid.valid ? { kind: 'hkid', normalized: hkid.normalized } : { kind: 'invalid' };
  }
  const card = checkCardNumber(text, rules);
  return card.valid ? { kind: 'card', cardNumber: card.card } : { kind: 'invalid' };
}

/** Masks an identifier for logs and audit rows: the last 4 card digits, or only the HKID's first letter. */
export function maskReaderIdentifier(raw: string): string {
  const text = raw.replace(/[\s()-]/g, '');
  if (/^[A-Za-z]/.test(text)) return `${text[0]!.toUpperCase()}${'*'.repeat(Math.max(text.length - 1, 0))}`;
  return maskCardNumber(text.slice(0, 32));
}
