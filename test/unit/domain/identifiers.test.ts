import { describe, expect, it } from 'vitest';
import { checkCardNumber, luhnCheckDigit, maskCardNumber } from '../../../src/domain/card-number.ts';
import { checkHkid } from '../../../src/domain/hkid.ts';

const library14 = { format: 'library14', minLength: 6, maxLength: 19 } as const;

describe('library card numbers', () => {
  it('accepts a 14-digit reader barcode with a valid Luhn digit, spaces removed', () => {
    expect(checkCardNumber('2 7301 00001 0018', library14)).toEqual({ valid: true, card: '27301000010018' });
  });

  it.each([
    ['27301000010019', 'check-digit'],
    ['2730100001001', 'length'],
    ['37301000010017', 'not-a-reader-card'],
    ['2730100001001A', 'not-digits'],
  ])('rejects %s with reason %s', (card, reason) => {
    expect(checkCardNumber(card, library14)).toEqual({ valid: false, reason });
  });

  it('accepts any digit string in range with the digits format', () => {
    const rules = { format: 'digits', minLength: 6, maxLength: 10 } as const;

    expect(checkCardNumber('123456', rules).valid).toBe(true);
    expect(checkCardNumber('12345', rules).valid).toBe(false);
  });

  it('computes the Luhn digit of a known number', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
  });

  it('masks all but the last four digits', () => {
    expect(maskCardNumber('27301000010018')).toBe('**********0018');
  });
});

describe('Hong Kong Identity Card numbers', () => {
  it.each(['A123456(3)', 'AB987654(3)', 'a1234563', 'A123456 (3)'])('accepts %s', (hkid) => {
    expect(checkHkid(hkid).valid).toBe(true);
  });

  it.each(['A123456(4)', 'A12345(3)', 'ABC123456(3)', '123456(3)', ''])('rejects %s', (hkid) => {
    expect(checkHkid(hkid).valid).toBe(false);
  });

  it('normalizes to letters, digits and check character', () => {
    expect(checkHkid('ab987654(3)')).toEqual({ valid: true, normalized: 'AB9876543' });
  });
});
