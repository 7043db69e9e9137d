import { SUPPORTED_BAUD_RATES } from '../card-readers/card-reader-option.ts';

/** A parsed `--printer PATH[:BAUD]` value. */
export interface PrinterSpec {
  path: string;
  baudRate: number;
}

// NOTE: 9600 baud is a common factory setting for serial receipt printers, not a universal one. The
// printer's self-test page shows its setting; give it as PATH:BAUD when it differs.
export const DEFAULT_PRINTER_BAUD_RATE = 9600;

/** Parses `PATH[:BAUD]`; as with card readers, only a final all-digit segment is read as the baud rate. */
export function parsePrinterOption(value: string): { ok: true; spec: PrinterSpec } | { ok: false; message: string } {
  const quoted = `--printer "${value}"`;
  const lastColon = value.lastIndexOf(':');
  const lastSegment = lastColon < 0 ? '' : value.slice(lastColon + 1);
  const hasBaud = lastColon >= 0 && /^\d+$/.test(lastSegment);
  const path = hasBaud ? value.slice(0, lastColon) : value;

  if (!path.startsWith('/')) return { ok: false, message: `${quoted}: the device path must be absolute, for example /dev/ttyUSB1 or /dev/ttyUSB1:19200` };
  if (!hasBaud) return { ok: true, spec: { path, baudRate: DEFAULT_PRINTER_BAUD_RATE } };

  const baudRate = Number(lastSegment);
  if (!SUPPORTED_BAUD_RATES.includes(baudRate)) {
    return { ok: false, message: `${quoted}: the baud rate ${baudRate} is not supported; use one of ${SUPPORTED_BAUD_RATES.join(', ')}` };
  }
  return { ok: true, spec: { path, baudRate } };
}
