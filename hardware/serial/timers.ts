/** Cancels a timer started by `Timers.setTimeout`; calling it after the timer fired does nothing. */
export type CancelTimer = () => void;

/**
 * Schedules callbacks, passed in so tests can move time by hand instead of sleeping. Drivers use it for
 * reconnect backoff and for the inter-byte timeout that ends an unterminated barcode.
 */
export interface Timers {
  setTimeout(callback: () => void, delayMs: number): CancelTimer;
}

export const systemTimers: Timers = {
  setTimeout(callback, delayMs) {
    const timer = setTimeout(callback, delayMs);
    return () => clearTimeout(timer);
  },
};
