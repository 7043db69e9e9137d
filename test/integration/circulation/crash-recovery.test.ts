import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCirculationService } from '../../../src/circulation/circulation.service.ts';
import { DAY_MS } from '../../../src/domain/clock.ts';
import { checkDatabase, openDatabase } from '../../../src/storage/database.ts';
import { SqliteCirculationStore } from '../../../src/storage/sqlite-circulation.store.ts';
import {
  borrowNewItems,
  countRows,
  createCirculationFixture,
  insertReader,
  readLoans,
  type CirculationFixture,
  type LoanRow,
} from '../../support/circulation-fixture.ts';
import { startRenewAllWorker, type RenewAllWorker } from '../../support/renew-all-worker-process.ts';

describe('a renew-all killed in the middle', () => {
  let fixture: CirculationFixture;
  let readerId: number;
  let worker: RenewAllWorker | undefined;

  beforeEach(async () => {
    fixture = createCirculationFixture();
    readerId = insertReader(fixture.database);
    await borrowNewItems(fixture, readerId, 10);
    // Only the worker process may hold the file open while it is killed.
    fixture.database.close();
  });
  afterEach(() => {
    if (worker && worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    worker = undefined;
    fixture.close();
  });

  it.each([1, 5, 10])('killed after renewal %i of 10: untouched', async (pauseAfterRenewal) => {
    const database = openDatabase({ path: fixture.path });
    const loansBefore = readLoans(database, readerId);
    const transactionsBefore = countRows(database, 'circulation_transactions');
    database.close();
    const renewedAt = new Date(fixture.clock.now().getTime() + 3 * DAY_MS);

    worker = startRenewAllWorker({ databasePath: fixture.path, now: renewedAt.toISOString(), readerId, idempotencyKey: 'call-7:renew-all', pauseAfterRenewal });
    await worker.waitFor('ready');
    worker.go();
    await worker.waitFor('inside');
    worker.child.kill('SIGKILL');
    const exit = await worker.exit;

    expect(exit.signal).toBe('SIGKILL');
    const restarted = openDatabase({ path: fixture.path });
    try {
      expect(checkDatabase(restarted)).toEqual([]);
      expect(readLoans(restarted, readerId)).toEqual(loansBefore);
      expect(countRows(restarted, 'loan_renewals')).toBe(0);
      expect(countRows(restarted, 'circulation_transactions')).toBe(transactionsBefore);
      expect(countRows(restarted, 'idempotency_records')).toBe(transactionsBefore);

      // The caller's retry with the same key runs as a new request and renews every loan with its reference.
      fixture.clock.set(renewedAt);
      const service = createCirculationService({ store: new SqliteCirculationStore(restarted), clock: fixture.clock, rules: fixture.rules });
      const retry = await service.renewAll(readerId, { channel: 'phone', source: 'worker', idempotencyKey: 'call-7:renew-all' });

      expect(retry.renewed).toHaveLength(10);
      const loansAfter = readLoans(restarted, readerId);
      expect(loansAfter.every((loan: LoanRow) => loan.renewals === 1 && loan.last_renewal_reference === retry.reference)).toBe(true);
      const stored = restarted.prepare('SELECT outcome FROM circulation_transactions WHERE reference = ?').pluck().get(retry.reference) as string;
      expect(JSON.parse(stored)).toEqual(retry);
    } finally {
      restarted.close();
    }
  });

  it('keeps a committed renew-all when the process dies after it', async () => {
    const renewedAt = new Date(fixture.clock.now().getTime() + 3 * DAY_MS);
    worker = startRenewAllWorker({ databasePath: fixture.path, now: renewedAt.toISOString(), readerId, idempotencyKey: 'call-8:renew-all' });
    await worker.waitFor('ready');
    worker.go();
    const result = await worker.result();
    worker.child.kill('SIGKILL');
    await worker.exit;

    const restarted = openDatabase({ path: fixture.path });
    try {
      const loans = readLoans(restarted, readerId);
      expect(result.renewed).toHaveLength(10);
      expect(loans.every((loan) => loan.renewals === 1 && loan.last_renewal_reference === result.reference)).toBe(true);
      expect(countRows(restarted, 'loan_renewals')).toBe(10);
    } finally {
      restarted.close();
    }
  });
});
