import type { Logger } from '../../src/logging/logger.ts';
import type { PrinterProblem } from '../../src/sessions/terminal-session.types.ts';
import { buildReceiptBytes, type ReceiptLayout } from '../printers/receipt-builder.ts';
import { SerialReceiptPrinter, type PrintResult } from '../printers/serial-receipt-printer.ts';
import type { SerialBinding } from '../serial/serial-binding.ts';
import type { ReceiptPrinter } from './receipt-printer.ts';

export interface EscPosReceiptPrinterOptions {
  path: string;
  baudRate: number;
  binding: SerialBinding;
  logger: Logger;
  layout?: ReceiptLayout;
}

const PROBLEMS: Readonly<Record<Extract<PrintResult, { ok: false }>['code'], PrinterProblem>> = {
  timeout: 'timed-out',
  'not-found': 'offline',
  busy: 'fault',
  'permission-denied': 'fault',
  io: 'fault',
};

/** Creates a serial ESC/POS printer that lays out the receipts the service words, in Big5 for Chinese by default. */
export function createEscPosReceiptPrinter(options: EscPosReceiptPrinterOptions): ReceiptPrinter {
  const printer = new SerialReceiptPrinter({ path: options.path, baudRate: options.baudRate, binding: options.binding });
  return {
    path: options.path,
    async print(receipt) {
      const { language, ...content } = receipt;
      const { bytes, missingCharacters } = buildReceiptBytes(content, options.layout);
      if (missingCharacters.length > 0) {
        options.logger.warn({ printer: options.path, language, missingCharacters: missingCharacters.join('') }, 'the printer lacks some characters of this receipt; they print as □');
      }
      const result = await printer.print(bytes);
      if (result.ok) return { outcome: 'printed' };
      options.logger.error({ printer: options.path, code: result.code, problem: result.message }, 'printing a receipt failed');
      return { outcome: 'failed', problem: PROBLEMS[result.code] };
    },
    close: () => printer.close(),
  };
}
