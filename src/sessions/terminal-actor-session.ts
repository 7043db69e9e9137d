import { randomUUID } from 'node:crypto';
import { createActor, type ActorOptions, type AnyActor, type AnyActorLogic, type AnyStateMachine, type EventObject, type InputFrom, type SnapshotFrom, type Subscription } from 'xstate';
import type { Clock } from '../domain/clock.ts';
import type { AgentMessage, ReceiptDocument } from '../http/terminal-protocol.ts';
import type { Logger } from '../logging/logger.ts';
import type { TerminalView } from './kiosk-view.types.ts';
import { PinVault } from './pin-vault.ts';
import type { TerminalIdentity, TerminalLink, TerminalSession, TerminalSessionFactory } from './terminal-session.manager.ts';
import type { PrintOutcome } from './terminal-session.types.ts';

/** Timer functions for `after` transitions and print timeouts: XState's clock type, so tests can pass a `SimulatedClock`. */
export type SessionTimers = NonNullable<ActorOptions<AnyActorLogic>['clock']>;

const defaultTimers: SessionTimers = {
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (id) => clearTimeout(id),
};

/** Per-terminal resources the session lends its machine's actors: its PIN vault, its printer and its logger. */
export interface SessionEnvironment {
  source: string;
  vault: PinVault;
  logger: Logger;
  print(receipt: ReceiptDocument): Promise<PrintOutcome>;
}

/** Agent messages that mean a reader's choice on the screen; each mode turns them into its own events. */
export type ChoiceMessage = Extract<AgentMessage, { type: 'tap' | 'collect' }>;

/** Binding of one terminal mode (kiosk, station) to the shared session: its machine, input, view and choices. */
export interface TerminalModeBinding<Machine extends AnyStateMachine> {
  machine: Machine;
  input: InputFrom<Machine>;
  viewOf(snapshot: SnapshotFrom<Machine>): TerminalView;
  /** The event for a tap or choice; null when this mode has no use for it, so it only counts as activity. */
  eventOf(message: ChoiceMessage): EventObject | null;
  /** True while a PIN screen waits for a PIN; a PIN that arrives at any other moment is dropped. */
  waitsForPin(snapshot: SnapshotFrom<Machine>): boolean;
}

export interface TerminalActorSessionOptions {
  clock: Clock;
  logger: Logger;
  timers?: SessionTimers;
  /** How long the service waits for the agent to report a printed receipt. */
  printTimeoutMs: number;
}

/** What every mode's session factory takes besides its services: the clock, logger, timers and print timeout. */
export interface ModeSessionOptions {
  settings: { printTimeoutMs: number };
  clock: Clock;
  logger: Logger;
  timers?: SessionTimers;
}

/** Creates the session factory of one terminal mode: each terminal gets a `TerminalActorSession` bound by `bind`. */
export function createModeSessionFactory<Machine extends AnyStateMachine>(
  options: ModeSessionOptions,
  bind: (terminal: TerminalIdentity, environment: SessionEnvironment) => TerminalModeBinding<Machine>,
): TerminalSessionFactory {
  const sessionOptions = { clock: options.clock, logger: options.logger, timers: options.timers, printTimeoutMs: options.settings.printTimeoutMs };
  return (terminal, link) => new TerminalActorSession((environment) => bind(terminal, environment), sessionOptions, terminal, link);
}

/**
 * One terminal's session actor and the translation between agent messages and machine events, the same for
 * kiosks and stations. PINs go into this session's vault and only their one-time handles reach the machine.
 * Each change of the view is pushed to the agent.
 */
export class TerminalActorSession<Machine extends AnyStateMachine> implements TerminalSession {
  readonly #link: TerminalLink;
  readonly #logger: Logger;
  readonly #timers: SessionTimers;
  readonly #printTimeoutMs: number;
  readonly #vault: PinVault;
  readonly #binding: TerminalModeBinding<Machine>;
  readonly #actor: AnyActor;
  readonly #pendingPrints = new Map<string, (outcome: PrintOutcome) => void>();
  #childSubscription: { child: unknown; subscription: Subscription } | null = null;
  #lastView = '';

