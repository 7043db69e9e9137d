import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { TerminalSessionManager } from '../sessions/terminal-session.manager.ts';
import type { TerminalRecord } from '../storage/terminal.store.ts';
import { attachTerminalConnection } from './terminal-connection.ts';
import { CLOSE_CODES } from './terminal-protocol.ts';
import type { TerminalEnrolment } from './terminal-enrolment.ts';

export interface TerminalApiOptions {
  enrolment: TerminalEnrolment;
  sessions: TerminalSessionManager;
  /** Interval between WebSocket pings to each terminal; 30 seconds unless given. */
  heartbeatMs?: number;
}

/** Largest message a terminal may send; views go the other way, so 64 KiB is plenty. */
const MAX_TERMINAL_MESSAGE_BYTES = 64 * 1024;

const enrolBodySchema = {
  type: 'object',
  required: ['code'],
  additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

/**
 * Registers the terminal API: `POST /terminal/enrol` trades a one-time code for a terminal key, `GET /terminal/me`
 * describes the calling terminal, and `GET /terminal/socket` is the agent's WebSocket. The last two take
 * `Authorization: Bearer <terminal key>`; the key is checked before the WebSocket upgrade.
 */
export function terminalApi(options: TerminalApiOptions) {
  return async function registerTerminalApi(app: FastifyInstance): Promise<void> {
    if (!app.hasDecorator('websocketServer')) {
      await app.register(websocket, { options: { maxPayload: MAX_TERMINAL_MESSAGE_BYTES }, preClose: closeTerminalSockets });
    }
    const authenticated = new WeakMap<FastifyRequest, TerminalRecord>();

    const authenticate = async (request: FastifyRequest): Promise<void> => {
      authenticated.set(request, await terminalOf(request, options.enrolment));
    };

    app.post<{ Body: { code: string } }>('/terminal/enrol', { schema: { body: enrolBodySchema } }, async (request, reply) => {
      const enrolled = await options.enrolment.redeem(request.body.code);
      if (!enrolled) throw new AppError('TERMINAL_ENROLMENT_CODE_INVALID');
      request.log.info({ terminal: enrolled.terminal.name }, 'terminal enrolled');
      return reply.status(201).send({ terminal: describe(enrolled.terminal), key: enrolled.key });
    });

    app.get('/terminal/me', { preValidation: authenticate }, async (request) => ({ terminal: describe(authenticated.get(request) as TerminalRecord) }));

    app.get('/terminal/socket', { websocket: true, preValidation: authenticate }, (socket, request) => {
      const terminal = authenticated.get(request) as TerminalRecord;
      void options.enrolment.recordConnection(terminal.id);
      attachTerminalConnection({
        socket,
        terminal,
        sessions: options.sessions,
        logger: request.log,
        isStillActive: (terminalId) => options.enrolment.isActive(terminalId),
        heartbeatMs: options.heartbeatMs ?? 30_000,
      });
    });

    app.addHook('onClose', async () => options.sessions.stopAll());
  };
}

/** Tells every connected agent the service is going away (1001), so it reconnects rather than reports an error. */
async function closeTerminalSockets(this: FastifyInstance): Promise<void> {
  for (const client of this.websocketServer.clients) client.close(CLOSE_CODES.serviceStopping, 'service stopping');
}

async function terminalOf(request: FastifyRequest, enrolment: TerminalEnrolment): Promise<TerminalRecord> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new AppError('UNAUTHORIZED', { reason: 'no terminal key' });

  const lookup = await enrolment.authenticate(match[1]);
  if (lookup.status === 'revoked') throw new AppError('TERMINAL_REVOKED', { terminal: lookup.terminal.name });
  if (lookup.status !== 'active') throw new AppError('UNAUTHORIZED', { reason: 'unknown terminal key' });
  return lookup.terminal;
}

/** A terminal as the API describes it; a station adds its settings. */
function describe(terminal: TerminalRecord) {
  const description = { name: terminal.name, mode: terminal.mode, location: terminal.location, status: terminal.status };
  return terminal.station ? { ...description, station: terminal.station } : description;
}
