import type { Logger } from '../../src/logging/logger.ts';
import type { PrinterProblem } from '../../src/sessions/terminal-session.types.ts';
import { traditionalChineseForBig5 } from '../../src/i18n/chinese-script.ts';
import { buildReceiptBytes, type Receipt, type ReceiptLayout } from '../printers/receipt-builder.ts';
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

/** Applies `convert` to every text of a receipt. */
export function mapReceiptText(receipt: Receipt, convert: (text: string) => string): Receipt {
  return {
    titleLines: receipt.titleLines.map(convert),
    items: receipt.items.map((item) => ({ ...item, title: convert(item.title), dueText: convert(item.dueText) })),
    referenceText: convert(receipt.referenceText),
    footerLines: receipt.footerLines.map(convert),
  };
}

/** Creates a serial ESC/POS printer that lays out the receipts the service words, in Big5 for Chinese by default. */
export function createEscPosReceiptPrinter(options: EscPosReceiptPrinterOptions): ReceiptPrinter {
  const printer = new SerialReceiptPrinter({ path: options.path, baudRate: options.baudRate, binding: options.binding });
  return {
    path: options.path,
    async print(receipt) {
      const { language, ...words } = receipt;
      // A Big5 printer has Traditional characters only, so a Simplified Chinese receipt is printed in their
      // Traditional forms, which a reader of Simplified Chinese can read, instead of as empty squares.
      const content = language === 'zh-Hans' ? mapReceiptText(words, traditionalChineseForBig5) : words;
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