  constructor(bind: (environment: SessionEnvironment) => TerminalModeBinding<Machine>, options: TerminalActorSessionOptions, terminal: TerminalIdentity, link: TerminalLink) {
    this.#link = link;
    this.#logger = options.logger.child({ terminal: terminal.name });
    this.#timers = options.timers ?? defaultTimers;
    this.#printTimeoutMs = options.printTimeoutMs;
    this.#vault = new PinVault({ now: () => options.clock.now().getTime() });

    this.#binding = bind({ source: `terminal:${terminal.name}`, vault: this.#vault, logger: this.#logger, print: (receipt) => this.#print(receipt) });
    this.#actor = createActor(this.#binding.machine, { input: this.#binding.input, clock: this.#timers });
    this.#actor.subscribe({ next: (snapshot) => this.#publish(snapshot as SnapshotFrom<Machine>), error: (error) => this.#fail(error) });
    this.#actor.start();
  }

  receive(message: AgentMessage): void {
    switch (message.type) {
      case 'hello':
      case 'devices':
        return this.#send({ type: 'DEVICES_CHANGED', devices: message.devices });
      case 'read':
        return this.#send({ type: 'CODE_READ', code: message.code, eventId: message.eventId });
      case 'read-failed':
        return this.#send({ type: 'READ_FAILED', reason: message.reason });
      case 'tap':
      case 'collect':
        return this.#send(this.#binding.eventOf(message) ?? { type: 'ACTIVITY' });
      case 'language':
        return this.#send({ type: 'SET_LANGUAGE', language: message.language });
      case 'pin':
        return this.#receivePin(message.pin);
      case 'activity':
        return this.#send({ type: 'ACTIVITY' });
      case 'idle':
        return this.#send({ type: 'IDLE_REPORTED' });
      case 'print-result':
        this.#pendingPrints.get(message.jobId)?.(message.outcome === 'printed' ? { outcome: 'printed' } : { outcome: 'failed', problem: message.problem ?? 'fault' });
        return;
    }
  }

  stop(): void {
    this.#childSubscription?.subscription.unsubscribe();
    this.#actor.stop();
    for (const resolve of this.#pendingPrints.values()) resolve({ outcome: 'failed', problem: 'offline' });
  }

  /**
   * Keeps a PIN only while a PIN screen waits for one. On another screen, or while a check still runs, the
   * PIN is dropped and counts as activity only.
   */
  #receivePin(pin: string): void {
    if (!this.#binding.waitsForPin(this.#actor.getSnapshot() as SnapshotFrom<Machine>)) {
      this.#send({ type: 'ACTIVITY' });
      return;
    }
    this.#send({ type: 'PIN_ENTERED', pinHandle: this.#vault.deposit(pin) });
  }

  // Both modes' machines name these events alike; each machine's own type checks them in its tests.
  #send(event: EventObject & Record<string, unknown>): void {
    this.#actor.send(event);
  }

  #publish(snapshot: SnapshotFrom<Machine>): void {
    this.#followPinCheck(snapshot);
    const view = this.#binding.viewOf(snapshot);
    const serialized = JSON.stringify(view);
    if (serialized === this.#lastView) return;
    this.#lastView = serialized;
    this.#link.send({ type: 'view', view });
  }

  // The card-and-PIN machine's own changes (checking, a try used up) do not change the session's snapshot,
  // so the session also listens to it while it runs.
  #followPinCheck(snapshot: SnapshotFrom<Machine>): void {
    const child = (snapshot as { children: Record<string, AnyActor | undefined> }).children.cardAndPin;
    if (child === this.#childSubscription?.child) return;
    this.#childSubscription?.subscription.unsubscribe();
    this.#childSubscription = child ? { child, subscription: child.subscribe(() => this.#publish(this.#actor.getSnapshot() as SnapshotFrom<Machine>)) } : null;
  }

  #print(receipt: ReceiptDocument): Promise<PrintOutcome> {
    const jobId = randomUUID();
    return new Promise((resolve) => {
      const timer = this.#timers.setTimeout(() => settle({ outcome: 'failed', problem: 'timed-out' }), this.#printTimeoutMs);
      const settle = (outcome: PrintOutcome) => {
        this.#timers.clearTimeout(timer);
        this.#pendingPrints.delete(jobId);
        resolve(outcome);
      };
      this.#pendingPrints.set(jobId, settle);
      this.#link.send({ type: 'print', jobId, receipt });
    });
  }

  #fail(error: unknown): void {
    this.#logger.error({ err: error }, 'terminal session failed; closing the connection so the terminal starts afresh');
    this.#link.close(1011, 'session failed');
  }
}
