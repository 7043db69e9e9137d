import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { CardReader, CardReaderEvent } from '../card-readers/card-reader.ts';
import { maskCardNumber } from '../../src/domain/card-number.ts';
import { TERMINAL_PROTOCOL_VERSION, type AgentToUiMessage, type ServiceMessage, type UiEvent } from '../../src/http/terminal-protocol.ts';
import type { Logger } from '../../src/logging/logger.ts';
import type { TerminalView } from '../../src/sessions/kiosk-view.types.ts';
import type { DeviceStates, DeviceStatus } from '../../src/sessions/terminal-session.types.ts';
import type { ReceiptPrinter } from './receipt-printer.ts';
import { ServiceLink, type ReconnectPolicy } from './service-link.ts';
import { UiServer } from './ui-server.ts';

/** Version reported to the service in `hello`. */
export const AGENT_VERSION = '1';

export interface TerminalAgentOptions {
  serviceUrl: string;
  key: string;
  /** Card readers and item scanners; every read goes to the service, which decides what it means. */
  cardReaders: CardReader[];
  printer: ReceiptPrinter | null;
  ui: { host: string; port: number };
  logger: Logger;
  reconnect?: ReconnectPolicy;
  /** Further pages on the kiosk UI server, such as the demo card panel. */
  extraRoutes?(app: FastifyInstance): void;
}

const READER_ERROR_STATUS: Readonly<Record<Extract<CardReaderEvent, { type: 'error' }>['code'], DeviceStatus>> = {
  busy: 'busy',
  'permission-denied': 'permission-denied',
  'not-found': 'not-found',
  io: 'fault',
};

/**
 * The program on a kiosk: it opens the card readers and the printer, serves the kiosk page on loopback,
 * and relays between them and the central service. It decides nothing: reads, taps and PINs go to the
 * service, and the views the service sends go to the page.
 */
export class TerminalAgent {
  readonly #options: TerminalAgentOptions;
  readonly #link: ServiceLink;
  readonly #ui: UiServer;
  readonly #readerStatus = new Map<CardReader, DeviceStatus>();
  #view: TerminalView | null = null;

  constructor(options: TerminalAgentOptions) {
    this.#options = options;
    for (const reader of options.cardReaders) this.#readerStatus.set(reader, 'disconnected');
    this.#link = new ServiceLink({
      serviceUrl: options.serviceUrl,
      key: options.key,
      logger: options.logger,
      reconnect: options.reconnect,
      greeting: () => ({ type: 'hello', protocol: TERMINAL_PROTOCOL_VERSION, agentVersion: AGENT_VERSION, devices: this.#devices() }),
      onMessage: (message) => this.#fromService(message),
      onState: (state) => this.#ui.broadcast({ type: 'connection', state }),
    });
    this.#ui = new UiServer({
      host: options.ui.host,
      port: options.ui.port,
      logger: options.logger,
      currentState: () => this.#currentState(),
      onEvent: (event) => this.#fromUi(event),
      extraRoutes: options.extraRoutes,
    });
  }

  /** Starts everything and returns the kiosk page's URL. */
  async start(): Promise<string> {
    const address = await this.#ui.start();
    for (const reader of this.#options.cardReaders) {
      reader.on('event', (event) => this.#fromReader(reader, event));
      await reader.start();
    }
    this.#link.start();
    this.#options.logger.info({ ui: address, serviceUrl: this.#options.serviceUrl }, 'terminal agent started');
    return address;
  }

  async stop(): Promise<void> {
    this.#link.stop();
    await Promise.all(this.#options.cardReaders.map((reader) => reader.stop()));
    await this.#options.printer?.close();
    await this.#ui.stop();
  }

  #fromReader(reader: CardReader, event: CardReaderEvent): void {
    const { logger } = this.#options;
    switch (event.type) {
      case 'card':
        logger.info({ reader: reader.path, cardMasked: maskCardNumber(event.cardNumber) }, 'card read');
        this.#link.send({ type: 'read', eventId: randomUUID(), code: event.cardNumber });
        return;
      case 'bad-read':
        logger.info({ reader: reader.path, reason: event.reason }, 'card could not be read');
        this.#link.send({ type: 'read-failed', reason: event.reason });
        return;
      case 'connected':
        this.#setReaderStatus(reader, 'ready');
        return;
      case 'disconnected':
        logger.warn({ reader: reader.path, reason: event.reason }, 'card reader disconnected');
        this.#setReaderStatus(reader, 'disconnected');
        return;
      case 'error':
        logger.error({ reader: reader.path, code: event.code, problem: event.message }, 'card reader failed');
        this.#setReaderStatus(reader, READER_ERROR_STATUS[event.code]);
        return;
    }
  }

  #fromService(message: ServiceMessage): void {
    switch (message.type) {
      case 'view':
        this.#view = message.view;
        this.#ui.broadcast({ type: 'view', view: message.view });
        return;
      case 'print':
        void this.#print(message.jobId, message.receipt);
        return;
      case 'welcome':
        this.#options.logger.info({ terminal: message.terminal.name, mode: message.terminal.mode }, 'the central service accepted this terminal');
        return;
      case 'error':
        this.#options.logger.warn({ code: message.code, problem: message.message }, 'the central service rejected a message');
        return;
    }
  }

  #fromUi(event: UiEvent): void {
    this.#link.send(event);
  }

  async #print(jobId: string, receipt: Extract<ServiceMessage, { type: 'print' }>['receipt']): Promise<void> {
    const printer = this.#options.printer;
    const outcome = printer ? await printer.print(receipt) : ({ outcome: 'failed', problem: 'offline' } as const);
    if (outcome.outcome === 'failed') this.#options.logger.warn({ problem: outcome.problem }, 'receipt not printed');
    this.#link.send(outcome.outcome === 'printed' ? { type: 'print-result', jobId, outcome: 'printed' } : { type: 'print-result', jobId, outcome: 'failed', problem: outcome.problem });
  }

  #setReaderStatus(reader: CardReader, status: DeviceStatus): void {
    if (this.#readerStatus.get(reader) === status) return;
    this.#readerStatus.set(reader, status);
    this.#link.send({ type: 'devices', devices: { cardReader: this.#devices().cardReader } });
  }

  /** The card reader counts as ready only when every reader is, since a kiosk needs each one it has. */
  #devices(): DeviceStates {
    const problem = [...this.#readerStatus.values()].find((status) => status !== 'ready');
    return { cardReader: problem ?? 'ready', printer: this.#options.printer ? 'ready' : 'absent' };
  }

  #currentState(): AgentToUiMessage[] {
    const messages: AgentToUiMessage[] = [{ type: 'connection', state: this.#link.state }];
    if (this.#view && this.#link.state === 'connected') messages.push({ type: 'view', view: this.#view });
    return messages;
  }
}
