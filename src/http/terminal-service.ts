import type { PinChecker } from '../auth/pin-check.types.ts';
import type { CirculationService } from '../circulation/circulation.types.ts';
import type { Config } from '../config/config.ts';
import type { Clock } from '../domain/clock.ts';
import type { Logger } from '../logging/logger.ts';
import { createKioskSessionFactory, type KioskSettings, type SessionTimers } from '../sessions/kiosk-session.ts';
import type { PinChanger } from '../sessions/kiosk-session.types.ts';
import type { TerminalMode } from '../sessions/kiosk-view.types.ts';
import { createStationSessionFactory } from '../sessions/station-session.ts';
import { TerminalSessionManager, type TerminalSessionFactory } from '../sessions/terminal-session.manager.ts';
import { DEFAULT_KIOSK_TIMINGS, MINIMUM_IDLE_GRACE_MS } from '../sessions/terminal-session.types.ts';
import type { SqliteDatabase } from '../storage/database.ts';
import { SqliteTerminalStore } from '../storage/sqlite-terminal.store.ts';
import { TerminalEnrolment } from './terminal-enrolment.ts';
import { terminalApi } from './terminal.routes.ts';

export interface TerminalServiceOptions {
  config: Config;
  database: SqliteDatabase;
  clock: Clock;
  logger: Logger;
  pinChecker: PinChecker;
  pinChanger: PinChanger;
  circulation: CirculationService;
  /** Kiosk settings that differ from the defaults drawn from the configuration. */
  kiosk?: Partial<KioskSettings>;
  /** Session factories that replace the built-in kiosk and station ones, or add further modes. */
  sessionFactories?: Partial<Record<TerminalMode, TerminalSessionFactory>>;
  /** Timers for the session actors; a simulated clock in tests. */
  timers?: SessionTimers;
  heartbeatMs?: number;
}

export interface TerminalService {
  enrolment: TerminalEnrolment;
  sessions: TerminalSessionManager;
  settings: Readonly<KioskSettings>;
  /** Registers the terminal API on the app; pass it in `buildApp({ plugins })`. */
  plugin: ReturnType<typeof terminalApi>;
}

/** Wires terminal enrolment, the kiosk and station sessions and the terminal API on the shared services. */
export function createTerminalService(options: TerminalServiceOptions): TerminalService {
  const settings = kioskSettingsFrom(options.config, options.kiosk);
  const { maxItemsOnLoan } = options.config.loanRules;
  const enrolment = new TerminalEnrolment(new SqliteTerminalStore(options.database), options.clock, { maxItemsOnLoan });
  const station = createStationSessionFactory({
    services: { pinChecker: options.pinChecker, circulation: options.circulation },
    settings,
    maxItemsOnLoan,
    clock: options.clock,
    logger: options.logger.child({ component: 'station' }),
    timers: options.timers,
  });
  const kiosk = createKioskSessionFactory({
    services: { pinChecker: options.pinChecker, pinChanger: options.pinChanger, circulation: options.circulation },
    settings,
    clock: options.clock,
    logger: options.logger.child({ component: 'kiosk' }),
    timers: options.timers,
  });
  const sessions = new TerminalSessionManager({ kiosk, station, ...options.sessionFactories }, options.logger.child({ component: 'terminal-sessions' }));
  const plugin = terminalApi({ enrolment, sessions, heartbeatMs: options.heartbeatMs });
  return { enrolment, sessions, settings, plugin };
}

/** Kiosk settings: PIN tries and lengths, card rules and language from the configuration, the rest from the defaults. */
export function kioskSettingsFrom(config: Config, overrides: Partial<KioskSettings> = {}): Readonly<KioskSettings> {
  const settings: KioskSettings = {
    defaultLanguage: config.defaultLanguage,
    maxPinTries: config.throttle.sessionPinTriesPerCard,
    cardRules: config.cardNumber,
    timings: DEFAULT_KIOSK_TIMINGS,
    pinLength: { min: config.pinPolicy.minLength, max: config.pinPolicy.maxLength },
    printTimeoutMs: 30_000,
    ...overrides,
  };
  if (settings.timings.idleGraceMs < MINIMUM_IDLE_GRACE_MS) {
    throw new Error(`kiosk idleGraceMs must be at least ${MINIMUM_IDLE_GRACE_MS} (WCAG 2.2.1 gives readers 20 seconds to extend)`);
  }
  return Object.freeze(settings);
}
