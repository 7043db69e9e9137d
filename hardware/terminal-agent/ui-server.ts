import websocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { buildKioskUi } from '../../kiosk-ui/build-kiosk-ui.ts';
import type { Logger } from '../../src/logging/logger.ts';
import { parseMessage, uiEventSchema, type AgentToUiMessage, type UiEvent } from '../../src/http/terminal-protocol.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

export interface UiServerOptions {
  host: string;
  port: number;
  logger: Logger;
  /** Messages every newly connected page needs at once: the connection state and the current view. */
  currentState(): AgentToUiMessage[];
  onEvent(event: UiEvent): void;
  /** Further pages on the same server, such as the demo card panel. */
  extraRoutes?(app: FastifyInstance): void;
}

/** Throws unless `host` is a loopback address; the kiosk page must not be reachable from the network. */
export function assertLoopbackHost(host: string): void {
  if (!LOOPBACK_HOSTS.has(host)) throw new RangeError(`The kiosk UI listens on loopback only; use 127.0.0.1, ::1 or localhost, not "${host}"`);
}

/**
 * Serves the kiosk page and its WebSocket on loopback. Requests must name a loopback host (against DNS
 * rebinding) and WebSocket upgrades must come from this server's own pages (against cross-site WebSocket
 * hijacking by a page loaded from elsewhere). The terminal key stays in the agent: nothing here sends it.
 */
export class UiServer {
  readonly #options: UiServerOptions;
  readonly #sockets = new Set<WebSocket>();
  #app: FastifyInstance | null = null;

  constructor(options: UiServerOptions) {
    assertLoopbackHost(options.host);
    this.#options = options;
  }

  async start(): Promise<string> {
    const assets = await buildKioskUi();
    // Request lines for every page load would drown the agent's log; warnings and errors still show.
    const app = Fastify({ loggerInstance: this.#options.logger.child({ component: 'kiosk-ui' }, { level: 'warn' }) as FastifyBaseLogger });
    await app.register(websocket, { options: { maxPayload: 4096 } });

    app.addHook('onRequest', async (request, reply) => {
      if (!isLoopbackHostHeader(request.headers.host)) return reply.status(403).send({ error: 'requests must name a loopback host' });
    });
    for (const [path, asset] of assets) {
      app.get(path, async (_request, reply) => reply.header('content-type', asset.contentType).header('cache-control', 'no-store').send(asset.body));
    }
    // The pages declare an empty icon; a browser that requests one anyway gets no content instead of a 404 in its console.
    app.get('/favicon.ico', async (_request, reply) => reply.status(204).send());
    app.get('/ui-socket', { websocket: true, preValidation: async (request, reply) => checkOrigin(request, reply) }, (socket) => this.#attach(socket));
    this.#options.extraRoutes?.(app);

    const address = await app.listen({ host: this.#options.host, port: this.#options.port });
    this.#app = app;
    return address;
  }

  broadcast(message: AgentToUiMessage): void {
    const text = JSON.stringify(message);
    for (const socket of this.#sockets) if (socket.readyState === socket.OPEN) socket.send(text);
  }

  async stop(): Promise<void> {
    await this.#app?.close();
    this.#app = null;
  }

  #attach(socket: WebSocket): void {
    this.#sockets.add(socket);
    socket.on('close', () => this.#sockets.delete(socket));
    for (const message of this.#options.currentState()) socket.send(JSON.stringify(message));
    socket.on('message', (data) => {
      const parsed = parseMessage(uiEventSchema, data);
      if (!parsed.ok) {
        this.#options.logger.warn({ problem: parsed.problem }, 'the kiosk page sent an invalid message');
        return;
      }
      this.#options.onEvent(parsed.message);
    });
  }
}

function isLoopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.split(':')[0];
  return name !== undefined && LOOPBACK_HOSTS.has(name);
}

// Browsers always send Origin on a WebSocket upgrade; other local clients (tools, tests) may leave it out.
async function checkOrigin(request: FastifyRequest, reply: { status(code: number): { send(body: unknown): unknown } }): Promise<void> {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host !== request.headers.host) await reply.status(403).send({ error: 'WebSocket upgrades must come from the kiosk page' });
}
