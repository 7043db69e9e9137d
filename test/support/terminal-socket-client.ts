import { WebSocket } from 'ws';
import type { ServiceMessage } from '../../src/http/terminal-protocol.ts';
import type { KioskScreen, KioskView } from '../../src/sessions/kiosk-view.types.ts';

/**
 * A terminal agent's side of the WebSocket, for tests: it keeps every message and lets a test wait for
 * the next one that matches. Waiting has a timeout only so a broken test fails instead of hanging.
 */
export class TerminalSocketClient {
  readonly messages: ServiceMessage[] = [];
  readonly socket: WebSocket;
  readonly closed: Promise<{ code: number; reason: string }>;
  #read = 0;
  #waiters: Array<() => void> = [];

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as ServiceMessage);
      for (const wake of this.#waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }

  /** Opens the socket; rejects with the HTTP status when the service refuses the upgrade. */
  static connect(url: string, key: string | null): Promise<TerminalSocketClient> {
    const socket = new WebSocket(url, { headers: key ? { authorization: `Bearer ${key}` } : {} });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new TerminalSocketClient(socket)));
      socket.once('unexpected-response', (_request, response) => reject(Object.assign(new Error(`refused with ${response.statusCode}`), { statusCode: response.statusCode })));
      socket.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  hello(devices = { cardReader: 'ready', printer: 'ready' }): void {
    this.send({ type: 'hello', protocol: 1, agentVersion: 'test', devices });
  }

  /** Waits for the next message, after those already taken, that satisfies `matches`. */
  async next<T extends ServiceMessage>(matches: (message: ServiceMessage) => message is T, timeoutMs?: number): Promise<T>;
  async next(matches: (message: ServiceMessage) => boolean, timeoutMs?: number): Promise<ServiceMessage>;
  async next(matches: (message: ServiceMessage) => boolean, timeoutMs = 10_000): Promise<ServiceMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.#read < this.messages.length) {
        const message = this.messages[this.#read] as ServiceMessage;
        this.#read += 1;
        if (matches(message)) return message;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no matching message; received: ${JSON.stringify(this.messages.slice(-5))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits for the next view showing the named screen. */
  async screen<N extends KioskScreen['name']>(name: N): Promise<KioskView & { screen: Extract<KioskScreen, { name: N }> }> {
    const message = await this.next((candidate) => candidate.type === 'view' && candidate.view.screen.name === name && !candidate.view.busy);
    return (message as { view: KioskView }).view as KioskView & { screen: Extract<KioskScreen, { name: N }> };
  }

  close(): void {
    this.socket.close();
  }
}
