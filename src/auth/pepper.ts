import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';

/** A secret key mixed into every PIN hash (argon2 `secret`), kept outside the database and its backups. */
export interface PepperKey {
  id: string;
  secret: Buffer;
}

/** The keys of the pepper file: the last is current; older ones still verify hashes made with them. */
export interface PepperRing {
  current: PepperKey;
  keys: readonly PepperKey[];
  byId(id: string): PepperKey | undefined;
}

/** The pepper file is missing or malformed; the message names the file and the fix, never the key. */
export class PepperError extends Error {
  override readonly name = 'PepperError';
}

const MIN_SECRET_BYTES = 32;
const KEY_LINE = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/]+={0,2})$/;

/**
 * Reads a pepper file: one key per line as `KEY_ID:BASE64`, blank lines and `#` comments ignored.
 * Returns the ring and whether the file can be read by group or others.
 */
export function readPepperFile(path: string): { ring: PepperRing; tooOpen: boolean } {
  if (!existsSync(path)) {
    throw new PepperError(
      `pepper file ${path} is missing. Create it with \`pin-service pepper create ${path}\` (or set PIN_PEPPER_FILE), ` +
        'keep it outside the database directory backups, and restore the same file with any backup.',
    );
  }

  const keys: PepperKey[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) return;
    keys.push(parseKeyLine(text, path, index + 1));
  });
  if (keys.length === 0) throw new PepperError(`pepper file ${path} contains no key; expected lines of the form KEY_ID:BASE64`);

  const ids = new Set(keys.map((key) => key.id));
  if (ids.size !== keys.length) throw new PepperError(`pepper file ${path} names the same key id twice`);

  const tooOpen = (statSync(path).mode & 0o077) !== 0;
  return { ring: createPepperRing(keys), tooOpen };
}

function parseKeyLine(text: string, path: string, lineNumber: number): PepperKey {
  const match = KEY_LINE.exec(text);
  if (!match) throw new PepperError(`pepper file ${path} line ${lineNumber} is not of the form KEY_ID:BASE64`);

  const secret = Buffer.from(match[2]!, 'base64');
  if (secret.length < MIN_SECRET_BYTES) {
    throw new PepperError(`pepper file ${path} line ${lineNumber}: key ${match[1]} is ${secret.length} bytes; at least ${MIN_SECRET_BYTES} are required`);
  }
  return { id: match[1]!, secret };
}

export function createPepperRing(keys: readonly PepperKey[]): PepperRing {
  const current = keys.at(-1);
  if (!current) throw new PepperError('a pepper ring needs at least one key');
  const byId = new Map(keys.map((key) => [key.id, key]));
  return { current, keys, byId: (id) => byId.get(id) };
}

/**
 * Writes a new pepper file with one random 32-byte key, readable by its owner only (0600).
 * Appends a new current key when the file exists, so older hashes keep verifying until rehashed.
 */
export function writeNewPepperKey(path: string, keyId = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`): string {
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(keyId)) throw new PepperError(`key id "${keyId}" is invalid; use 1 to 32 letters, digits, - or _`);
  mkdirSync(dirname(path), { recursive: true });
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '# Library PIN Service pepper keys: KEY_ID:BASE64, the last line is current.\n';
  if (new RegExp(`^${keyId}:`, 'm').test(existing)) throw new PepperError(`pepper file ${path} already has a key with id ${keyId}`);

  const line = `${keyId}:${randomBytes(MIN_SECRET_BYTES).toString('base64')}\n`;
  writeFileSync(path, existing.endsWith('\n') ? existing + line : `${existing}\n${line}`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return keyId;
}
