import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { HashLimiter } from './hash-limiter.ts';
import type { PepperRing } from './pepper.ts';

/** argon2id parameters, as in the `argon2` configuration section. */
export interface Argon2Parameters {
  memoryKiB: number;
  passes: number;
  lanes: number;
  saltBytes: number;
  hashBytes: number;
}

/** A PIN hash as stored: the argon2 encoded string and the id of the pepper key it was made with. */
export interface StoredPinHash {
  hash: string;
  keyId: string;
}

/** A hash names a pepper key the pepper file no longer holds; the hash cannot be checked. */
export class UnknownPepperKeyError extends Error {
  override readonly name = 'UnknownPepperKeyError';
  constructor(keyId: string) {
    super(`PIN hash was made with pepper key ${keyId}, which the pepper file does not contain`);
  }
}

export interface PinHasher {
  hash(pin: string): Promise<StoredPinHash>;
  verify(stored: StoredPinHash, pin: string): Promise<boolean>;
  /** Spends the same work as a real verify, for unknown and locked cards, so timing tells nothing. */
  verifyDummy(pin: string): Promise<void>;
  /** True when the hash was made with other parameters or an older pepper key. */
  needsRehash(stored: StoredPinHash): boolean;
}

/** argon2id with a pepper, every job through the limiter (which may throw HashingBusyError). */
export class Argon2PinHasher implements PinHasher {
  readonly #parameters: Argon2Parameters;
  readonly #pepper: PepperRing;
  readonly #limiter: HashLimiter;
  #dummy: Promise<StoredPinHash> | null = null;

  constructor(parameters: Argon2Parameters, pepper: PepperRing, limiter: HashLimiter) {
    this.#parameters = parameters;
    this.#pepper = pepper;
    this.#limiter = limiter;
  }

  async hash(pin: string): Promise<StoredPinHash> {
    const key = this.#pepper.current;
    const hash = await this.#limiter.run(() =>
      argon2.hash(pin, {
        type: argon2.argon2id,
        memoryCost: this.#parameters.memoryKiB,
        timeCost: this.#parameters.passes,
        parallelism: this.#parameters.lanes,
        hashLength: this.#parameters.hashBytes,
        salt: randomBytes(this.#parameters.saltBytes),
        secret: key.secret,
      }),
    );
    return { hash, keyId: key.id };
  }

  async verify(stored: StoredPinHash, pin: string): Promise<boolean> {
    const key = this.#pepper.byId(stored.keyId);
    if (!key) throw new UnknownPepperKeyError(stored.keyId);
    return this.#limiter.run(() => argon2.verify(stored.hash, pin, { secret: key.secret }));
  }

  async verifyDummy(pin: string): Promise<void> {
    // The dummy hash is made once, lazily, with the current parameters and key; a failed attempt to make
    // it (busy limiter) is forgotten so the next call tries again.
    if (!this.#dummy) {
      this.#dummy = this.hash(randomBytes(8).toString('hex'));
      this.#dummy.catch(() => {
        this.#dummy = null;
      });
    }
    const dummy = await this.#dummy;
    await this.verify(dummy, pin);
  }

  needsRehash(stored: StoredPinHash): boolean {
    if (stored.keyId !== this.#pepper.current.id) return true;
    return argon2.needsRehash(stored.hash, {
      memoryCost: this.#parameters.memoryKiB,
      timeCost: this.#parameters.passes,
      parallelism: this.#parameters.lanes,
    });
  }
}
