import { CARD_READER_KINDS, type CardReaderKind } from './card-reader.ts';

/** A parsed `--card-reader KIND:PATH[:BAUD]` value. */
export interface CardReaderSpec {
  kind: CardReaderKind;
  path: string;
  baudRate: number;
}

export type CardReaderOptionResult = { ok: true; spec: CardReaderSpec } | { ok: false; message: string };

/** ID-12/ID-20, RDM6300 and most RS-232 barcode and magstripe readers ship set to 9600 baud, 8N1. */
export const DEFAULT_CARD_READER_BAUD_RATE = 9600;

export const SUPPORTED_BAUD_RATES: readonly number[] = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200];

const OPTION = '--card-reader';
const EXAMPLE = 'barcode:/dev/ttyUSB0:9600';

/**
 * Parses `KIND:PATH[:BAUD]`. Device paths may contain colons (`/dev/serial/by-path/pci-0000:00:14.0-…`), so
 * only a last segment made of letters, digits or underscores is taken as the baud rate. A path that itself
 * ends in such a segment needs the baud rate written out.
 */
export function parseCardReaderOption(value: string): CardReaderOptionResult {
  const quoted = `${OPTION} "${value}"`;
  const separator = value.indexOf(':');
  if (separator < 0) return failure(`${quoted}: expected KIND:PATH[:BAUD], for example ${EXAMPLE}`);

  const kind = value.slice(0, separator);
  if (!isCardReaderKind(kind)) {
    return failure(`${quoted}: unknown reader kind "${kind}"; use one of ${CARD_READER_KINDS.join(', ')}`);
  }

  const { path, baudText } = splitPathAndBaud(value.slice(separator + 1));
  if (path === '') return failure(`${quoted}: the device path is missing, for example ${EXAMPLE}`);
  if (!path.startsWith('/')) return failure(`${quoted}: the device path "${path}" must be absolute, for example /dev/ttyUSB0`);

  if (baudText === undefined) return { ok: true, spec: { kind, path, baudRate: DEFAULT_CARD_READER_BAUD_RATE } };
  return parseBaudRate(quoted, kind, path, baudText);
}

function splitPathAndBaud(rest: string): { path: string; baudText?: string } {
  const lastColon = rest.lastIndexOf(':');
  if (lastColon < 0) return { path: rest };

  const lastSegment = rest.slice(lastColon + 1);
  if (!/^\w*$/.test(lastSegment)) return { path: rest };
  return { path: rest.slice(0, lastColon), baudText: lastSegment };
}

function parseBaudRate(quoted: string, kind: CardReaderKind, path: string, baudText: string): CardReaderOptionResult {
  if (!/^\d+$/.test(baudText)) {
    return failure(
      `${quoted}: the baud rate "${baudText}" is not a whole number; if it is part of the path, add the baud rate: ${kind}:${path}:${baudText}:${DEFAULT_CARD_READER_BAUD_RATE}`,
    );
  }

  const baudRate = Number(baudText);
  if (!SUPPORTED_BAUD_RATES.includes(baudRate)) {
    return failure(`${quoted}: the baud rate ${baudRate} is not supported; use one of ${SUPPORTED_BAUD_RATES.join(', ')}`);
  }
  return { ok: true, spec: { kind, path, baudRate } };
}

function isCardReaderKind(value: string): value is CardReaderKind {
  return (CARD_READER_KINDS as readonly string[]).includes(value);
}

function failure(message: string): CardReaderOptionResult {
  return { ok: false, message };
}
