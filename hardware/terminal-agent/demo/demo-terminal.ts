import { existsSync } from 'node:fs';
import type { EnrolmentRequest, TerminalEnrolment } from '../../../src/http/terminal-enrolment.ts';
import type { Logger } from '../../../src/logging/logger.ts';
import type { TerminalMode } from '../../../src/sessions/kiosk-view.types.ts';
import type { TerminalRecord } from '../../../src/storage/terminal.store.ts';
import { enrolWithCode } from '../enrol-with-code.ts';
import { TerminalAgent } from '../terminal-agent.ts';
import { readTerminalKey, writeTerminalKey } from '../terminal-key-file.ts';
import { demoPanelRoutes, type DemoCard, type DemoItem } from './demo-panel.ts';
import { DemoReceiptPrinter } from './demo-receipt-printer.ts';
import { openVirtualCardLine } from './virtual-card-line.ts';

export interface DemoTerminalOptions {
  /** URL of the running central service, such as `http://127.0.0.1:3000`. */
  serviceUrl: string;
  /** The service's terminal enrolment, used to enrol the demo terminal when it has no usable key. */
  enrolment?: TerminalEnrolment;
  /** A terminal key to use as it is, instead of enrolling. */
  key?: string;
  /** Keeps the demo terminal's key between runs; without it the terminal is enrolled again at each start. */
  keyFile?: string;
  /** Terminal name; `demo-kiosk` unless given, `demo-station` for a station. */
  name?: string;
  /** Runs the demo terminal as a kiosk (the default) or as a self-service station. */
  mode?: TerminalMode;
  /** Branch or station code; a station needs one, because holds are picked up only where they wait. */
  location?: string;
  /** A station's item limit and hardened profile; the defaults when left out. */
  station?: EnrolmentRequest['station'];
  cards: DemoCard[];
  items: DemoItem[];
  /** TCP port of the kiosk page on 127.0.0.1; a free port unless given. */
  uiPort?: number;
  /** The virtual serial line: a socat pty pair, serialport's mock binding, or `auto` (pty when socat exists). */
  readerLine?: 'auto' | 'pty' | 'mock';
  logger: Logger;
}

export interface DemoTerminal {
  /** The kiosk page, as a kiosk's browser would show it. */
  kioskUrl: string;
  /** The kiosk page beside buttons that present the demo cards and items. */
  demoUrl: string;
  /** `pty` when reads cross a socat pseudo-terminal pair, `mock` when socat is missing. */
  readerKind: 'pty' | 'mock';
  stop(): Promise<void>;
}

/**
 * Starts a simulated kiosk or station for demos: the real terminal agent and barcode driver on a virtual
 * serial line, a printer that keeps receipts in memory, and a demo page that scans the demo cards and items.
 * Enrols the terminal through the terminal API when it has no working key for its name, mode and location.
 */
export async function startDemoTerminal(options: DemoTerminalOptions): Promise<DemoTerminal> {
  const key = await demoKey(options);
  const line = await openVirtualCardLine(options.readerLine);
  const printer = new DemoReceiptPrinter();
  const agent = new TerminalAgent({
    serviceUrl: options.serviceUrl,
    key,
    cardReaders: [line.reader],
    printer,
    ui: { host: '127.0.0.1', port: options.uiPort ?? 0 },
    logger: options.logger.child({ component: 'demo-terminal' }),
    extraRoutes: demoPanelRoutes({ line, printer, cards: options.cards, items: options.items, mode: options.mode }),
  });

  let kioskUrl: string;
  try {
    kioskUrl = await agent.start();
  } catch (error) {
    await line.close();
    throw error;
  }
  return {
    kioskUrl,
    demoUrl: `${kioskUrl}/demo`,
    readerKind: line.kind,
    async stop() {
      await agent.stop();
      await line.close();
    },
  };
}

async function demoKey(options: DemoTerminalOptions): Promise<string> {
  if (options.key) return options.key;
  const { enrolment, keyFile } = options;
  if (!enrolment) throw new Error('startDemoTerminal needs either a key or the terminal enrolment to enrol the demo kiosk');

  const mode = options.mode ?? 'kiosk';
  const request: EnrolmentRequest = { name: options.name ?? `demo-${mode}`, mode, location: options.location ?? null, station: options.station };
  if (keyFile && existsSync(keyFile)) {
    const { key } = readTerminalKey(keyFile);
    const lookup = await enrolment.authenticate(key);
    if (lookup.status === 'active' && isEnrolledAs(lookup.terminal, request)) return key;
  }

  let issued = await enrolment.issue(request);
  if (issued.outcome === 'name-taken') {
    // The demo terminal's earlier key was lost (no key file) or it was enrolled otherwise; it is revoked and replaced.
    await enrolment.revoke(request.name);
    issued = await enrolment.issue(request);
  }
  if (issued.outcome !== 'issued') throw new Error(`The demo ${mode} could not be enrolled: ${JSON.stringify(issued)}`);

  const { key } = await enrolWithCode(options.serviceUrl, issued.code);
  if (keyFile) writeTerminalKey(keyFile, key);
  return key;
}

/** Returns true when a stored key's terminal still has the name, mode and location the demo requests now. */
function isEnrolledAs(terminal: TerminalRecord, request: EnrolmentRequest): boolean {
  return terminal.name === request.name && terminal.mode === request.mode && terminal.location === (request.location ?? null);
}
