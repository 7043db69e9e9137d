import { FrameBuffer, type CardFrameParser, type CardRead } from './card-frame-parser.ts';

const TRACK1_START = 0x25; // %
const TRACK2_START = 0x3b; // ;
const TRACK3_START = 0x2b; // + (MagTek-style ASCII output for track 3)
const END_SENTINEL = 0x3f; // ?

/** ISO/IEC 7813 limits track 2 to 40 characters including both sentinels and the LRC. */
const MAX_TRACK2_BYTES = 40;
const TRACK2_DATA = /^(\d{1,19})(?:=[0-9:<=>]*)?$/;

type State = 'hunting' | 'skipping-other-track' | 'track2';

/**
 * Magnetic stripe readers in ASCII mode: track 2 is `;` card number (up to 19 digits) `=` expiry, service
 * code and discretionary data `?`. Serial readers check the LRC themselves and send `;E?` for a failed
 * swipe, reported here as a bad swipe so the kiosk can request another. Track 1 (`%…?`) and track 3 (`+…?`)
 * are skipped; a `;` inside them is taken as the start of track 2, because a lost end sentinel is likelier
 * than a `;` in a name. A track 2 cut short by a new `;` is dropped without a report.
 */
export class MagstripeFrameParser implements CardFrameParser {
  readonly idleTimeoutMs = null;
  readonly #track = new FrameBuffer(MAX_TRACK2_BYTES);
  #state: State = 'hunting';

  get hasPartialFrame(): boolean {
    return this.#state !== 'hunting';
  }

  push(chunk: Uint8Array): CardRead[] {
    const reads: CardRead[] = [];
    for (const byte of chunk) this.#acceptByte(byte, reads);
    return reads;
  }

  flushIdle(): CardRead[] {
    return [];
  }

  reset(): void {
    this.#state = 'hunting';
    this.#track.clear();
  }

  #acceptByte(byte: number, reads: CardRead[]): void {
    if (byte === TRACK2_START) {
      this.#state = 'track2';
      this.#track.clear();
      return;
    }

    if (this.#state === 'hunting') {
      if (byte === TRACK1_START || byte === TRACK3_START) this.#state = 'skipping-other-track';
    } else if (this.#state === 'skipping-other-track') {
      if (byte === END_SENTINEL) this.#state = 'hunting';
    } else if (byte === END_SENTINEL) {
      this.#state = 'hunting';
      reads.push(parseTrack2(this.#track.take()));
    } else if (!this.#track.append(byte)) {
      this.reset();
      reads.push({ type: 'bad-read', reason: 'unreadable', detail: `Track 2 longer than ${MAX_TRACK2_BYTES} bytes without the end sentinel; dropped` });
    }
  }
}

function parseTrack2(data: string): CardRead {
  if (data.toUpperCase() === 'E') return { type: 'bad-read', reason: 'bad-swipe', detail: 'The reader reported a failed swipe (;E?)' };

  const match = TRACK2_DATA.exec(data);
  if (!match?.[1]) {
    return { type: 'bad-read', reason: 'unreadable', detail: 'Track 2 is not a card number of up to 19 digits followed by = and card data' };
  }
  return { type: 'card', cardNumber: match[1] };
}
