import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RenewAllResult } from '../../../src/circulation/circulation.types.ts';
import { DAY_MS } from '../../../src/domain/clock.ts';
import {
  borrowNewItems,
  countRows,
  createCirculationFixture,
  insertReader,
  readLoans,
  type CirculationFixture,
} from '../../support/circulation-fixture.ts';
import { startRenewAllWorker, type RenewAllWorker } from '../../support/renew-all-worker-process.ts';

describe('two renew-alls on one account at the same moment', () => {
  let fixture: CirculationFixture;
  let readerId: number;
  let workers: RenewAllWorker[] = [];

  beforeEach(async () => {
    fixture = createCirculationFixture();
    readerId = insertReader(fixture.database);
    await borrowNewItems(fixture, readerId, 10);
  });
  afterEach(() => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
    workers = [];
    fixture.close();
  });

  function start(idempotencyKey: string, extra: { pauseAfterRenewal?: number; releaseFile?: string } = {}): RenewAllWorker {
    const renewedAt = new Date(fixture.clock.now().getTime() + 3 * DAY_MS).toISOString();
    const worker = startRenewAllWorker({ databasePath: fixture.path, now: renewedAt, readerId, idempotencyKey, ...extra });
    workers.push(worker);
    return worker;
  }

  /** Checks that each loan was renewed exactly once, by whichever request got to it, with that request's reference. */
  function expectEachLoanRenewedOnce(results: RenewAllResult[]): void {
    const loans = readLoans(fixture.database, readerId);
    const renewedBy = new Map<number, string>();
    for (const result of results) for (const loan of result.renewed) renewedBy.set(loan.loanId, result.reference);

    expect(results.flatMap((result) => result.renewed)).toHaveLength(10);
    expect(loans.map((loan) => loan.renewals)).toEqual(Array(10).fill(1));
    expect(loans.map((loan) => loan.last_renewal_reference)).toEqual(loans.map((loan) => renewedBy.get(loan.id)));
    expect(countRows(fixture.database, 'loan_renewals')).toBe(10);
    for (const result of results) {
      for (const refusal of result.refused) expect(refusal.reason).toBe('renewal-would-not-extend');
    }
    expect(new Set(results.map((result) => result.reference)).size).toBe(results.length);
  }

  it('renews each loan once, started together', async () => {
    const first = start('call-A:renew-all');
    const second = start('kiosk-B:renew-all');
    await Promise.all([first.waitFor('ready'), second.waitFor('ready')]);

    first.go();
    second.go();
    const results = await Promise.all([first.result(), second.result()]);

    expectEachLoanRenewedOnce(results);
  });

  it('returns one result to one key sent twice', async () => {
    const first = start('call-A:step-5');
    const retry = start('call-A:step-5');
    await Promise.all([first.waitFor('ready'), retry.waitFor('ready')]);

    first.go();
    retry.go();
    const results = await Promise.all([first.result(), retry.result()]);

    expect(results[1]).toEqual(results[0]);
    expect(results[0]?.renewed).toHaveLength(10);
    expect(countRows(fixture.database, 'loan_renewals')).toBe(10);
    expect(countRows(fixture.database, 'idempotency_records')).toBe(11);
  });

  it('renews each loan once, second mid-transaction', async () => {
    const releaseFile = join(fixture.directory, 'release');
    const first = start('call-A:renew-all', { pauseAfterRenewal: 5, releaseFile });
    const second = start('kiosk-B:renew-all');
    await Promise.all([first.waitFor('ready'), second.waitFor('ready')]);

    first.go();
    await first.waitFor('inside');
    second.go();
    await second.waitFor('started');
    writeFileSync(releaseFile, '');
    const [firstResult, secondResult] = await Promise.all([first.result(), second.result()]);

    expect(firstResult.renewed).toHaveLength(10);
    expect(secondResult.renewed).toHaveLength(0);
    expectEachLoanRenewedOnce([firstResult, secondResult]);
  });
});
