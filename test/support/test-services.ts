import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNewPepperKey } from '../../src/auth/pepper.ts';
import { checkReaderRecord, type ReaderRecordInput } from '../../src/auth/reader-record.ts';
import { loadConfig, type ConfigInput } from '../../src/config/config.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { createServices, databasePath, type Services } from '../../src/services.ts';
import { pino } from 'pino';

/**
 * Light argon2 parameters for tests: still real argon2id with a pepper, but cheap enough to hash
 * thousands of PINs on two cores.
 */
export const TEST_ARGON2 = { memoryKiB: 1024, passes: 1, lanes: 1 } as const;

export interface TestServices extends Services {
  clock: ManualClock;
  dataDir: string;
  logFile: string;
  /** Enrols a reader with the default PIN from `phone`, or the given `pin`; returns the reader id. */
  enrolReader(record: ReaderRecordInput): Promise<number>;
  /** Every byte written to the database files and the log so far, for checks that no secret leaked. */
  storedBytes(): Buffer;
  /** Closes the database and removes the temporary directory unless `keep` is set. */
  cleanUp(options?: { keep?: boolean }): Promise<void>;
}

export function createTestServices(options: { config?: ConfigInput; clock?: ManualClock; dataDir?: string } = {}): TestServices {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pin-service-test-'));
  const pepperFile = join(dataDir, 'pepper.key');
  writeNewPepperKeyOnce(pepperFile);

  const config = loadConfig({}, { dataDir, pepperFile, ...options.config, argon2: { ...TEST_ARGON2, ...options.config?.argon2 } });
  const logFile = join(dataDir, 'test.log');
  const logger = createLogger({ level: 'debug', destination: pino.destination({ dest: logFile, sync: true }) });
  const clock = options.clock ?? new ManualClock();
  const services = createServices(config, { logger, clock });

  return {
    ...services,
    clock,
    dataDir,
    logFile,
    async enrolReader(input) {
      const check = checkReaderRecord(input, config);
      if (!check.valid) throw new Error(`test reader record is invalid: ${check.problem}`);
      const result = await services.enrolment.enrol(check.record, { channel: 'cli', source: 'test' });
      if (result.outcome !== 'created') throw new Error(`test reader not enrolled: ${result.problem}`);
      return result.readerId;
    },
    storedBytes() {
      const files = [databasePath(config), `${databasePath(config)}-wal`, logFile];
      return Buffer.concat(files.map((file) => readIfPresent(file)));
    },
    async cleanUp(cleanUpOptions = {}) {
      await services.close();
      if (!cleanUpOptions.keep && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function writeNewPepperKeyOnce(pepperFile: string): void {
  if (readIfPresent(pepperFile).length === 0) writeNewPepperKey(pepperFile, 'test1');
}

function readIfPresent(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    return Buffer.alloc(0);
  }
}
