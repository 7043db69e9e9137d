import { randomBytes } from 'node:crypto';

/**
 * Holds card numbers keyed on the phone in process memory under random handles, so the persisted call
 * snapshot carries only the handle. Unlike a PIN, a card is read once per PIN try, so reading does not
 * remove it; the call forgets it when the PIN step ends, and entries unused for `ttlMs` are dropped.
 * A restart empties the vault and the caller is asked for the card again.
 */
export class CardVault {
  readonly #entries = new Map<string, { card: string; expiresAt: number }>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: { ttlMs?: number; now?: () => number } = {}) {
    this.#ttlMs = options.ttlMs ?? 15 * 60_000;
    this.#now = options.now ?? Date.now;
  }

  deposit(card: string): string {
    this.#dropExpired();
    const handle = randomBytes(16).toString('hex');
    this.#entries.set(handle, { card, expiresAt: this.#now() + this.#ttlMs });
    return handle;
  }

  /** Returns the card and keeps it for another `ttlMs`; undefined when the handle is unknown or expired. */
  read(handle: string): string | undefined {
    const entry = this.#entries.get(handle);
    if (!entry || entry.expiresAt < this.#now()) {
      this.#entries.delete(handle);
      return undefined;
    }
    entry.expiresAt = this.#now() + this.#ttlMs;
    return entry.card;
  }

  forget(handle: string): void {
    this.#entries.delete(handle);
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
