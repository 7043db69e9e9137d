/** The hashing queue is full; the caller should answer "busy, try again" at once rather than wait. */
export class HashingBusyError extends Error {
  override readonly name = 'HashingBusyError';
  constructor() {
    super('PIN hashing is at capacity');
  }
}

/**
 * Caps how many argon2 jobs run at once and how many may wait. argon2 runs on libuv's thread pool, which
 * file and DNS work share, so an unbounded burst of hashes would stall other I/O.
 */
export class HashLimiter {
  readonly #maxConcurrent: number;
  readonly #maxQueued: number;
  readonly #waiting: Array<() => void> = [];
  #running = 0;

  constructor(options: { maxConcurrent: number; maxQueued: number }) {
    this.#maxConcurrent = options.maxConcurrent;
    this.#maxQueued = options.maxQueued;
  }

  /** Runs `job` when a slot is free; throws HashingBusyError at once when the queue is full. */
  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#maxConcurrent) {
      if (this.#waiting.length >= this.#maxQueued) throw new HashingBusyError();
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running += 1;
    }

    try {
      return await job();
    } finally {
      this.#release();
    }
  }

  get running(): number {
    return this.#running;
  }

  get queued(): number {
    return this.#waiting.length;
  }

  #release(): void {
    const next = this.#waiting.shift();
    // The slot passes straight to the next waiter, so the running count stays the same.
    if (next) next();
    else this.#running -= 1;
  }
}
