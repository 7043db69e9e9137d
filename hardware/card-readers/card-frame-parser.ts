import type { CardReaderEvent } from './card-reader.ts';

/** A read completed by a frame parser: a card number or a bad read. */
export type CardRead = Extract<CardReaderEvent, { type: 'card' | 'bad-read' }>;

/**
 * Turns a card reader's byte stream into reads. Parsers are pure: they do no I/O and start no timers, and
 * the caller passes the time in, so each one is tested by feeding bytes. Every parser keeps at most a fixed
 * number of bytes of an unfinished frame.
 */
export interface CardFrameParser {
  /** Feeds received bytes, split anywhere; returns the reads they complete, in order. */
  push(chunk: Uint8Array, nowMs: number): CardRead[];
  /** True while bytes of an unfinished frame are held. */
  readonly hasPartialFrame: boolean;
  /**
   * Silence in milliseconds after which the caller calls `flushIdle` while a partial frame is held. It is
   * null for formats with explicit frame ends, where silence ends nothing.
   */
  readonly idleTimeoutMs: number | null;
  /** Ends the held partial frame after `idleTimeoutMs` of silence and returns what it completes. */
  flushIdle(nowMs: number): CardRead[];
  /** Forgets any partial frame, for example after the device was unplugged mid-frame. */
  reset(): void;
}

/** A bounded byte buffer for one frame; `append` returns false instead of growing past its capacity. */
export class FrameBuffer {
  readonly #bytes: Uint8Array;
  #length = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`Frame buffer capacity must be a positive integer, got ${capacity}`);
    this.#bytes = new Uint8Array(capacity);
  }

  get length(): number {
    return this.#length;
  }

  append(byte: number): boolean {
    if (this.#length >= this.capacity) return false;
    this.#bytes[this.#length] = byte;
    this.#length += 1;
    return true;
  }

  /** Returns the held bytes as Latin-1 text (one character per byte) and empties the buffer. */
  take(): string {
    const text = Buffer.from(this.#bytes.subarray(0, this.#length)).toString('latin1');
    this.#length = 0;
    return text;
  }

  clear(): void {
    this.#length = 0;
  }
}
