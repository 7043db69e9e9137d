import type { AuthenticatedReader, PinChecker, PinCheckRequest, PinCheckResult } from '../../src/auth/pin-check.types.ts';

/**
 * A PinChecker that follows the interface's contract without argon2: unknown card, wrong PIN and locked
 * card are all `rejected`; 5 failures in a row lock the card and a success resets the count. Tests can
 * queue outcomes (`busy`, `fault`…) or hold checks open to play a slow hasher.
 * NOTE: once the real PIN service lands on main, the lock and uniform-answer tests switch to it.
 */
export class FakePinChecker implements PinChecker {
  readonly requests: Array<Omit<PinCheckRequest, 'pin'>> = [];
  readonly #readers = new Map<string, { pin: string; reader: AuthenticatedReader; failures: number }>();
  readonly #queued: PinCheckResult[] = [];
  #gate: Promise<void> | null = null;

  constructor(readonly failuresBeforeLock = 5) {}

  enrol(card: string, pin: string, reader: Partial<AuthenticatedReader> = {}): void {
    this.#readers.set(card, {
      pin,
      failures: 0,
      reader: { readerId: this.#readers.size + 1, cardNumber: card, name: 'Test Reader', language: 'en', isDefaultPin: false, ...reader },
    });
  }

  /** The next checks answer these outcomes, in order, before the enrolled readers are consulted. */
  queue(...results: PinCheckResult[]): void {
    this.#queued.push(...results);
  }

  /** Holds every check open until the returned function is called. */
  hold(): () => void {
    let release: () => void = () => {};
    this.#gate = new Promise((resolve) => {
      release = resolve;
    });
    return () => {
      this.#gate = null;
      release();
    };
  }

  isLocked(card: string): boolean {
    const entry = this.#readers.get(card);
    return entry !== undefined && entry.failures >= this.failuresBeforeLock;
  }

  async checkPin(request: PinCheckRequest): Promise<PinCheckResult> {
    const { pin: _pin, ...recorded } = request;
    this.requests.push(recorded);
    if (this.#gate) await this.#gate;
    const queued = this.#queued.shift();
    if (queued) return queued;

    const entry = this.#readers.get(request.identifier);
    if (!entry) return { outcome: 'rejected' };
    if (entry.failures >= this.failuresBeforeLock || entry.pin !== request.pin) {
      entry.failures += 1;
      return { outcome: 'rejected' };
    }
    entry.failures = 0;
    return { outcome: 'accepted', reader: entry.reader };
  }
}
