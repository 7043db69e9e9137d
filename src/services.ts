import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HashLimiter } from './auth/hash-limiter.ts';
import { PepperError, readPepperFile, writeNewPepperKey, type PepperRing } from './auth/pepper.ts';
import { PinAdminService } from './auth/pin-admin.service.ts';
import { PinCheckService } from './auth/pin-check.service.ts';
import { Argon2PinHasher } from './auth/pin-hasher.ts';
import { ReaderEnrolmentService } from './auth/reader-enrolment.service.ts';
import { createCirculationService } from './circulation/circulation.service.ts';
import type { CirculationService } from './circulation/circulation.types.ts';
import type { Config } from './config/config.ts';
import { systemClock, type Clock } from './domain/clock.ts';
import type { Logger } from './logging/logger.ts';
import { openDatabase, type SqliteDatabase } from './storage/database.ts';
import { SqliteAuthStore } from './storage/sqlite-auth.store.ts';
import { SqliteCirculationStore } from './storage/sqlite-circulation.store.ts';

/** The parts of the central service every channel shares, built once at start-up. */
export interface Services {
  config: Config;
  logger: Logger;
  clock: Clock;
  database: SqliteDatabase;
  pepper: PepperRing;
  hashLimiter: HashLimiter;
  authStore: SqliteAuthStore;
  hasher: Argon2PinHasher;
  pinChecker: PinCheckService;
  pinAdmin: PinAdminService;
  enrolment: ReaderEnrolmentService;
  circulationStore: SqliteCirculationStore;
  circulation: CirculationService;
  close(): Promise<void>;
}

export interface CreateServicesOptions {
  logger: Logger;
  clock?: Clock;
}

export function databasePath(config: Config): string {
  return join(config.dataDir, 'pin-service.sqlite');
}

/** Opens the database (applying migrations), loads the pepper and wires the services. */
export function createServices(config: Config, options: CreateServicesOptions): Services {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const pepper = loadPepper(config, logger);
  const database = openDatabase({ path: databasePath(config) });

  const hashLimiter = new HashLimiter(config.argon2);
  const hasher = new Argon2PinHasher(config.argon2, pepper, hashLimiter);
  const authStore = new SqliteAuthStore(database, config.throttle);
  const circulationStore = new SqliteCirculationStore(database);

  return {
    config,
    logger,
    clock,
    database,
    pepper,
    hashLimiter,
    authStore,
    hasher,
    pinChecker: new PinCheckService({ store: authStore, hasher, pepper, clock, logger: logger.child({ component: 'pin-check' }), config }),
    pinAdmin: new PinAdminService({ store: authStore, hasher, clock, config }),
    enrolment: new ReaderEnrolmentService({ store: authStore, hasher, pepper, clock }),
    circulationStore,
    circulation: createCirculationService({ store: circulationStore, clock, rules: config.loanRules }),
    close: async () => {
      database.close();
    },
  };
}

/**
 * Reads the pepper file. In demo mode a missing file is created (0600) with a warning; otherwise a
 * missing pepper stops start-up, because hashes made without it could never be verified later.
 */
function loadPepper(config: Config, logger: Logger): PepperRing {
  try {
    const { ring, tooOpen } = readPepperFile(config.pepperFile);
    if (tooOpen) logger.warn({ pepperFile: config.pepperFile }, 'pepper file is readable by group or others; run chmod 600 on it');
    return ring;
  } catch (error) {
    if (!(error instanceof PepperError) || !config.demo || existsSync(config.pepperFile)) throw error;
  }

  writeNewPepperKey(config.pepperFile, 'demo');
  logger.warn({ pepperFile: config.pepperFile }, 'demo mode: created a new pepper file; production needs a pepper kept outside the data directory and its backups');
  return readPepperFile(config.pepperFile).ring;
}
