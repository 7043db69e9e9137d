import type { ReceiptDocument } from '../../../src/http/terminal-protocol.ts';
import type { ReceiptPrinter } from '../receipt-printer.ts';

/** A printer for the demo: it keeps the last receipts so the demo panel can show them. */
export class DemoReceiptPrinter implements ReceiptPrinter {
  readonly path = 'demo-printer';
  readonly receipts: ReceiptDocument[] = [];

  async print(receipt: ReceiptDocument) {
    this.receipts.unshift(receipt);
    this.receipts.length = Math.min(this.receipts.length, 5);
    return { outcome: 'printed' } as const;
  }

  async close(): Promise<void> {}
}
