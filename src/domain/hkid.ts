/**
 * Hong Kong Identity Card numbers: one or two letters, six digits and a check character (0-9 or A).
 * Letters count A=10 … Z=35; a one-letter number is given a leading value of 36. Weights run from 9
 * down to 2 over the eight positions; with r = sum mod 11 the check is 0 when r = 0, A when r = 1,
 * otherwise 11 − r.
 */
export type HkidCheck = { valid: true; normalized: string } | { valid: false };

const HKID_PATTERN = /^([A-Z]{1,2})(\d{6})\(?([0-9A])\)?$/;

export function checkHkid(raw: string): HkidCheck {
  const compact = raw.toUpperCase().replace(/\s/g, '');
  const match = HKID_PATTERN.exec(compact);
  if (!match) return { valid: false };

  const [, letters = '', digits = '', check = ''] = match;
  if (hkidCheckCharacter(letters, digits) !== check) return { valid: false };
  return { valid: true, normalized: `${letters}${digits}${check}` };
}

function hkidCheckCharacter(letters: string, digits: string): string {
  const letterValues = [...letters].map((letter) => letter.charCodeAt(0) - 55);
  const values = letterValues.length === 1 ? [36, ...letterValues] : letterValues;
  const all = [...values, ...[...digits].map(Number)];

  const sum = all.reduce((total, value, index) => total + value * (9 - index), 0);
  const remainder = sum % 11;
  if (remainder === 0) return '0';
  if (remainder === 1) return 'A';
  return String(11 - remainder);
}
