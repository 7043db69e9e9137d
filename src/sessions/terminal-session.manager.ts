import type { StationSettings } from '../domain/station-settings.ts';
import type { AgentMessage, ServiceMessage } from '../http/terminal-protocol.ts';
import type { Logger } from '../logging/logger.ts';
import type { TerminalMode } from './kiosk-view.types.ts';

/** The enrolled terminal a session serves. */
export interface TerminalIdentity {
  id: number;
  name: string;
  mode: TerminalMode;
  location: string | null;
  /** A station's settings; null or absent for a kiosk. */
  station?: StationSettings | null;
}

/** The session's way back to its terminal agent. */
export interface TerminalLink {
  send(message: ServiceMessage): void;
  /** Ends the connection; the agent reconnects and gets a fresh session. */
  close(code: number, reason: string): void;
}

/** A terminal's live session in the service: it takes the agent's reports and pushes views back. */
export interface TerminalSession {
  receive(message: AgentMessage): void;
  stop(): void;
}

export type TerminalSessionFactory = (terminal: TerminalIdentity, link: TerminalLink) => TerminalSession;

/**
 * Keeps one session per connected terminal, in memory only: a restart of the service ends every session
 * (readers are logged out) and each agent starts afresh at welcome when it reconnects. Each terminal mode
 * has its own session factory, so a station mode is one more entry in the table.
 */
export class TerminalSessionManager {
  readonly #factories: Partial<Record<TerminalMode, TerminalSessionFactory>>;
  readonly #logger: Logger;
  readonly #open = new Map<number, { session: TerminalSession; link: TerminalLink }>();

  constructor(factories: Partial<Record<TerminalMode, TerminalSessionFactory>>, logger: Logger) {
    this.#factories = factories;
    this.#logger = logger;
  }

  supports(mode: TerminalMode): boolean {
    return this.#factories[mode] !== undefined;
  }

  /** Starts a session for a newly connected terminal; an older connection of the same terminal is closed. */
  open(terminal: TerminalIdentity, link: TerminalLink): TerminalSession {
    const factory = this.#factories[terminal.mode];
    if (!factory) throw new Error(`No session factory for terminal mode ${terminal.mode}`);

    const previous = this.#open.get(terminal.id);
    if (previous) {
      this.#logger.warn({ terminal: terminal.name }, 'terminal connected again; closing its older connection');
      this.#stopEntry(terminal.id);
      previous.link.close(4409, 'replaced by a newer connection');
    }

    const session = factory(terminal, link);
    this.#open.set(terminal.id, { session, link });
    this.#logger.info({ terminal: terminal.name, mode: terminal.mode }, 'terminal session opened');
    return session;
  }

  /** Ends the terminal's session if `link` is still its current connection. */
  close(terminalId: number, link: TerminalLink): void {
    if (this.#open.get(terminalId)?.link !== link) return;
    this.#stopEntry(terminalId);
    this.#logger.info({ terminalId }, 'terminal session closed');
  }

  /** Closes the terminal's connection, for example after staff revoked it. */
  disconnect(terminalId: number, code: number, reason: string): void {
    const entry = this.#open.get(terminalId);
    if (!entry) return;
    this.#stopEntry(terminalId);
    entry.link.close(code, reason);
  }

  stopAll(): void {
    for (const terminalId of [...this.#open.keys()]) this.#stopEntry(terminalId);
  }

  get openCount(): number {
    return this.#open.size;
  }

  #stopEntry(terminalId: number): void {
    const entry = this.#open.get(terminalId);
    this.#open.delete(terminalId);
    entry?.session.stop();
  }
}
