/**
 * Counts quiet time on the screen. Once armed, it calls `onIdle` after `seconds` without a touch. The
 * service keeps its own timers as well; this report can only bring the idle dialog and the logout earlier.
 */
export class IdleWatch {
  readonly #onIdle: () => void;
  #seconds: number | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(onIdle: () => void) {
    this.#onIdle = onIdle;
  }

  arm(seconds: number): void {
    if (this.#seconds === seconds && this.#timer) return;
    this.#seconds = seconds;
    this.touch();
  }

  disarm(): void {
    this.#seconds = null;
    this.#clear();
  }

  /** Starts the quiet time again, after a touch or anything new on the screen. */
  touch(): void {
    this.#clear();
    if (this.#seconds === null) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#onIdle();
    }, this.#seconds * 1000);
  }

  #clear(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
