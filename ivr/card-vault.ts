import { HandleVault } from '../src/sessions/handle-vault.ts';

/**
 * Holds card numbers keyed on the phone in process memory under random handles, so the persisted call
 * snapshot carries only the handle. Unlike a PIN, a card is read once per PIN try, so reading does not
 * remove it; the call forgets it when the PIN step ends, and entries unused for `ttlMs` are dropped.
 * A restart empties the vault and the caller is asked for the card again.
 */
export class CardVault extends HandleVault<string> {
  constructor(options: { ttlMs?: number; now?: () => number } = {}) {
    super(options.ttlMs ?? 15 * 60_000, options.now ?? Date.now);
  }

  /** Returns the card and keeps it for another `ttlMs`; undefined when the handle is unknown or expired. */
  read(handle: string): string | undefined {
    return this.renew(handle);
  }

  forget(handle: string): void {
    this.remove(handle);
  }
}
