import type { EventEmitter } from 'node:events';

/** Card reader kinds the terminal agent accepts in `--card-reader KIND:PATH[:BAUD]`. */
export const CARD_READER_KINDS = ['barcode', 'rfid-em4100', 'magstripe'] as const;

export type CardReaderKind = (typeof CARD_READER_KINDS)[number];

/**
 * An event a reader emits. A read carries the card number exactly as decoded, and the central service
 * validates it. `bad-read.detail` is an optional sentence for operator logs and never contains card digits.
 * The kiosk chooses what to show from `reason` alone.
 */
export type CardReaderEvent =
  | { type: 'card'; cardNumber: string }
  | { type: 'bad-read'; reason: 'bad-swipe' | 'bad-checksum' | 'unreadable'; detail?: string }
  | { type: 'connected'; path: string }
  | { type: 'disconnected'; path: string; reason: string }
  | { type: 'error'; code: 'busy' | 'permission-denied' | 'not-found' | 'io'; message: string };

/**
 * A serial card reader. `start()` opens the port and keeps it open, reopening with backoff after the device
 * is unplugged; `stop()` closes it for good. Events arrive on `'event'`.
 */
export interface CardReader extends EventEmitter<{ event: [CardReaderEvent] }> {
  readonly kind: CardReaderKind;
  readonly path: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
