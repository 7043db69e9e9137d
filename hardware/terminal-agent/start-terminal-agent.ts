import type { Logger } from '../../src/logging/logger.ts';
import { parseCardReaderOption } from '../card-readers/card-reader-option.ts';
import type { CardReader } from '../card-readers/card-reader.ts';
import { createCardReader } from '../card-readers/create-card-reader.ts';
import { systemSerialBinding, type SerialBinding } from '../serial/serial-binding.ts';
import { enrolWithCode, type EnrolledTerminal } from './enrol-with-code.ts';
import { createEscPosReceiptPrinter } from './escpos-receipt-printer.ts';
import { parsePrinterOption } from './printer-option.ts';
import type { ReceiptPrinter } from './receipt-printer.ts';
import type { ReconnectPolicy } from './service-link.ts';
import { TerminalAgent } from './terminal-agent.ts';
import { readTerminalKey, writeTerminalKey } from './terminal-key-file.ts';
import { assertLoopbackHost } from './ui-server.ts';

/** The terminal agent's command-line settings, as typed. */
export interface TerminalAgentSettings {
  serviceUrl: string;
  keyFile: string;
  enrolCode?: string;
  /** `KIND:PATH[:BAUD]` values, one per reader. */
  cardReaders: string[];
  /** `PATH[:BAUD]`. */
  printer?: string;
  uiHost: string;
  uiPort: number;
  logger: Logger;
  /** The serialport binding; the real one unless a test or the demo gives another. */
  binding?: SerialBinding;
  reconnect?: ReconnectPolicy;
}

/** A setting that cannot work; the message names the option and what to write instead. */
export class TerminalAgentSettingError extends Error {
  override readonly name = 'TerminalAgentSettingError';
}

export interface StartedTerminalAgent {
  agent: TerminalAgent;
  uiUrl: string;
  /** Set when this start traded an enrolment code for a key. */
  enrolled: EnrolledTerminal | null;
}

/**
 * Checks the settings, trades an enrolment code for a key when one is given (saving the key with mode 0600),
 * opens the devices and starts the agent. Every setting is checked before anything is opened.
 */
export async function startTerminalAgent(settings: TerminalAgentSettings): Promise<StartedTerminalAgent> {
  const binding = settings.binding ?? systemSerialBinding;
  checkServiceUrl(settings.serviceUrl);
  const readers = createReaders(settings.cardReaders, binding);
  const printer = createPrinter(settings.printer, binding, settings.logger);
  try {
    assertLoopbackHost(settings.uiHost);
  } catch (error) {
    throw new TerminalAgentSettingError(`--ui-host: ${(error as Error).message}`);
  }

  let enrolled: EnrolledTerminal | null = null;
  if (settings.enrolCode) {
    enrolled = await enrolWithCode(settings.serviceUrl, settings.enrolCode);
    writeTerminalKey(settings.keyFile, enrolled.key);
    settings.logger.info({ terminal: enrolled.terminal.name, keyFile: settings.keyFile }, 'terminal enrolled; key saved');
  }
  const { key, tooOpen } = readTerminalKey(settings.keyFile);
  if (tooOpen) settings.logger.warn({ keyFile: settings.keyFile }, 'the terminal key file is readable by group or others; run chmod 600 on it');

  const agent = new TerminalAgent({
    serviceUrl: settings.serviceUrl,
    key,
    cardReaders: readers,
    printer,
    ui: { host: settings.uiHost, port: settings.uiPort },
    logger: settings.logger,
    reconnect: settings.reconnect,
  });
  const uiUrl = await agent.start();
  return { agent, uiUrl, enrolled };
}

function checkServiceUrl(serviceUrl: string): void {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    throw new TerminalAgentSettingError(`--service "${serviceUrl}": not a URL; give the central service's address, for example https://pin.library.example`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TerminalAgentSettingError(`--service "${serviceUrl}": use an http or https URL`);
  }
}

function createReaders(values: string[], binding: SerialBinding): CardReader[] {
  if (values.length === 0) throw new TerminalAgentSettingError('--card-reader is required, for example --card-reader barcode:/dev/ttyUSB0');
  return values.map((value) => {
    const parsed = parseCardReaderOption(value);
    if (!parsed.ok) throw new TerminalAgentSettingError(parsed.message);
    return createCardReader(parsed.spec, { binding });
  });
}

function createPrinter(value: string | undefined, binding: SerialBinding, logger: Logger): ReceiptPrinter | null {
  if (value === undefined) return null;
  const parsed = parsePrinterOption(value);
  if (!parsed.ok) throw new TerminalAgentSettingError(parsed.message);
  return createEscPosReceiptPrinter({ ...parsed.spec, binding, logger });
}
