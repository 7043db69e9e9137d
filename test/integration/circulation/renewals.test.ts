import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/domain/clock.ts';
import {
  borrowNewItems,
  countRows,
  createCirculationFixture,
  insertCharge,
  insertHold,
  insertItems,
  insertReader,
  kioskContext,
  readLoans,
  type CirculationFixture,
} from '../../support/circulation-fixture.ts';

describe('renewals', () => {
  let fixture: CirculationFixture;
  let readerId: number;

  beforeEach(() => {
    fixture = createCirculationFixture();
    readerId = insertReader(fixture.database);
  });
  afterEach(() => fixture.close());

  const borrowItems = (count: number) => borrowNewItems(fixture, readerId, count, 'R');

  it('counts the new due date from the day of renewal', async () => {
    const [loanId = 0] = await borrowItems(1);
    fixture.clock.advance(3 * DAY_MS);

    const result = await fixture.service.renewOne(readerId, loanId, kioskContext());

    // Renewed on Thursday 8 January 2026 in Hong Kong: due at the end of 22 January.
    expect(result).toMatchObject({ outcome: 'renewed', loan: { loanId, newDueAt: '2026-01-22T15:59:59.999Z' } });
    expect(readLoans(fixture.database, readerId)[0]).toMatchObject({ renewals: 1, due_at: '2026-01-22T15:59:59.999Z', last_renewal_reference: result.reference });
  });

  it('renews by Hong Kong day, not UTC', async () => {
    const [loanId = 0] = await borrowItems(1);
    // 23:30 on Thursday 8 January in Hong Kong is still 8 January there but 15:30 UTC.
    fixture.clock.set('2026-01-08T15:30:00.000Z');
    const evening = await fixture.service.renewOne(readerId, loanId, kioskContext());
    // 00:30 on Friday 9 January in Hong Kong is 16:30 UTC on 8 January.
    fixture.clock.set('2026-01-08T16:30:00.000Z');
    const afterMidnight = await fixture.service.renewOne(readerId, loanId, kioskContext());

    expect(evening).toMatchObject({ outcome: 'renewed', loan: { newDueAt: '2026-01-22T15:59:59.999Z' } });
    expect(afterMidnight).toMatchObject({ outcome: 'renewed', loan: { newDueAt: '2026-01-23T15:59:59.999Z' } });
  });

  it('allows the 5th consecutive renewal and refuses the 6th', async () => {
    const [loanId = 0] = await borrowItems(1);

    const outcomes = [];
    for (let renewal = 1; renewal <= 6; renewal += 1) {
      fixture.clock.advance(DAY_MS);
      outcomes.push(await fixture.service.renewOne(readerId, loanId, kioskContext()));
    }

    expect(outcomes.slice(0, 5).map((outcome) => outcome.outcome)).toEqual(['renewed', 'renewed', 'renewed', 'renewed', 'renewed']);
    expect(outcomes[5]).toMatchObject({ outcome: 'refused', reason: 'renewal-limit-reached', loan: { loanId } });
    expect(readLoans(fixture.database, readerId)[0]?.renewals).toBe(5);
    expect(countRows(fixture.database, 'loan_renewals')).toBe(5);
  });

  it('restarts renewal count for new loan', async () => {
    const [barcode = ''] = insertItems(fixture.database, 1, 'AGAIN-');
    const first = await fixture.service.borrow(readerId, barcode, kioskContext());
    const firstLoanId = first.outcome === 'borrowed' ? first.loan.loanId : 0;
    for (let renewal = 1; renewal <= 5; renewal += 1) {
      fixture.clock.advance(DAY_MS);
      await fixture.service.renewOne(readerId, firstLoanId, kioskContext());
    }

    await fixture.service.returnItem(barcode, kioskContext());
    const second = await fixture.service.borrow(readerId, barcode, kioskContext());
    fixture.clock.advance(DAY_MS);
    const renewal = await fixture.service.renewOne(readerId, second.outcome === 'borrowed' ? second.loan.loanId : 0, kioskContext());

    expect(renewal.outcome).toBe('renewed');
  });

  it("refuses a renewal when another reader reserved the item", async () => {
    const [loanId = 0] = await borrowItems(1);
    const other = insertReader(fixture.database);
    const barcode = (await fixture.service.listLoans(readerId))[0]?.itemBarcode ?? '';
    insertHold(fixture.database, other, barcode, 'waiting');
    fixture.clock.advance(DAY_MS);

    const result = await fixture.service.renewOne(readerId, loanId, kioskContext());

    expect(result).toMatchObject({ outcome: 'refused', reason: 'reserved-by-another-reader' });
    expect(readLoans(fixture.database, readerId)[0]?.renewals).toBe(0);
  });

  it('refuses renewal on checkout day', async () => {
    const [loanId = 0] = await borrowItems(1);

    const result = await fixture.service.renewOne(readerId, loanId, kioskContext());

    expect(result).toMatchObject({ outcome: 'refused', reason: 'renewal-would-not-extend' });
  });

  it('refuses a second renewal on the same day', async () => {
    const [loanId = 0] = await borrowItems(1);
    fixture.clock.advance(DAY_MS);

    const first = await fixture.service.renewOne(readerId, loanId, kioskContext());
    const second = await fixture.service.renewOne(readerId, loanId, kioskContext());

    expect(first.outcome).toBe('renewed');
    expect(second).toMatchObject({ outcome: 'refused', reason: 'renewal-would-not-extend' });
    expect(readLoans(fixture.database, readerId)[0]?.renewals).toBe(1);
  });

  it('renews an overdue item by default, counting from today', async () => {
    const [loanId = 0] = await borrowItems(1);
    fixture.clock.advance(20 * DAY_MS);

    const result = await fixture.service.renewOne(readerId, loanId, kioskContext());

    // Renewed on Sunday 25 January 2026: due at the end of 8 February.
    expect(result).toMatchObject({ outcome: 'renewed', loan: { newDueAt: '2026-02-08T15:59:59.999Z' } });
  });

  it('refuses an overdue renewal when allowOverdueRenewal is off', async () => {
    fixture.close();
    fixture = createCirculationFixture({ allowOverdueRenewal: false });
    readerId = insertReader(fixture.database);
    const [onTime = 0, late = 0] = await borrowItems(2);

    fixture.clock.set('2026-01-19T15:59:59.999Z');
    const lastMomentOfDueDay = await fixture.service.renewOne(readerId, onTime, kioskContext());
    fixture.clock.set('2026-01-19T16:00:00.000Z');
    const firstMomentOverdue = await fixture.service.renewOne(readerId, late, kioskContext());

    expect(lastMomentOfDueDay.outcome).toBe('renewed');
    expect(firstMomentOverdue).toMatchObject({ outcome: 'refused', reason: 'overdue-not-renewable' });
  });

  it('refuses renewal over charges or blocked', async () => {
    const [loanId = 0] = await borrowItems(1);
    fixture.clock.advance(DAY_MS);
    insertCharge(fixture.database, readerId, 13_001);

    const overLimit = await fixture.service.renewOne(readerId, loanId, kioskContext());
    fixture.database.prepare("UPDATE readers SET status = 'blocked' WHERE id = ?").run(readerId);
    const blocked = await fixture.service.renewOne(readerId, loanId, kioskContext());

    expect(overLimit).toMatchObject({ outcome: 'refused', reason: 'charges-over-limit' });
    expect(blocked).toMatchObject({ outcome: 'refused', reason: 'card-blocked' });
  });

  it("refuses another reader's loan as not found, without naming it", async () => {
    const [loanId = 0] = await borrowItems(1);
    const other = insertReader(fixture.database);
    fixture.clock.advance(DAY_MS);

    const result = await fixture.service.renewOne(other, loanId, kioskContext());

    expect(result).toEqual({ outcome: 'refused', reference: result.reference, reason: 'loan-not-found', loan: null });
    expect(readLoans(fixture.database, readerId)[0]?.renewals).toBe(0);
  });

  it('renew-all with mixed outcomes', async () => {
    const loanIds = await borrowItems(4);
    const other = insertReader(fixture.database);
    const loans = await fixture.service.listLoans(readerId);
    insertHold(fixture.database, other, loans.find((loan) => loan.loanId === loanIds[1])?.itemBarcode ?? '', 'waiting');
    fixture.clock.advance(DAY_MS);
    await fixture.service.renewOne(readerId, loanIds[2] ?? 0, kioskContext());

    const result = await fixture.service.renewAll(readerId, kioskContext());

    expect(result.renewed.map((loan) => loan.loanId).sort()).toEqual([loanIds[0], loanIds[3]].sort());
    expect(result.refused).toEqual([
      expect.objectContaining({ loanId: loanIds[1], reason: 'reserved-by-another-reader' }),
      expect.objectContaining({ loanId: loanIds[2], reason: 'renewal-would-not-extend' }),
    ]);
    const stored = readLoans(fixture.database, readerId);
    expect(stored.filter((loan) => loan.last_renewal_reference === result.reference).map((loan) => loan.id).sort()).toEqual([loanIds[0], loanIds[3]].sort());
    expect(countRows(fixture.database, 'circulation_transactions')).toBe(4 + 1 + 1);
  });

  it('lists loans with renewal state', async () => {
    const loanIds = await borrowItems(2);
    fixture.clock.advance(DAY_MS);
    await fixture.service.renewOne(readerId, loanIds[0] ?? 0, kioskContext());
    // Tuesday 20 January: the renewed loan is due tonight, the other was due yesterday.
    fixture.clock.advance(14 * DAY_MS);

    const loans = await fixture.service.listLoans(readerId);
    const summary = await fixture.service.accountSummary(readerId);

    const renewed = loans.find((loan) => loan.loanId === loanIds[0]);
    const untouched = loans.find((loan) => loan.loanId === loanIds[1]);
    expect(renewed).toMatchObject({ renewals: 1, renewalsLeft: 4, overdue: false, renewable: { ok: true } });
    expect(untouched).toMatchObject({ renewals: 0, renewalsLeft: 5, overdue: true, renewable: { ok: true } });
    expect(summary).toEqual({ readerId, loansCount: 2, overdueCount: 1, chargesTotalCents: 0, currency: 'HKD', readyHoldsCount: 0, borrowBlock: null });
  });

  it('renew-all without loans gives reference', async () => {
    const result = await fixture.service.renewAll(readerId, kioskContext());

    expect(result.renewed).toEqual([]);
    expect(result.refused).toEqual([]);
    expect(result.reference).toMatch(/^\d{10}$/);
  });
});
