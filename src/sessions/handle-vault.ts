import { randomBytes } from 'node:crypto';

/**
 * Keeps values in process memory under random handles, so a state machine's events, context and persisted
 * snapshot carry only the handle. An entry expires `ttlMs` after it was deposited or last renewed. Each
 * subclass decides how a handle is read: `take` redeems it once, `renew` keeps it alive.
 */
export class HandleVault<Value> {
  readonly #entries = new Map<string, { value: Value; expiresAt: number }>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(ttlMs: number, now: () => number) {
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  deposit(value: Value): string {
    this.#dropExpired();
    const handle = randomBytes(16).toString('hex');
    this.#entries.set(handle, { value, expiresAt: this.#now() + this.#ttlMs });
    return handle;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Returns the value once and deletes it; undefined when the handle is unknown, used or expired. */
  protected take(handle: string): Value | undefined {
    const entry = this.#entries.get(handle);
    this.#entries.delete(handle);
    if (!entry || entry.expiresAt < this.#now()) return undefined;
    return entry.value;
  }

  /** Returns the value and keeps it for another `ttlMs`; undefined when the handle is unknown or expired. */
  protected renew(handle: string): Value | undefined {
    const entry = this.#entries.get(handle);
    if (!entry || entry.expiresAt < this.#now()) {
      this.#entries.delete(handle);
      return undefined;
    }
    entry.expiresAt = this.#now() + this.#ttlMs;
    return entry.value;
  }

  protected remove(handle: string): void {
    this.#entries.delete(handle);
  }

  #dropExpired(): void {
    const now = this.#now();
    for (const [handle, entry] of this.#entries) {
      if (entry.expiresAt < now) this.#entries.delete(handle);
    }
  }
}
