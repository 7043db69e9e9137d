import type { FastifyInstance } from 'fastify';
import type { CirculationService } from '../../src/circulation/circulation.types.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { createTerminalService, type TerminalService, type TerminalServiceOptions } from '../../src/http/terminal-service.ts';
import type { KioskSettings, SessionTimers } from '../../src/sessions/kiosk-session.ts';
import { pinChangerFrom } from '../../src/sessions/kiosk-pin-changer.ts';
import { loadSeedDocument } from '../../src/seed/seed.service.ts';
import { createTestServices, type TestServices } from './test-services.ts';
import type { EnrolmentRequest } from '../../src/http/terminal-enrolment.ts';

/** Readers every terminal test can sign in with; the PINs are chosen so no log line could hold them by chance. */
export const TEST_READERS = {
  chan: { card: '21234000000018', name: 'Chan Tai Man', phone: '+852 9123 5678', pin: '80418093', language: 'zh-Hant' },
  wong: { card: '21234000000026', name: 'Wong Siu Ming', phone: '6543 2109', language: 'en' },
} as const;

export const TEST_ITEMS = [
  { barcode: '31234000000016', title: 'The Old Man and the Sea', titleZh: '老人與海' },
  { barcode: '31234000000024', title: 'Dream of the Red Chamber', titleZh: '紅樓夢' },
  { barcode: '31234000000032', title: 'A Brief History of Time' },
] as const;

/** Chan already has the second item on loan, so the account screen has a loan to list. */
const TEST_SEED = {
  readers: Object.values(TEST_READERS),
  items: TEST_ITEMS,
  loans: [{ card: TEST_READERS.chan.card, item: '31234000000024', borrowedAt: '2026-01-01T09:00:00.000Z', dueAt: '2026-01-15T09:00:00.000Z' }],
};

export interface TerminalTestServices {
  services: TestServices;
  terminal: TerminalService;
  circulation: CirculationService;
  app: FastifyInstance;
  /** Enrols a terminal and returns its key, as the agent would get it. */
  enrolTerminal(name?: string): Promise<string>;
  /** Enrols a station at `location` with the given settings and returns its key. */
  enrolStation(name: string, location: string, station?: EnrolmentRequest['station']): Promise<string>;
  close(): Promise<void>;
}

export interface TerminalTestOptions {
  timers?: SessionTimers;
  kiosk?: Partial<KioskSettings>;
  /** Session factories that replace the service's own; `{ station: undefined }` leaves stations unserved. */
  sessionFactories?: TerminalServiceOptions['sessionFactories'];
  circulation?: CirculationService;
  dataDir?: string;
}

/**
 * Starts the central service as terminals see it: a real SQLite file, real argon2, the real PIN and circulation
 * services, the terminal API, and the readers and items above loaded through the seed service.
 */
export async function createTerminalTestServices(options: TerminalTestOptions = {}): Promise<TerminalTestServices> {
  const services = createTestServices(options.dataDir ? { dataDir: options.dataDir } : {});
  if (!(await services.pinAdmin.status(TEST_READERS.chan.card))) {
    const report = await loadSeedDocument(TEST_SEED, services, 'en');
    if (report.problems.length > 0) throw new Error(`test seed rejected: ${JSON.stringify(report.problems)}`);
  }

  const circulation = options.circulation ?? services.circulation;
  const terminal = createTerminalService({
    config: services.config,
    database: services.database,
    clock: services.clock,
    logger: services.logger,
    pinChecker: services.pinChecker,
    pinChanger: pinChangerFrom(services.pinAdmin),
    circulation,
    timers: options.timers,
    kiosk: options.kiosk,
    sessionFactories: options.sessionFactories,
  });
  const app = await buildApp({ logger: services.logger, plugins: [terminal.plugin] });

  return {
    services,
    terminal,
    circulation,
    app,
    enrolTerminal: (name = 'kiosk-1') => enrolAndRedeem(terminal, { name, mode: 'kiosk' }),
    enrolStation: (name, location, station) => enrolAndRedeem(terminal, { name, mode: 'station', location, station }),
    async close() {
      await app.close();
      await services.cleanUp({ keep: Boolean(options.dataDir) });
    },
  };
}

async function enrolAndRedeem(terminal: TerminalService, request: EnrolmentRequest): Promise<string> {
  const issued = await terminal.enrolment.issue(request);
  if (issued.outcome !== 'issued') throw new Error(`test terminal ${request.name} not enrolled: ${JSON.stringify(issued)}`);
  const redeemed = await terminal.enrolment.redeem(issued.code);
  if (!redeemed) throw new Error(`test terminal ${request.name}: code not redeemed`);
  return redeemed.key;
}
