import { EventEmitter } from 'node:events';
import type { CardReader, CardReaderEvent, CardReaderKind } from '../../hardware/card-readers/card-reader.ts';

/** A card reader with no device behind it: tests make it report reads and faults. */
export class FakeCardReader extends EventEmitter<{ event: [CardReaderEvent] }> implements CardReader {
  readonly kind: CardReaderKind = 'barcode';
  readonly path = '/dev/fake-reader';

  async start(): Promise<void> {
    this.emit('event', { type: 'connected', path: this.path });
  }

  async stop(): Promise<void> {}

  present(cardNumber: string): void {
    this.emit('event', { type: 'card', cardNumber });
  }

  report(event: CardReaderEvent): void {
    this.emit('event', event);
  }
}
