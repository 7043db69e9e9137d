import { createHash, randomBytes, randomInt } from 'node:crypto';

// Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or copied by hand survives.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 16;

/** Makes a one-time enrolment code of 80 random bits, shown as `XXXX-XXXX-XXXX-XXXX`. */
export function generateEnrolmentCode(): string {
  let code = '';
  for (let index = 0; index < CODE_LENGTH; index += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code.match(/.{4}/g)?.join('-') ?? code;
}

/**
 * Brings a typed enrolment code to its stored form: upper case, no separators, and the letters people
 * confuse with digits (O, I, L) read as those digits. Returns null when something else is left.
 */
export function normalizeEnrolmentCode(typed: string): string | null {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((character) => CODE_ALPHABET.includes(character)) ? code : null;
}

/** Makes a terminal key: 256 random bits, base64url, with a `tk_` prefix so a leaked key is recognisable. */
export function generateTerminalKey(): string {
  return `tk_${randomBytes(32).toString('base64url')}`;
}

const TERMINAL_KEY_PATTERN = /^tk_[A-Za-z0-9_-]{43}$/;

export function isTerminalKeyShaped(text: string): boolean {
  return TERMINAL_KEY_PATTERN.test(text);
}

/** SHA-256 of a random credential, hex; what the database stores in place of codes and keys. */
export function digestCredential(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
