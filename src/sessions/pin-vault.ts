import { HandleVault } from './handle-vault.ts';

/**
 * Holds entered PINs in process memory under random one-time handles, so a state machine's events,
 * context and invoke input carry only the handle and a persisted snapshot never contains a PIN.
 * A handle can be redeemed once; unredeemed PINs are dropped after `ttlMs`.
 */
export class PinVault extends HandleVault<string> {
  constructor(options: { ttlMs?: number; now?: () => number } = {}) {
    super(options.ttlMs ?? 120_000, options.now ?? Date.now);
  }

  /** Returns the PIN once and forgets it; undefined when the handle is unknown, used or expired. */
  redeem(handle: string): string | undefined {
    return this.take(handle);
  }
}
