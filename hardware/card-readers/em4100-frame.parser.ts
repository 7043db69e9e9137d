import { FrameBuffer, type CardFrameParser, type CardRead } from './card-frame-parser.ts';

/**
 * Mapping from a tag's 5 data bytes to the card number sent to the service. `decimal-last-4-bytes` is the
 * 10-digit number often printed on EM4100 cards: the last 4 bytes as an unsigned decimal, zero padded.
 * `hex` is all 5 bytes as 10 upper-case hex digits, for libraries that enrolled cards that way.
 */
export type Em4100CardNumberFormat = 'decimal-last-4-bytes' | 'hex';

export interface Em4100ParserOptions {
  cardNumberFormat?: Em4100CardNumberFormat;
  /** A tag read again within this many milliseconds of its last frame counts as still held, not as a new read. */
  repeatGapMs?: number;
}

/**
 * RDM6300 readers repeat the frame roughly every 50 ms while a tag is held (an estimate, and it varies by
 * module), so 500 ms is about ten missed repeats.
 */
export const EM4100_PARSER_DEFAULTS = Object.freeze({ cardNumberFormat: 'decimal-last-4-bytes' as Em4100CardNumberFormat, repeatGapMs: 500 });

const STX = 0x02;
const ETX = 0x03;
/** 10 hex data digits, 2 hex checksum digits, then the optional CR LF of ID-12/ID-20 readers. */
const MAX_FRAME_BODY_BYTES = 14;
const FRAME_BODY = /^([0-9A-Fa-f]{10})([0-9A-Fa-f]{2})\r?\n?$/;

/**
 * EM4100 125 kHz reader frames (ID-12, ID-20, RDM6300): STX, 10 ASCII hex data digits, 2 ASCII hex digits
 * of the XOR of the 5 data bytes, optional CR LF, ETX. The parser synchronises on STX and ETX, never on a
 * byte count, so one lost byte spoils one frame and not every later one. Bytes outside a frame are junk and
 * dropped. A frame cut short by a new STX is dropped without a report, because the new frame usually carries
 * the same tag. A bad checksum, a malformed body or an overlong frame is reported as a bad read, except while
 * a tag is held: then the good repeat follows within milliseconds, and an error must not flash after a read.
 */
export class Em4100FrameParser implements CardFrameParser {
  readonly idleTimeoutMs = null;
  readonly #cardNumberFormat: Em4100CardNumberFormat;
  readonly #repeatGapMs: number;
  readonly #body = new FrameBuffer(MAX_FRAME_BODY_BYTES);
  #inFrame = false;
  #lastTag: string | null = null;
  #lastSeenMs = Number.NEGATIVE_INFINITY;

  constructor(options: Em4100ParserOptions = {}) {
    this.#cardNumberFormat = options.cardNumberFormat ?? EM4100_PARSER_DEFAULTS.cardNumberFormat;
    this.#repeatGapMs = options.repeatGapMs ?? EM4100_PARSER_DEFAULTS.repeatGapMs;
  }

  get hasPartialFrame(): boolean {
    return this.#inFrame;
  }

  push(chunk: Uint8Array, nowMs: number): CardRead[] {
    const reads: CardRead[] = [];
    for (const byte of chunk) this.#acceptByte(byte, nowMs, reads);
    return reads;
  }

  flushIdle(): CardRead[] {
    return [];
  }

  reset(): void {
    this.#inFrame = false;
    this.#body.clear();
  }

  #acceptByte(byte: number, nowMs: number, reads: CardRead[]): void {
    if (byte === STX) {
      this.#inFrame = true;
      this.#body.clear();
      return;
    }
    if (!this.#inFrame) return;

    if (byte === ETX) {
      this.#inFrame = false;
      this.#completeFrame(this.#body.take(), nowMs, reads);
      return;
    }
    if (!this.#body.append(byte)) {
      this.reset();
      this.#reportBadRead({ type: 'bad-read', reason: 'unreadable', detail: `EM4100 frame longer than ${MAX_FRAME_BODY_BYTES} bytes without ETX; dropped` }, nowMs, reads);
    }
  }

  #completeFrame(body: string, nowMs: number, reads: CardRead[]): void {
    const match = FRAME_BODY.exec(body);
    if (!match) {
      this.#reportBadRead({ type: 'bad-read', reason: 'unreadable', detail: 'EM4100 frame is not 10 hex data digits and 2 hex checksum digits; dropped' }, nowMs, reads);
      return;
    }

    const tagHex = (match[1] ?? '').toUpperCase();
    if (em4100Checksum(tagHex) !== Number.parseInt(match[2] ?? '', 16)) {
      this.#reportBadRead({ type: 'bad-read', reason: 'bad-checksum', detail: 'EM4100 frame checksum does not match its data; dropped' }, nowMs, reads);
      return;
    }

    const isRepeat = tagHex === this.#lastTag && this.#isTagHeld(nowMs);
    this.#lastTag = tagHex;
    this.#lastSeenMs = nowMs;
    if (!isRepeat) reads.push({ type: 'card', cardNumber: em4100CardNumber(tagHex, this.#cardNumberFormat) });
  }

  #reportBadRead(read: CardRead, nowMs: number, reads: CardRead[]): void {
    if (!this.#isTagHeld(nowMs)) reads.push(read);
  }

  #isTagHeld(nowMs: number): boolean {
    return nowMs - this.#lastSeenMs < this.#repeatGapMs;
  }
}

/** XOR of the 5 data bytes given as 10 hex digits. */
export function em4100Checksum(tagHex: string): number {
  let checksum = 0;
  for (let offset = 0; offset < 10; offset += 2) checksum ^= Number.parseInt(tagHex.slice(offset, offset + 2), 16);
  return checksum;
}

/** Maps a tag's 10 hex data digits to the card number in the chosen format. */
export function em4100CardNumber(tagHex: string, format: Em4100CardNumberFormat): string {
  if (format === 'hex') return tagHex.toUpperCase();
  return Number.parseInt(tagHex.slice(2), 16).toString().padStart(10, '0');
}
