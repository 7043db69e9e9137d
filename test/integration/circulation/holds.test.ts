import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/domain/clock.ts';
import {
  createCirculationFixture,
  insertCharge,
  insertHold,
  insertItems,
  insertReader,
  kioskContext,
  readLoans,
  type CirculationFixture,
} from '../../support/circulation-fixture.ts';

const station = (location: string | undefined = 'STATION-TST') => kioskContext({ channel: 'station', source: 'station-7', location });

describe('picking up holds', () => {
  let fixture: CirculationFixture;
  let readerId: number;
  let otherId: number;
  let barcode: string;

  beforeEach(() => {
    fixture = createCirculationFixture();
    readerId = insertReader(fixture.database);
    otherId = insertReader(fixture.database);
    [barcode = ''] = insertItems(fixture.database, 1, 'H');
  });
  afterEach(() => fixture.close());

  function holdStatus(holdId: number) {
    return fixture.database.prepare('SELECT status, filled_by_loan_id FROM holds WHERE id = ?').get(holdId) as { status: string; filled_by_loan_id: number | null };
  }

  it('own ready hold is lent and filled', async () => {
    const holdId = insertHold(fixture.database, readerId, barcode, 'ready', 'STATION-TST');

    const result = await fixture.service.pickUpHold(readerId, barcode, station());

    expect(result).toMatchObject({ outcome: 'borrowed', loan: { itemBarcode: barcode, dueAt: '2026-01-19T15:59:59.999Z' } });
    expect(holdStatus(holdId)).toEqual({ status: 'filled', filled_by_loan_id: result.outcome === 'borrowed' ? result.loan.loanId : -1 });
    expect(await fixture.service.listHolds(readerId)).toEqual([]);
  });

  it("refuses another reader's ready hold and leaves it ready", async () => {
    const holdId = insertHold(fixture.database, readerId, barcode, 'ready', 'STATION-TST');

    const pickup = await fixture.service.pickUpHold(otherId, barcode, station());
    const borrow = await fixture.service.borrow(otherId, barcode, station());

    expect(pickup).toMatchObject({ outcome: 'refused', reason: 'hold-for-another-reader' });
    expect(borrow).toMatchObject({ outcome: 'refused', reason: 'reserved-by-another-reader' });
    expect(holdStatus(holdId)).toEqual({ status: 'ready', filled_by_loan_id: null });
    expect(readLoans(fixture.database, otherId)).toEqual([]);
  });

  it('refuses a hold waiting at another location', async () => {
    insertHold(fixture.database, readerId, barcode, 'ready', 'CENTRAL');

    const elsewhere = await fixture.service.pickUpHold(readerId, barcode, station('STATION-TST'));
    const withoutLocation = await fixture.service.pickUpHold(readerId, barcode, station(undefined));

    expect(elsewhere).toMatchObject({ outcome: 'refused', reason: 'hold-at-another-location' });
    expect(withoutLocation).toMatchObject({ outcome: 'refused', reason: 'hold-at-another-location' });
  });

  it('lends a ready hold without a pickup location anywhere', async () => {
    insertHold(fixture.database, readerId, barcode, 'ready', null);

    const result = await fixture.service.pickUpHold(readerId, barcode, station('ANY-STATION'));

    expect(result.outcome).toBe('borrowed');
  });

  it('refuses a hold that is still waiting', async () => {
    insertHold(fixture.database, readerId, barcode, 'waiting', 'STATION-TST');

    const result = await fixture.service.pickUpHold(readerId, barcode, station());

    expect(result).toMatchObject({ outcome: 'refused', reason: 'hold-not-ready' });
  });

  it('refuses an item the reader has not reserved', async () => {
    const result = await fixture.service.pickUpHold(readerId, barcode, station());

    expect(result).toMatchObject({ outcome: 'refused', reason: 'hold-not-found' });
  });

  it('applies the borrowing blocks to pickups', async () => {
    insertHold(fixture.database, readerId, barcode, 'ready', 'STATION-TST');
    insertCharge(fixture.database, readerId, 20_000);

    const result = await fixture.service.pickUpHold(readerId, barcode, station());

    expect(result).toMatchObject({ outcome: 'refused', reason: 'charges-over-limit' });
  });

  it('refuses a pickup past the item limit', async () => {
    const shelf = insertItems(fixture.database, 10, 'S');
    for (const item of shelf) await fixture.service.borrow(readerId, item, kioskContext());
    insertHold(fixture.database, readerId, barcode, 'ready', 'STATION-TST');

    const result = await fixture.service.pickUpHold(readerId, barcode, station());

    expect(result).toMatchObject({ outcome: 'refused', reason: 'item-limit-reached' });
  });

  it('makes a returned item ready for the first waiting hold', async () => {
    await fixture.service.borrow(readerId, barcode, kioskContext());
    const laterReader = insertReader(fixture.database);
    const firstHold = insertHold(fixture.database, otherId, barcode, 'waiting', 'STATION-TST', '2026-01-05T10:00:00.000Z');
    insertHold(fixture.database, laterReader, barcode, 'waiting', 'CENTRAL', '2026-01-05T11:00:00.000Z');
    fixture.clock.advance(2 * DAY_MS);

    const returned = await fixture.service.returnItem(barcode, kioskContext());
    const holds = await fixture.service.listHolds(otherId);
    const pickup = await fixture.service.pickUpHold(otherId, barcode, station());

    expect(returned).toMatchObject({ outcome: 'returned', itemBarcode: barcode, wasOverdue: false });
    // Returned on Wednesday 7 January. With 7 days to collect, the hold waits until the end of 14 January.
    expect(holds).toEqual([expect.objectContaining({ holdId: firstHold, status: 'ready', pickupLocation: 'STATION-TST', pickupBy: '2026-01-14T15:59:59.999Z' })]);
    expect(pickup.outcome).toBe('borrowed');
  });
});

