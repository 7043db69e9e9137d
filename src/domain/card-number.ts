/** Rules for library card numbers, chosen by configuration. */
export interface CardNumberRules {
  format: 'library14' | 'digits';
  minLength: number;
  maxLength: number;
}

export type CardNumberCheck = { valid: true; card: string } | { valid: false; reason: 'not-digits' | 'length' | 'check-digit' | 'not-a-reader-card' };

/**
 * Validates a card number after removing spaces and hyphens. `library14` is the common 14-digit library
 * barcode: type digit 2 for readers, institution, serial, and a Luhn check digit.
 */
export function checkCardNumber(raw: string, rules: CardNumberRules): CardNumberCheck {
  const card = raw.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(card)) return { valid: false, reason: 'not-digits' };

  if (rules.format === 'library14') {
    if (card.length !== 14) return { valid: false, reason: 'length' };
    if (!card.startsWith('2')) return { valid: false, reason: 'not-a-reader-card' };
    if (!hasValidLuhnDigit(card)) return { valid: false, reason: 'check-digit' };
    return { valid: true, card };
  }

  if (card.length < rules.minLength || card.length > rules.maxLength) return { valid: false, reason: 'length' };
  return { valid: true, card };
}

/** Returns true when the last digit is the Luhn check digit of the digits before it. */
export function hasValidLuhnDigit(digits: string): boolean {
  const body = digits.slice(0, -1);
  return luhnCheckDigit(body) === Number(digits.at(-1));
}

/** Computes the Luhn check digit for a digit string. */
export function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    const digit = Number(body[body.length - 1 - index]);
    const weighted = index % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

/** Masks a card number for logs and audit rows, keeping the last 4 digits: `**********1234`. */
export function maskCardNumber(card: string): string {
  if (card.length <= 4) return '*'.repeat(card.length);
  return '*'.repeat(card.length - 4) + card.slice(-4);
}
