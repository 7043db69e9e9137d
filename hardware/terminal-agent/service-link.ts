import { WebSocket } from 'ws';
import type { Logger } from '../../src/logging/logger.ts';
import { CLOSE_CODES, type AgentMessage, type ServiceConnectionState, type ServiceMessage } from '../../src/http/terminal-protocol.ts';

export interface ReconnectPolicy {
  /** Wait before the first retry, doubled after each failure up to `maxMs`. */
  initialMs: number;
  maxMs: number;
  /** Wait between tries while the service refuses the key; only staff can fix that. */
  refusedMs: number;
}

export const DEFAULT_RECONNECT: Readonly<ReconnectPolicy> = Object.freeze({ initialMs: 500, maxMs: 30_000, refusedMs: 60_000 });

export interface ServiceLinkOptions {
  /** Base URL of the central service, such as `https://library.example:3000`. */
  serviceUrl: string;
  key: string;
  logger: Logger;
  reconnect?: ReconnectPolicy;
  /** The first message after each connect, normally `hello` with the device states. */
  greeting(): AgentMessage;
  onMessage(message: ServiceMessage): void;
  onState(state: ServiceConnectionState): void;
}

/**
 * The agent's WebSocket to the central service, authenticated by the terminal key in the upgrade request.
 * It reconnects with backoff whenever the connection drops, such as at a service restart. Messages sent
 * while disconnected are dropped: a card read is only meaningful to a live session.
 */
export class ServiceLink {
  readonly #options: ServiceLinkOptions;
  readonly #policy: ReconnectPolicy;
  #socket: WebSocket | null = null;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #failures = 0;
  #stopped = false;
  #state: ServiceConnectionState = 'connecting';

  constructor(options: ServiceLinkOptions) {
    this.#options = options;
    this.#policy = options.reconnect ?? DEFAULT_RECONNECT;
  }

  get state(): ServiceConnectionState {
    return this.#state;
  }

  start(): void {
    this.#stopped = false;
    this.#connect();
  }

  send(message: AgentMessage): boolean {
    if (this.#state !== 'connected' || this.#socket?.readyState !== WebSocket.OPEN) return false;
    this.#socket.send(JSON.stringify(message));
    return true;
  }

  stop(): void {
    this.#stopped = true;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#socket?.close(1000, 'agent stopping');
    this.#socket = null;
  }

  #connect(): void {
    const url = `${this.#options.serviceUrl.replace(/^http/, 'ws').replace(/\/+$/, '')}/terminal/socket`;
    const socket = new WebSocket(url, { headers: { authorization: `Bearer ${this.#options.key}` } });
    this.#socket = socket;
    let refused: ServiceConnectionState | null = null;

    socket.on('open', () => {
      this.#failures = 0;
      this.#setState('connected');
      this.#options.logger.info({ serviceUrl: this.#options.serviceUrl }, 'connected to the central service');
      socket.send(JSON.stringify(this.#options.greeting()));
    });
    socket.on('unexpected-response', (_request, response) => {
      if (response.statusCode === 403) refused = 'revoked';
      if (response.statusCode === 401) refused = 'unauthorized';
      this.#options.logger.error({ status: response.statusCode }, 'the central service refused the terminal connection');
      socket.terminate();
    });
    socket.on('message', (data) => this.#receive(String(data)));
    socket.on('error', (error) => this.#options.logger.warn({ err: error }, 'connection to the central service failed'));
    socket.on('close', (code, reason) => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      if (code === CLOSE_CODES.revoked) refused = 'revoked';
      if (this.#state === 'connected') this.#options.logger.warn({ code, reason: String(reason) }, 'disconnected from the central service');
      this.#setState(refused ?? 'connecting');
      this.#scheduleRetry(refused !== null);
    });
  }

  #receive(text: string): void {
    let message: ServiceMessage;
    try {
      message = JSON.parse(text) as ServiceMessage;
    } catch {
      this.#options.logger.warn('the central service sent a message that is not JSON');
      return;
    }
    this.#options.onMessage(message);
  }

  #scheduleRetry(refused: boolean): void {
    if (this.#stopped) return;
    this.#failures += 1;
    const backoff = Math.min(this.#policy.maxMs, this.#policy.initialMs * 2 ** (this.#failures - 1));
    const delay = refused ? this.#policy.refusedMs : backoff;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      if (!this.#stopped) this.#connect();
    }, delay);
  }

  #setState(state: ServiceConnectionState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#options.onState(state);
  }
}
