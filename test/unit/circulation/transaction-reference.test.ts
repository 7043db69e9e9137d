import { describe, expect, it } from 'vitest';
import { generateTransactionReference, groupTransactionReference, isValidTransactionReference } from '../../../src/circulation/transaction-reference.ts';

describe('transaction references', () => {
  it('appends Luhn digit to 9 random digits', () => {
    const reference = generateTransactionReference(() => 799_273_987);

    expect(reference).toBe('7992739875');
    expect(isValidTransactionReference(reference)).toBe(true);
  });

  it('generates valid, scattered references', () => {
    const references = Array.from({ length: 100 }, () => generateTransactionReference());

    expect(references.every((reference) => /^[1-9]\d{9}$/.test(reference) && isValidTransactionReference(reference))).toBe(true);
    // Two equal references among 100 of 900 million happen about once in 180,000 runs, so only more than
    // one repeat means the source is not random.
    expect(new Set(references).size).toBeGreaterThanOrEqual(99);
  });

  it.each([
    ['a changed digit', '7992739885'],
    ['swapped neighbours', '7997239875'],
    ['a leading zero', '0992739875'],
    ['nine digits', '799273987'],
    ['letters', '79927398A5'],
  ])('rejects %s', (_case, text) => {
    expect(isValidTransactionReference(text)).toBe(false);
  });

  it('accepts a reference written in groups', () => {
    expect(isValidTransactionReference('799 273 9875')).toBe(true);
    expect(isValidTransactionReference('799-273-9875')).toBe(true);
  });

  it('groups a reference as 3, 3 and 4 digits', () => {
    expect(groupTransactionReference('7992739875')).toBe('799 273 9875');
  });
});
