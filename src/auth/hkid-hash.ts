import { createHmac } from 'node:crypto';
import type { PepperKey, PepperRing } from './pepper.ts';

/**
 * Keyed hash of a normalized HKID number: `KEY_ID:hex(HMAC-SHA256)`. The number itself is never stored, and
 * without the pepper the hash cannot be reversed by trying all HKID numbers.
 */
export function hashHkid(normalized: string, key: PepperKey): string {
  return `${key.id}:${createHmac('sha256', key.secret).update(`hkid:${normalized}`).digest('hex')}`;
}

/** Hashes under every key of the ring, to find a reader enrolled before the current key was added. */
export function hkidLookupHashes(normalized: string, ring: PepperRing): string[] {
  return ring.keys.map((key) => hashHkid(normalized, key));
}
