import type { WebSocket } from 'ws';
import type { FastifyBaseLogger } from 'fastify';
import type { TerminalRecord } from '../storage/terminal.store.ts';
import type { TerminalLink, TerminalSession, TerminalSessionManager } from '../sessions/terminal-session.manager.ts';
import { agentMessageSchema, CLOSE_CODES, parseMessage, TERMINAL_PROTOCOL_VERSION, type AgentMessage, type ServiceMessage } from './terminal-protocol.ts';

export interface TerminalConnectionOptions {
  socket: WebSocket;
  terminal: TerminalRecord;
  sessions: TerminalSessionManager;
  logger: FastifyBaseLogger;
  /** Checks that the terminal is still enrolled; staff may revoke it from another process at any time. */
  isStillActive(terminalId: number): Promise<boolean>;
  /** Interval between pings; a terminal that misses one is disconnected. */
  heartbeatMs: number;
}

/**
 * Attaches one agent's WebSocket to its session. Messages are handled strictly in arrival order, each after
 * the revocation check of the one before. The session starts at the agent's `hello`.
 */
export function attachTerminalConnection(options: TerminalConnectionOptions): void {
  const { socket, terminal, sessions, logger } = options;
  const link: TerminalLink = {
    send: (message: ServiceMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    },
    close: (code, reason) => socket.close(code, reason),
  };
  let session: TerminalSession | null = null;
  let queue = Promise.resolve();

  const handle = async (data: unknown): Promise<void> => {
    const parsed = parseMessage(agentMessageSchema, data);
    if (!parsed.ok) {
      logger.info({ terminal: terminal.name, problem: parsed.problem }, 'terminal sent an invalid message');
      link.send({ type: 'error', code: 'VALIDATION_FAILED', message: parsed.problem });
      return;
    }
    const stillActive = await options.isStillActive(terminal.id);
    // The socket may have closed during the check, and a session opened now would never be closed.
    if (socket.readyState !== socket.OPEN) return;
    if (!stillActive) {
      logger.warn({ terminal: terminal.name }, 'revoked terminal disconnected');
      sessions.close(terminal.id, link);
      socket.close(CLOSE_CODES.revoked, 'terminal revoked');
      return;
    }
    session = dispatch(parsed.message, session);
  };

  const dispatch = (message: AgentMessage, current: TerminalSession | null): TerminalSession | null => {
    if (message.type === 'hello') {
      if (message.protocol !== TERMINAL_PROTOCOL_VERSION) {
        socket.close(CLOSE_CODES.protocolVersion, `protocol ${message.protocol} is not supported; this service speaks ${TERMINAL_PROTOCOL_VERSION}`);
        return current;
      }
      if (!sessions.supports(terminal.mode)) {
        socket.close(CLOSE_CODES.unsupportedMode, `terminal mode ${terminal.mode} is not served by this service`);
        return current;
      }
      const opened = current ?? sessions.open(terminal, link);
      link.send({ type: 'welcome', terminal: { name: terminal.name, mode: terminal.mode } });
      opened.receive(message);
      return opened;
    }
    if (!current) {
      link.send({ type: 'error', code: 'VALIDATION_FAILED', message: 'send hello before any other message' });
      return current;
    }
    current.receive(message);
    return current;
  };

  socket.on('message', (data) => {
    queue = queue.then(() => handle(data)).catch((error: unknown) => {
      logger.error({ err: error, terminal: terminal.name }, 'handling a terminal message failed');
      socket.close(1011, 'internal error');
    });
  });

  let alive = true;
  socket.on('pong', () => {
    alive = true;
  });
  const heartbeat = setInterval(() => {
    if (!alive) {
      logger.warn({ terminal: terminal.name }, 'terminal missed a heartbeat; disconnecting');
      socket.terminate();
      return;
    }
    alive = false;
    socket.ping();
  }, options.heartbeatMs);
  heartbeat.unref();

  socket.on('close', (code) => {
    clearInterval(heartbeat);
    sessions.close(terminal.id, link);
    logger.info({ terminal: terminal.name, code }, 'terminal disconnected');
  });
}
