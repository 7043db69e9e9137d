/** Delays between attempts to reopen a serial port, in milliseconds. */
export interface BackoffPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  factor: number;
}

/** 0.25 s, 0.5 s, 1 s … up to 10 s: quick after a brief cable wobble, quiet while a device stays away. */
export const DEFAULT_BACKOFF: BackoffPolicy = Object.freeze({ initialDelayMs: 250, maxDelayMs: 10_000, factor: 2 });

/** Exponential backoff without jitter: each terminal retries only its own local device, so there is no herd. */
export class ReconnectBackoff {
  readonly #policy: BackoffPolicy;
  #failures = 0;

  constructor(policy: BackoffPolicy = DEFAULT_BACKOFF) {
    if (policy.initialDelayMs <= 0 || policy.maxDelayMs < policy.initialDelayMs || policy.factor < 1) {
      throw new RangeError(
        `Invalid backoff policy ${JSON.stringify(policy)}: initialDelayMs must be positive, maxDelayMs at least initialDelayMs, factor at least 1`,
      );
    }
    this.#policy = policy;
  }

  /** Returns the delay before the next attempt and counts one more failure. */
  nextDelayMs(): number {
    const delay = this.#policy.initialDelayMs * this.#policy.factor ** this.#failures;
    this.#failures += 1;
    return Math.min(delay, this.#policy.maxDelayMs);
  }

  reset(): void {
    this.#failures = 0;
  }
}
