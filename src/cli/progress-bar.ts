/** A one-line progress bar redrawn in place on a terminal; silent when the stream is not a terminal. */
export class ProgressBar {
  readonly #stream: NodeJS.WriteStream;
  readonly #enabled: boolean;
  #lastDrawn = 0;

  constructor(stream: NodeJS.WriteStream = process.stderr) {
    this.#stream = stream;
    this.#enabled = stream.isTTY === true;
  }

  update(done: number, total: number, label: string): void {
    if (!this.#enabled) return;
    // Redrawing more than ten times a second only costs time.
    const now = Date.now();
    if (now - this.#lastDrawn < 100 && done < total) return;
    this.#lastDrawn = now;

    const width = 30;
    const fraction = total > 0 ? Math.min(done / total, 1) : 0;
    const filled = Math.round(fraction * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    this.#stream.write(`\r[${bar}] ${String(Math.round(fraction * 100)).padStart(3)}% ${label}`);
  }

  finish(): void {
    if (this.#enabled) this.#stream.write('\n');
  }
}
