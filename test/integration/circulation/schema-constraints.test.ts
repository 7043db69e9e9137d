import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/domain/clock.ts';
import { checkDatabase } from '../../../src/storage/database.ts';
import {
  createCirculationFixture,
  insertHold,
  insertItems,
  insertReader,
  kioskContext,
  type CirculationFixture,
} from '../../support/circulation-fixture.ts';

describe('circulation schema constraints', () => {
  let fixture: CirculationFixture;
  let readerId: number;
  let loanId: number;
  let reference: string;

  beforeEach(async () => {
    fixture = createCirculationFixture();
    readerId = insertReader(fixture.database);
    const [barcode = ''] = insertItems(fixture.database, 1);
    const borrowed = await fixture.service.borrow(readerId, barcode, kioskContext());
    loanId = borrowed.outcome === 'borrowed' ? borrowed.loan.loanId : 0;
    fixture.clock.advance(DAY_MS);
    reference = (await fixture.service.renewOne(readerId, loanId, kioskContext())).reference;
  });
  afterEach(() => fixture.close());

  const insertRenewal = (sequence: number, renewedOn: string, newDueAt: string) =>
    fixture.database
      .prepare('INSERT INTO loan_renewals (loan_id, sequence, renewed_on, reference, previous_due_at, new_due_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(loanId, sequence, renewedOn, reference, '2026-01-20T15:59:59.999Z', newDueAt);

  it('rejects second renewal same day', () => {
    expect(() => insertRenewal(2, '2026-01-06', '2026-01-21T15:59:59.999Z')).toThrow(/UNIQUE constraint failed: loan_renewals.loan_id, loan_renewals.renewed_on/);
  });

  it('rejects two renewals with the same sequence number', () => {
    expect(() => insertRenewal(1, '2026-01-07', '2026-01-21T15:59:59.999Z')).toThrow(/UNIQUE constraint failed: loan_renewals.loan_id, loan_renewals.sequence/);
  });

  it('rejects renewal not moving due date', () => {
    expect(() => insertRenewal(2, '2026-01-07', '2026-01-20T15:59:59.999Z')).toThrow(/CHECK constraint failed/);
  });

  it('rejects a renewal count change without its renewal row', () => {
    const bump = (by: number) => fixture.database.prepare('UPDATE loans SET renewals = renewals + ? WHERE id = ?').run(by, loanId);

    expect(() => bump(1)).toThrow(/loans.renewals changes only by one, with a matching loan_renewals row/);
    expect(() => bump(2)).toThrow(/loans.renewals changes only by one/);
  });

  it('rejects a renewal of a returned loan', async () => {
    await fixture.service.returnItem('B0001', kioskContext());

    expect(() => insertRenewal(2, '2026-01-07', '2026-01-21T15:59:59.999Z')).toThrow(/only an open loan can be renewed/);
  });

  it('rejects a second open loan of one item', () => {
    const insertLoan = () =>
      fixture.database
        .prepare("INSERT INTO loans (reader_id, item_id, borrowed_at, due_at) SELECT ?, id, '2026-01-06T00:00:00.000Z', '2026-01-20T15:59:59.999Z' FROM items WHERE barcode = 'B0001'")
        .run(readerId);

    expect(insertLoan).toThrow(/UNIQUE constraint failed: loans.item_id/);
  });

  it('rejects two ready holds on one item', () => {
    const [barcode = ''] = insertItems(fixture.database, 1, 'READY');
    insertHold(fixture.database, insertReader(fixture.database), barcode, 'ready');

    expect(() => insertHold(fixture.database, insertReader(fixture.database), barcode, 'ready')).toThrow(/UNIQUE constraint failed: holds.item_id/);
  });

  it('keeps circulation transactions append-only', () => {
    expect(() => fixture.database.prepare("UPDATE circulation_transactions SET outcome = '{}'").run()).toThrow(/append-only/);
    expect(() => fixture.database.prepare('DELETE FROM circulation_transactions').run()).toThrow(/append-only/);
  });

  it('leaves a consistent database after the operations', () => {
    expect(checkDatabase(fixture.database)).toEqual([]);
  });
});
