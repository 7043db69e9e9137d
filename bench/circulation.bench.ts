// Renew-all of 10 loans per operation through the circulation service (rules, idempotency record,
// transaction reference, renewal rows, one BEGIN IMMEDIATE transaction) against plain SQLite: one
// transaction of 10 `UPDATE loans SET due_at` statements on the same rows. Both run in this process on
// one SQLite file in a temporary directory, in alternating rounds. Prints ops/s for each and
// `BENCH circulation-renew-all ratio=<service ops/s ÷ plain ops/s>`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCirculationService } from '../src/circulation/circulation.service.ts';
import { loadConfig } from '../src/config/config.ts';
import { DAY_MS, ManualClock } from '../src/domain/clock.ts';
import { loanDueAt } from '../src/domain/loan-rules.ts';
import { openDatabase, type SqliteDatabase } from '../src/storage/database.ts';
import { SqliteCirculationStore } from '../src/storage/sqlite-circulation.store.ts';

const LOANS = 10;
const ROUNDS = 7;
const OPERATIONS_PER_ROUND = 200;
const WARM_UP_OPERATIONS = 50;

const directory = mkdtempSync(join(tmpdir(), 'circulation-bench-'));
const database = openDatabase({ path: join(directory, 'bench.sqlite') });
// Each operation moves the clock a day, so every renewal extends the loan. The renewal limit is lifted so
// the same loans can be renewed thousands of times.
const rules = loadConfig({}, { loanRules: { maxConsecutiveRenewals: 1_000_000_000 } }).loanRules;
const clock = new ManualClock('2026-01-05T09:00:00.000Z');
const service = createCirculationService({ store: new SqliteCirculationStore(database), clock, rules });
const { readerId, loanIds } = insertLoans(database);

const updateDueDate = database.prepare('UPDATE loans SET due_at = ? WHERE id = ?');
const plainRenewAll = database.transaction((dueAt: string) => {
  for (const loanId of loanIds) updateDueDate.run(dueAt, loanId);
});

let requestNumber = 0;
async function renewThroughService(): Promise<void> {
  clock.advance(DAY_MS);
  requestNumber += 1;
  const result = await service.renewAll(readerId, { channel: 'phone', source: 'bench', idempotencyKey: `bench-${requestNumber}` });
  if (result.renewed.length !== LOANS) throw new Error(`Expected ${LOANS} renewals, got ${result.renewed.length}: ${JSON.stringify(result.refused)}`);
}

async function renewWithPlainUpdates(): Promise<void> {
  clock.advance(DAY_MS);
  plainRenewAll(loanDueAt(clock.now(), rules).toISOString());
}

async function measure(operation: () => Promise<void>, count: number): Promise<number> {
  const started = performance.now();
  for (let index = 0; index < count; index += 1) await operation();
  return count / ((performance.now() - started) / 1000);
}

await measure(renewThroughService, WARM_UP_OPERATIONS);
await measure(renewWithPlainUpdates, WARM_UP_OPERATIONS);

const serviceRates: number[] = [];
const plainRates: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  serviceRates.push(await measure(renewThroughService, OPERATIONS_PER_ROUND));
  plainRates.push(await measure(renewWithPlainUpdates, OPERATIONS_PER_ROUND));
}

const serviceMedian = median(serviceRates);
const plainMedian = median(plainRates);
console.table([
  { method: 'service renewAll (10 loans)', rounds: ROUNDS, operationsPerRound: OPERATIONS_PER_ROUND, medianOpsPerSecond: Math.round(serviceMedian) },
  { method: 'plain SQLite UPDATE of 10 rows', rounds: ROUNDS, operationsPerRound: OPERATIONS_PER_ROUND, medianOpsPerSecond: Math.round(plainMedian) },
]);
console.log(`BENCH circulation-renew-all ratio=${(serviceMedian / plainMedian).toFixed(4)}`);

database.close();
rmSync(directory, { recursive: true, force: true });

function insertLoans(target: SqliteDatabase): { readerId: number; loanIds: number[] } {
  const now = clock.now().toISOString();
  const reader = Number(target.prepare("INSERT INTO readers (card_number, name, created_at) VALUES ('27301000010018', 'Bench Reader', ?)").run(now).lastInsertRowid);
  const insertItem = target.prepare('INSERT INTO items (barcode, title, created_at) VALUES (?, ?, ?)');
  const insertLoan = target.prepare('INSERT INTO loans (reader_id, item_id, borrowed_at, due_at) VALUES (?, ?, ?, ?)');
  const dueAt = loanDueAt(clock.now(), rules).toISOString();
  const ids: number[] = [];
  for (let index = 1; index <= LOANS; index += 1) {
    const itemId = Number(insertItem.run(`BENCH-${index}`, `Bench item ${index}`, now).lastInsertRowid);
    ids.push(Number(insertLoan.run(reader, itemId, now, dueAt).lastInsertRowid));
  }
  return { readerId: reader, loanIds: ids };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
