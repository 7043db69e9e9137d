import { randomUUID } from 'node:crypto';
import { createActor, type Actor, type ActorOptions, type AnyActorLogic, type Subscription } from 'xstate';
import type { CardNumberRules } from '../domain/card-number.ts';
import type { Clock } from '../domain/clock.ts';
import type { Language } from '../domain/language.ts';
import type { AgentMessage, ReceiptDocument, TapControl } from '../http/terminal-protocol.ts';
import type { Logger } from '../logging/logger.ts';
import { provideKioskActors, type KioskServices } from './kiosk-session.actors.ts';
import type { KioskEvent, KioskTimings, PrintOutcome } from './kiosk-session.types.ts';
import { kioskViewOf, type KioskSnapshot } from './kiosk-session.view.ts';
import { PinVault } from './pin-vault.ts';
import type { TerminalIdentity, TerminalLink, TerminalSession, TerminalSessionFactory } from './terminal-session.manager.ts';

/** Timer functions for `after` transitions and print timeouts: XState's clock type, so tests can pass a `SimulatedClock`. */
export type SessionTimers = NonNullable<ActorOptions<AnyActorLogic>['clock']>;

export interface KioskSettings {
  defaultLanguage: Language;
  maxPinTries: number;
  cardRules: CardNumberRules;
  timings: KioskTimings;
  /** Length limits of a new PIN, as the PIN policy sets them; the PIN pad and its hints use them. */
  pinLength: { min: number; max: number };
  /** How long the service waits for the agent to report a printed receipt. */
  printTimeoutMs: number;
}

export interface KioskSessionOptions {
  services: KioskServices;
  settings: KioskSettings;
  clock: Clock;
  logger: Logger;
  timers?: SessionTimers;
}

const TAP_EVENTS: Readonly<Record<TapControl, KioskEvent['type']>> = {
  start: 'START',
  cancel: 'CANCEL',
  'change-pin': 'CHANGE_PIN',
  'skip-pin-change': 'SKIP_PIN_CHANGE',
  continue: 'CONTINUE',
  borrow: 'BORROW',
  finish: 'FINISH',
  'print-receipt': 'PRINT_RECEIPT',
  'no-receipt': 'NO_RECEIPT',
  extend: 'EXTEND',
};

const defaultTimers: SessionTimers = {
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (id) => clearTimeout(id),
};

export function createKioskSessionFactory(options: KioskSessionOptions): TerminalSessionFactory {
  return (terminal, link) => new KioskSession(options, terminal, link);
}

/**
 * One kiosk's session actor and the translation between agent messages and machine events. PINs go into
 * this session's vault and only their one-time handles reach the machine. Each change of the view is pushed
 * to the agent.
 */
class KioskSession implements TerminalSession {
  readonly #link: TerminalLink;
  readonly #logger: Logger;
  readonly #timers: SessionTimers;
  readonly #printTimeoutMs: number;
  readonly #vault: PinVault;
  readonly #actor: Actor<ReturnType<typeof provideKioskActors>>;
  readonly #pendingPrints = new Map<string, (outcome: PrintOutcome) => void>();
  #childSubscription: { child: unknown; subscription: Subscription } | null = null;
  #lastView = '';

  constructor(options: KioskSessionOptions, terminal: TerminalIdentity, link: TerminalLink) {
    this.#link = link;
    this.#logger = options.logger.child({ terminal: terminal.name });
    this.#timers = options.timers ?? defaultTimers;
    this.#printTimeoutMs = options.settings.printTimeoutMs;
    this.#vault = new PinVault({ now: () => options.clock.now().getTime() });

    const machine = provideKioskActors(options.services, {
      source: `terminal:${terminal.name}`,
      location: terminal.location,
      vault: this.#vault,
      clock: options.clock,
      logger: this.#logger,
      print: (receipt) => this.#print(receipt),
    });
    const { settings } = options;
    this.#actor = createActor(machine, {
      input: {
        source: `terminal:${terminal.name}`,
        defaultLanguage: settings.defaultLanguage,
        maxPinTries: settings.maxPinTries,
        cardRules: settings.cardRules,
        timings: settings.timings,
        pinLength: settings.pinLength,
      },
      clock: this.#timers,
    });
    this.#actor.subscribe({ next: (snapshot) => this.#publish(snapshot), error: (error) => this.#fail(error) });
    this.#actor.start();
  }

  receive(message: AgentMessage): void {
    switch (message.type) {
      case 'hello':
      case 'devices':
        this.#actor.send({ type: 'DEVICES_CHANGED', devices: message.devices });
        return;
      case 'read':
        this.#actor.send({ type: 'CODE_READ', code: message.code, eventId: message.eventId });
        return;
      case 'read-failed':
        this.#actor.send({ type: 'READ_FAILED', reason: message.reason });
        return;
      case 'tap':
        this.#actor.send({ type: TAP_EVENTS[message.control] } as KioskEvent);
        return;
      case 'language':
        this.#actor.send({ type: 'SET_LANGUAGE', language: message.language });
        return;
      case 'pin':
        this.#receivePin(message.pin);
        return;
      case 'activity':
        this.#actor.send({ type: 'ACTIVITY' });
        return;
      case 'idle':
        this.#actor.send({ type: 'IDLE_REPORTED' });
        return;
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
    const snapshot = this.#actor.getSnapshot();
    const pinCheck = snapshot.children.cardAndPin?.getSnapshot();
    const waitsForSignInPin = snapshot.matches({ session: { flow: 'pin' } }) && pinCheck?.matches('awaitingPin') === true;
    const waitsForNewPin = (['newPin', 'confirmPin'] as const).some((state) => snapshot.matches({ session: { flow: state } }));
    if (!waitsForSignInPin && !waitsForNewPin) {
      this.#actor.send({ type: 'ACTIVITY' });
      return;
    }
    this.#actor.send({ type: 'PIN_ENTERED', pinHandle: this.#vault.deposit(pin) });
  }

  #publish(snapshot: KioskSnapshot): void {
    this.#followPinCheck(snapshot);
    const view = kioskViewOf(snapshot);
    const serialized = JSON.stringify(view);
    if (serialized === this.#lastView) return;
    this.#lastView = serialized;
    this.#link.send({ type: 'view', view });
  }

  // The card-and-PIN machine's own changes (checking, a try used up) do not change the kiosk's snapshot,
  // so the session also listens to it while it runs.
  #followPinCheck(snapshot: KioskSnapshot): void {
    const child = snapshot.children.cardAndPin;
    if (child === this.#childSubscription?.child) return;
    this.#childSubscription?.subscription.unsubscribe();
    this.#childSubscription = child ? { child, subscription: child.subscribe(() => this.#publish(this.#actor.getSnapshot())) } : null;
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
    this.#logger.error({ err: error }, 'kiosk session failed; closing the connection so the terminal starts afresh');
    this.#link.close(1011, 'session failed');
  }
}
