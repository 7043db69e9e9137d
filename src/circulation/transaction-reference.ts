import { randomInt } from 'node:crypto';
import { hasValidLuhnDigit, luhnCheckDigit } from '../domain/card-number.ts';

/**
 * Transaction references are 10 digits: 9 random digits (the first never 0, so nothing drops a leading
 * zero) and a Luhn check digit that catches any single mistyped digit and most swapped neighbours. The
 * digits come from the operating system's CSPRNG, so one reference does not reveal the next. With 900
 * million possible values collisions are rare, and the store draws again when one happens.
 */
export const TRANSACTION_REFERENCE_LENGTH = 10;

const REFERENCE_PATTERN = /^[1-9]\d{9}$/;

/** Source of uniformly random integers in `[min, max)`, `crypto.randomInt` unless a test passes another. */
export type RandomInt = (min: number, max: number) => number;

export function generateTransactionReference(random: RandomInt = randomInt): string {
  const body = String(random(100_000_000, 1_000_000_000));
  return body + String(luhnCheckDigit(body));
}

/** Checks the length, the digits and the check digit of a reference, ignoring spaces and hyphens. */
export function isValidTransactionReference(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '');
  return REFERENCE_PATTERN.test(digits) && hasValidLuhnDigit(digits);
}

/** Groups a reference as 3-3-4 digits (`482 915 0376`) for screens and receipts. */
export function groupTransactionReference(reference: string): string {
  return `${reference.slice(0, 3)} ${reference.slice(3, 6)} ${reference.slice(6)}`;
}
