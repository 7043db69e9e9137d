import type { Clock } from '../domain/clock.ts';
import { checkStationSettings, effectiveItemLimit } from '../domain/station-settings.ts';
import type { TapControl } from '../http/terminal-protocol.ts';
import type { Logger } from '../logging/logger.ts';
import type { KioskSettings } from './kiosk-session.ts';
import { provideStationActors, type StationServices } from './station-session.actors.ts';
import type { StationEvent } from './station-session.types.ts';
import { stationViewOf } from './station-session.view.ts';
import { createModeSessionFactory, type SessionEnvironment, type SessionTimers, type TerminalModeBinding } from './terminal-actor-session.ts';
import type { TerminalIdentity, TerminalSessionFactory } from './terminal-session.manager.ts';
import { terminalSessionInput } from './terminal-session.records.ts';
import { waitsForSignInPin } from './terminal-session.view.ts';

export interface StationSessionOptions {
  services: StationServices;
  /** Language, PIN tries, card rules, timings and print timeout: the same as the kiosks'. */
  settings: KioskSettings;
  /** The service's `loanRules.maxItemsOnLoan`; a station's own item limit never goes above it. */
  maxItemsOnLoan: number;
  clock: Clock;
  logger: Logger;
  timers?: SessionTimers;
}

const TAP_EVENTS: Readonly<Partial<Record<TapControl, StationEvent['type']>>> = {
  start: 'START',
  'return-items': 'RETURN_ITEMS',
  cancel: 'CANCEL',
  'pick-up': 'PICK_UP',
  borrow: 'BORROW',
  loans: 'LOANS',
  charges: 'CHARGES',
  back: 'BACK',
  finish: 'FINISH',
  continue: 'CONTINUE',
  'print-receipt': 'PRINT_RECEIPT',
  'no-receipt': 'NO_RECEIPT',
  extend: 'EXTEND',
};

/** Sessions for terminals enrolled as stations; each uses its own location, item limit and hardened profile. */
export function createStationSessionFactory(options: StationSessionOptions): TerminalSessionFactory {
  return createModeSessionFactory(options, (terminal, environment) => stationBinding(options, terminal, environment));
}

function stationBinding(options: StationSessionOptions, terminal: TerminalIdentity, environment: SessionEnvironment): TerminalModeBinding<ReturnType<typeof provideStationActors>> {
  // Enrolment requires a location for a station; a station without one could never hand out a hold.
  if (!terminal.location) throw new Error(`Station ${terminal.name} has no location; enrol it again with --location CODE`);
  const station = terminal.station ?? stationDefaults(options.maxItemsOnLoan);
  const itemLimit = effectiveItemLimit(station, options.maxItemsOnLoan);
  if (itemLimit < station.itemLimit) {
    environment.logger.warn({ itemLimit: station.itemLimit, maxItemsOnLoan: options.maxItemsOnLoan }, 'station item limit is above the service limit; using the service limit');
  }

  return {
    machine: provideStationActors(options.services, { ...environment, hardenedProfile: station.hardenedProfile, clock: options.clock }),
    input: { ...terminalSessionInput(environment.source, options.settings), location: terminal.location, itemLimit },
    viewOf: stationViewOf,
    eventOf: (message) => {
      if (message.type === 'collect') return { type: 'COLLECT', holdId: message.holdId };
      const type = TAP_EVENTS[message.control];
      return type ? ({ type } as StationEvent) : null;
    },
    waitsForPin: waitsForSignInPin,
  };
}

function stationDefaults(maxItemsOnLoan: number) {
  const check = checkStationSettings({}, maxItemsOnLoan);
  if (!check.valid) throw new Error(`Default station settings are invalid: ${check.problem}`);
  return check.settings;
}
