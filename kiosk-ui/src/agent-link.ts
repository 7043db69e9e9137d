import type { AgentToUiMessage, UiEvent } from '../../src/http/terminal-protocol.ts';

/**
 * The UI's WebSocket to the terminal agent on this machine. It reconnects every few seconds while the agent
 * is away; the agent alone talks to the central service.
 */
export class AgentLink {
  readonly #url: string;
  readonly #onMessage: (message: AgentToUiMessage) => void;
  readonly #onLost: () => void;
  #socket: WebSocket | null = null;

  constructor(url: string, handlers: { onMessage(message: AgentToUiMessage): void; onLost(): void }) {
    this.#url = url;
    this.#onMessage = handlers.onMessage;
    this.#onLost = handlers.onLost;
  }

  connect(): void {
    const socket = new WebSocket(this.#url);
    this.#socket = socket;
    socket.addEventListener('message', (event) => this.#onMessage(JSON.parse(String(event.data)) as AgentToUiMessage));
    socket.addEventListener('close', () => {
      this.#socket = null;
      this.#onLost();
      setTimeout(() => this.connect(), 2000);
    });
  }

  send(event: UiEvent): void {
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(event));
  }
}
