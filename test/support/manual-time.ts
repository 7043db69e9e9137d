import type { Clock } from '../../src/domain/clock.ts';
import type { CancelTimer, Timers } from '../../hardware/serial/timers.ts';

interface ScheduledTimer {
  dueMs: number;
  delayMs: number;
  sequence: number;
  callback: () => void;
}

/** A clock and timers that stand still until a test calls `advance`, so backoff and timeouts need no sleeping. */
export class ManualTime implements Clock, Timers {
  #nowMs: number;
  #sequence = 0;
  #timers: ScheduledTimer[] = [];

  constructor(start: Date | string = '2026-01-05T09:00:00.000Z') {
    this.#nowMs = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#nowMs);
  }

  setTimeout(callback: () => void, delayMs: number): CancelTimer {
    const timer = { dueMs: this.#nowMs + delayMs, delayMs, sequence: this.#sequence++, callback };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((pending) => pending !== timer);
    };
  }

  /** Delays, in milliseconds, of the timers not yet fired, in the order they are due. */
  pendingDelays(): number[] {
    return this.#sortedTimers().map((timer) => timer.delayMs);
  }

  /** Milliseconds until the next timer is due, or null when none is pending. */
  msUntilNextTimer(): number | null {
    const next = this.#sortedTimers()[0];
    return next ? next.dueMs - this.#nowMs : null;
  }

  /** Moves time forward, firing every timer that falls due on the way, including ones those callbacks start. */
  advance(milliseconds: number): void {
    const targetMs = this.#nowMs + milliseconds;
    for (;;) {
      const next = this.#sortedTimers()[0];
      if (!next || next.dueMs > targetMs) break;

      this.#timers = this.#timers.filter((pending) => pending !== next);
      this.#nowMs = next.dueMs;
      next.callback();
    }
    this.#nowMs = targetMs;
  }

  #sortedTimers(): ScheduledTimer[] {
    return [...this.#timers].sort((left, right) => left.dueMs - right.dueMs || left.sequence - right.sequence);
  }
}
