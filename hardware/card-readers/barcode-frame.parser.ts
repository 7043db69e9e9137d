import { FrameBuffer, type CardFrameParser, type CardRead } from './card-frame-parser.ts';

export interface BarcodeParserOptions {
  /** Silence, in milliseconds, that ends a barcode sent without CR or LF. */
  interByteTimeoutMs?: number;
  /** Maximum barcode length in bytes. A longer frame is dropped and reported as unreadable. */
  maxFrameBytes?: number;
}

/**
 * RS-232 scanners send a whole barcode in one burst: 14 digits and CR LF take about 17 ms at 9600 baud 8N1.
 * FTDI USB serial adapters hold a short burst for their 16 ms latency timer (FTDI AN232B-04), so a gap
 * inside one barcode stays well under 100 ms. Library barcodes are 14 characters, or 20 with CLSI spaces and
 * Codabar start/stop letters, and 64 bytes leave room for item barcodes and prefixes.
 */
export const BARCODE_PARSER_DEFAULTS = Object.freeze({ interByteTimeoutMs: 100, maxFrameBytes: 64 });

const CR = 0x0d;
const LF = 0x0a;

/**
 * Barcode scanner frames: the text up to CR, LF or CRLF, or up to `interByteTimeoutMs` of silence when the
 * scanner sends no terminator. Empty frames are skipped, so the LF of a CRLF never yields an empty or shifted
 * read. Bytes outside printable ASCII (line noise, STX/ETX wrappers) are dropped.
 */
export class BarcodeFrameParser implements CardFrameParser {
  readonly idleTimeoutMs: number;
  readonly #buffer: FrameBuffer;
  /** True after an overlong frame, until its end: its remaining bytes must not start a new read. */
  #discarding = false;

  constructor(options: BarcodeParserOptions = {}) {
    this.idleTimeoutMs = options.interByteTimeoutMs ?? BARCODE_PARSER_DEFAULTS.interByteTimeoutMs;
    this.#buffer = new FrameBuffer(options.maxFrameBytes ?? BARCODE_PARSER_DEFAULTS.maxFrameBytes);
  }

  get hasPartialFrame(): boolean {
    return this.#buffer.length > 0 || this.#discarding;
  }

  push(chunk: Uint8Array): CardRead[] {
    const reads: CardRead[] = [];
    for (const byte of chunk) this.#acceptByte(byte, reads);
    return reads;
  }

  flushIdle(): CardRead[] {
    const reads: CardRead[] = [];
    this.#endFrame(reads);
    return reads;
  }

  reset(): void {
    this.#buffer.clear();
    this.#discarding = false;
  }

  #acceptByte(byte: number, reads: CardRead[]): void {
    if (byte === CR || byte === LF) {
      this.#endFrame(reads);
      return;
    }
    if (byte < 0x20 || byte > 0x7e || this.#discarding) return;

    if (!this.#buffer.append(byte)) {
      this.#buffer.clear();
      this.#discarding = true;
      reads.push({
        type: 'bad-read',
        reason: 'unreadable',
        detail: `Barcode frame longer than ${this.#buffer.capacity} bytes without CR or LF; dropped`,
      });
    }
  }

  #endFrame(reads: CardRead[]): void {
    if (this.#discarding) {
      this.#discarding = false;
      return;
    }

    const barcode = normaliseBarcode(this.#buffer.take());
    if (barcode !== '') reads.push({ type: 'card', cardNumber: barcode });
  }
}

const CODABAR_WITH_START_STOP = /^[A-D]([0-9\-$:/.+]+)[A-D]$/i;

/**
 * Removes the spaces a scanner in CLSI mode inserts (`2 7301 00001 0018`) and the Codabar start/stop
 * letters A–D, which some scanners send. The letters are removed only when both are present and everything
 * between them is a Codabar data character, so an alphanumeric item barcode keeps its letters.
 */
export function normaliseBarcode(text: string): string {
  const compact = text.replace(/ /g, '');
  const codabar = CODABAR_WITH_START_STOP.exec(compact);
  return codabar?.[1] ?? compact;
}
