import type { PinChecker, PinCheckResult } from '../src/auth/pin-check.types.ts';
import type { CheckPinInput } from '../src/sessions/card-and-pin.machine.ts';
import type { PinVault } from '../src/sessions/pin-vault.ts';
import type { CardVault } from './card-vault.ts';

export interface PendingPinChecksOptions {
  pinChecker: PinChecker;
  pinVault: PinVault;
  cardVault: CardVault;
  /** Pauses before each new try while the checker answers `busy`; the last `busy` is returned as is. */
  busyRetryDelaysMs?: readonly number[];
  /** How long a finished check's result stays available to the webhook that picks it up. */
  resultTtlMs?: number;
  sleep?: (milliseconds: number) => Promise<void>;
  now?: () => number;
}

const DEFAULT_BUSY_RETRY_DELAYS_MS = [250, 500, 1000, 2000, 3000, 3000, 3000];

/**
 * PIN checks of phone calls, keyed by the PIN's one-time vault handle. A check outlives the webhook that
 * started it: when it is still running, the caller hears "please hold" and the next webhook restores the
 * call, whose checkPin actor asks here again under the same handle and gets the same promise. The PIN
 * leaves the vault once, into the running check, so it is never in a snapshot. A handle this process
 * does not know (after a restart) yields `interrupted`, which costs the caller no try.
 */
export class PendingPinChecks {
  readonly #checks = new Map<string, { result: Promise<PinCheckResult>; expiresAt: number }>();
  readonly #options: Required<Omit<PendingPinChecksOptions, 'pinChecker' | 'pinVault' | 'cardVault'>> & PendingPinChecksOptions;

  constructor(options: PendingPinChecksOptions) {
    this.#options = {
      busyRetryDelaysMs: DEFAULT_BUSY_RETRY_DELAYS_MS,
      resultTtlMs: 120_000,
      sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
      now: Date.now,
      ...options,
    };
  }

  /** Starts the check for `pinHandle`, or returns the one already started. */
  resultFor(input: CheckPinInput, source: string): Promise<PinCheckResult> {
    this.#dropExpired();
    const known = this.#checks.get(input.pinHandle);
    if (known) return known.result;

    const pin = this.#options.pinVault.redeem(input.pinHandle);
    const card = this.#options.cardVault.read(input.identifier);
    if (pin === undefined || card === undefined) return Promise.resolve({ outcome: 'interrupted' });

    const result = this.#check(card, pin, source);
    // Stored promises are awaited later, or never when the caller hangs up; a rejection must not go unhandled.
    result.catch(() => {});
    this.#checks.set(input.pinHandle, { result, expiresAt: this.#options.now() + this.#options.resultTtlMs });
    return result;
  }

  get size(): number {
    return this.#checks.size;
  }

  async #check(identifier: string, pin: string, source: string): Promise<PinCheckResult> {
    const request = { identifier, pin, channel: 'phone' as const, source };
    let result = await this.#options.pinChecker.checkPin(request);
    for (const delay of this.#options.busyRetryDelaysMs) {
      if (result.outcome !== 'busy') break;
      await this.#options.sleep(delay);
      result = await this.#options.pinChecker.checkPin(request);
    }
    return result;
  }

  #dropExpired(): void {
    const now = this.#options.now();
    for (const [handle, check] of this.#checks) {
      if (check.expiresAt < now) this.#checks.delete(handle);
    }
  }
}
