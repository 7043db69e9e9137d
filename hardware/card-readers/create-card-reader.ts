import type { Clock } from '../../src/domain/clock.ts';
import type { BackoffPolicy } from '../serial/reconnect-backoff.ts';
import type { SerialBinding } from '../serial/serial-binding.ts';
import type { Timers } from '../serial/timers.ts';
import { BarcodeFrameParser, type BarcodeParserOptions } from './barcode-frame.parser.ts';
import type { CardFrameParser } from './card-frame-parser.ts';
import type { CardReader, CardReaderKind } from './card-reader.ts';
import type { CardReaderSpec } from './card-reader-option.ts';
import { Em4100FrameParser, type Em4100ParserOptions } from './em4100-frame.parser.ts';
import { MagstripeFrameParser } from './magstripe-frame.parser.ts';
import { SerialCardReader } from './serial-card-reader.ts';

export interface CardReaderDependencies {
  /** `systemSerialBinding` for real devices; `SerialPortMock.binding` or a wrapper of it in tests. */
  binding: SerialBinding;
  clock?: Clock;
  timers?: Timers;
  backoff?: BackoffPolicy;
  barcode?: BarcodeParserOptions;
  em4100?: Em4100ParserOptions;
}

/** Builds the driver for a parsed `--card-reader` value; call `start()` on it to open the port. */
export function createCardReader(spec: CardReaderSpec, dependencies: CardReaderDependencies): CardReader {
  return new SerialCardReader({
    kind: spec.kind,
    path: spec.path,
    baudRate: spec.baudRate,
    binding: dependencies.binding,
    parser: createCardFrameParser(spec.kind, dependencies),
    clock: dependencies.clock,
    timers: dependencies.timers,
    backoff: dependencies.backoff,
  });
}

/** Builds the frame parser for a reader kind. */
export function createCardFrameParser(kind: CardReaderKind, options: Pick<CardReaderDependencies, 'barcode' | 'em4100'> = {}): CardFrameParser {
  switch (kind) {
    case 'barcode':
      return new BarcodeFrameParser(options.barcode);
    case 'rfid-em4100':
      return new Em4100FrameParser(options.em4100);
    case 'magstripe':
      return new MagstripeFrameParser();
  }
}
