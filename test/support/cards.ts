import { luhnCheckDigit } from '../../src/domain/card-number.ts';

/** Builds a valid 14-digit reader card number: 2, institution 7301, the serial and a Luhn check digit. */
export function readerCard(serial: number): string {
  const body = `27301${String(serial).padStart(8, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

/** Builds a valid 14-digit item barcode: 3, institution 7301, the serial and a Luhn check digit. */
export function itemBarcode(serial: number): string {
  const body = `37301${String(serial).padStart(8, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}
