import type { CardNumberRules } from '../domain/card-number.ts';
import type { Clock } from '../domain/clock.ts';
import type { Language } from '../domain/language.ts';
import type { TapControl } from '../http/terminal-protocol.ts';
import type { Logger } from '../logging/logger.ts';
import { provideKioskActors, type KioskServices } from './kiosk-session.actors.ts';
import type { KioskEvent } from './kiosk-session.types.ts';
import { kioskViewOf, type KioskSnapshot } from './kiosk-session.view.ts';
import { createModeSessionFactory, type SessionEnvironment, type SessionTimers, type TerminalModeBinding } from './terminal-actor-session.ts';
import type { TerminalIdentity, TerminalSessionFactory } from './terminal-session.manager.ts';
import { terminalSessionInput } from './terminal-session.records.ts';
import type { KioskTimings } from './terminal-session.types.ts';
import { waitsForSignInPin } from './terminal-session.view.ts';

export type { SessionTimers } from './terminal-actor-session.ts';

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

const TAP_EVENTS: Readonly<Partial<Record<TapControl, KioskEvent['type']>>> = {
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

export function createKioskSessionFactory(options: KioskSessionOptions): TerminalSessionFactory {
  return createModeSessionFactory(options, (terminal, environment) => kioskBinding(options, terminal, environment));
}

function kioskBinding(options: KioskSessionOptions, terminal: TerminalIdentity, environment: SessionEnvironment): TerminalModeBinding<ReturnType<typeof provideKioskActors>> {
  const { settings } = options;
  return {
    machine: provideKioskActors(options.services, { ...environment, location: terminal.location, clock: options.clock }),
    input: terminalSessionInput(environment.source, settings),
    viewOf: kioskViewOf,
    eventOf: (message) => {
      const type = message.type === 'tap' ? TAP_EVENTS[message.control] : undefined;
      return type ? ({ type } as KioskEvent) : null;
    },
    waitsForPin: kioskWaitsForPin,
  };
}

function kioskWaitsForPin(snapshot: KioskSnapshot): boolean {
  const waitsForNewPin = (['newPin', 'confirmPin'] as const).some((state) => snapshot.matches({ session: { flow: state } }));
  return waitsForSignInPin(snapshot) || waitsForNewPin;
}
