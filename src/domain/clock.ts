/** Source of the current time, passed in so tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until a test moves it. */
export class ManualClock implements Clock {
  #millis: number;

  constructor(start: Date | string = '2026-01-05T09:00:00.000Z') {
    this.#millis = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#millis);
  }

  advance(milliseconds: number): void {
    this.#millis += milliseconds;
  }

  set(time: Date | string): void {
    this.#millis = new Date(time).getTime();
  }
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
