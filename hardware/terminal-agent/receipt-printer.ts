import type { ReceiptDocument } from '../../src/http/terminal-protocol.ts';
import type { PrintOutcome } from '../../src/sessions/terminal-session.types.ts';

/** A receipt printer as the agent uses it: failures are outcomes, so the kiosk can offer "no receipt". */
export interface ReceiptPrinter {
  readonly path: string;
  print(receipt: ReceiptDocument): Promise<PrintOutcome>;
  close(): Promise<void>;
}