describe('returns', () => {
  let fixture: CirculationFixture;

  beforeEach(() => {
    fixture = createCirculationFixture();
  });
  afterEach(() => fixture.close());

  it('closes the loan and reports an overdue return', async () => {
    const readerId = insertReader(fixture.database);
    const [barcode = ''] = insertItems(fixture.database, 1);
    await fixture.service.borrow(readerId, barcode, kioskContext());
    fixture.clock.advance(15 * DAY_MS);

    const result = await fixture.service.returnItem(barcode, kioskContext({ channel: 'station' }));

    expect(result).toMatchObject({ outcome: 'returned', wasOverdue: true, title: { en: `Book ${barcode}` } });
    expect(readLoans(fixture.database, readerId)[0]?.returned_at).toBe(fixture.clock.now().toISOString());
    const stored = fixture.database.prepare('SELECT reader_id FROM circulation_transactions WHERE reference = ?').get(result.reference);
    expect(stored).toEqual({ reader_id: readerId });
  });

  it('refuses an unknown item and an item not on loan', async () => {
    const [barcode = ''] = insertItems(fixture.database, 1);

    const unknown = await fixture.service.returnItem('MISSING', kioskContext());
    const notOnLoan = await fixture.service.returnItem(barcode, kioskContext());

    expect(unknown).toMatchObject({ outcome: 'refused', reason: 'item-not-found' });
    expect(notOnLoan).toMatchObject({ outcome: 'refused', reason: 'item-not-on-loan', title: { en: `Book ${barcode}` } });
    expect(unknown).not.toHaveProperty('title');
  });
});

describe('account views', () => {
  it('lists outstanding charges, active holds and the summary', async () => {
    const fixture = createCirculationFixture();
    try {
      const readerId = insertReader(fixture.database);
      const [ready = '', waiting = ''] = insertItems(fixture.database, 2);
      insertHold(fixture.database, readerId, waiting, 'waiting', 'CENTRAL');
      insertHold(fixture.database, readerId, ready, 'ready', 'STATION-TST');
      insertCharge(fixture.database, readerId, 1_250);
      insertCharge(fixture.database, readerId, 4_000, 'paid');

      const charges = await fixture.service.listCharges(readerId);
      const holds = await fixture.service.listHolds(readerId);
      const summary = await fixture.service.accountSummary(readerId);

      expect(charges).toEqual([expect.objectContaining({ amountCents: 1_250, reason: 'Overdue item' })]);
      expect(holds.map((hold) => [hold.itemBarcode, hold.status])).toEqual([[ready, 'ready'], [waiting, 'waiting']]);
      expect(summary).toMatchObject({ loansCount: 0, chargesTotalCents: 1_250, readyHoldsCount: 1 });
      await expect(fixture.service.accountSummary(4242)).rejects.toMatchObject({ code: 'READER_NOT_FOUND' });
    } finally {
      fixture.close();
    }
  });
});
