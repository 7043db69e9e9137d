import { randomBytes } from 'node:crypto';

/**
 * Holds entered PINs in process memory under random one-time handles, so a state machine's events,
 * context and invoke input carry only the handle and a persisted snapshot never contains a PIN.
 * A handle can be redeemed once; unredeemed PINs are dropped after `ttlMs`.
 */
export class PinVault {
  readonly #entries = new Map<string, { pin: string; expiresAt: number }>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: { ttlMs?: number; now?: () => number } = {}) {
    this.#ttlMs = options.ttlMs ?? 120_000;
    this.#now = options.now ?? Date.now;
  }

  deposit(pin: string): string {
    this.#dropExpired();
    const handle = randomBytes(16).toString('hex');
    this.#entries.set(handle, { pin, expiresAt: this.#now() + this.#ttlMs });
    return handle;
  }

  /** Returns the PIN once and forgets it; undefined when the handle is unknown, used or expired. */
  redeem(handle: string): string | undefined {
    const entry = this.#entries.get(handle);
    this.#entries.delete(handle);
    if (!entry || entry.expiresAt < this.#now()) return undefined;
    return entry.pin;
  }

  get size(): number {
    return this.#entries.size;
  }

  #dropExpired(): void {
    const now = this.#now();
    for (const [handle, entry] of this.#entries) {
      if (entry.expiresAt < now) this.#entries.delete(handle);
    }
  }
}
