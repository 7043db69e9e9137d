import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isTerminalKeyShaped } from '../../src/http/terminal-credentials.ts';

export class TerminalKeyFileError extends Error {
  override readonly name = 'TerminalKeyFileError';
}

/**
 * Reads the terminal key. Returns `tooOpen` when group or others may read the file, so the caller can warn.
 * Throws TerminalKeyFileError when the file is missing or does not hold a key; the message never shows the
 * file's content.
 */
export function readTerminalKey(path: string): { key: string; tooOpen: boolean } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new TerminalKeyFileError(`No terminal key at ${path}; enrol the terminal with --enrol-code CODE (staff get a code from "pin-service terminal enrol NAME")`);
    throw new TerminalKeyFileError(`Cannot read the terminal key at ${path}: ${code ?? 'error'}`);
  }
  const key = text.trim();
  if (!isTerminalKeyShaped(key)) throw new TerminalKeyFileError(`${path} does not hold a terminal key; enrol the terminal again with --enrol-code CODE`);
  return { key, tooOpen: (statSync(path).mode & 0o077) !== 0 };
}

/** Writes the key readable by its owner only (0600), replacing any older key in one rename. */
export function writeTerminalKey(path: string, key: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = join(dirname(path), `.terminal-key-${randomBytes(6).toString('hex')}`);
  writeFileSync(temporary, `${key}\n`, { mode: 0o600, flag: 'wx' });
  renameSync(temporary, path);
}
