// A separate process that renews all loans of a reader on its own database connection, for the
// concurrency and crash tests. Protocol on stdio, one line each:
//   child: `ready`  parent: `go`  child: `started`, then `inside` (when paused) and `result {json}` or `error …`.
// With `pauseAfterRenewal: n` the child stops inside the transaction after writing the n-th renewal. It
// then waits until `releaseFile` exists, or until it is killed when no release file is given.
import { existsSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createCirculationService } from '../../src/circulation/circulation.service.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { SqliteCirculationStore } from '../../src/storage/sqlite-circulation.store.ts';

export interface RenewAllWorkerOptions {
  databasePath: string;
  now: string;
  readerId: number;
  idempotencyKey: string;
  pauseAfterRenewal?: number;
  releaseFile?: string;
}

const options = JSON.parse(process.argv[2] ?? '{}') as RenewAllWorkerOptions;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const send = (line: string) => writeSync(1, `${line}\n`);

function waitForRelease(): void {
  send('inside');
  while (options.releaseFile === undefined || !existsSync(options.releaseFile)) Atomics.wait(sleeper, 0, 0, 5);
}

let renewalsWritten = 0;
const database = openDatabase({ path: options.databasePath });
const store = new SqliteCirculationStore(database, {
  afterRenewalWritten: () => {
    renewalsWritten += 1;
    if (renewalsWritten === options.pauseAfterRenewal) waitForRelease();
  },
});
const service = createCirculationService({ store, clock: new ManualClock(options.now), rules: loadConfig({}).loanRules });

const input = createInterface({ input: process.stdin });
send('ready');
for await (const line of input) {
  if (line !== 'go') continue;
  send('started');
  try {
    const result = await service.renewAll(options.readerId, { channel: 'phone', source: 'worker', idempotencyKey: options.idempotencyKey });
    send(`result ${JSON.stringify(result)}`);
  } catch (error) {
    send(`error ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
  break;
}
input.close();
database.close();
