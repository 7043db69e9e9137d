import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors/app-error.ts';
import { countRows, createCirculationFixture, insertHold, insertItems, insertReader, kioskContext, type CirculationFixture } from '../../support/circulation-fixture.ts';

const stationContext = (itemLimit?: number) => kioskContext({ channel: 'station', source: 'terminal:station-1', location: 'STATION-1', itemLimit });

describe('a per-request item limit', () => {
  let fixture: CirculationFixture;
  let readerId: number;
  let barcodes: string[];

  beforeEach(() => {
    fixture = createCirculationFixture({ maxItemsOnLoan: 4 });
    readerId = insertReader(fixture.database);
    barcodes = insertItems(fixture.database, 5, 'S');
  });
  afterEach(() => fixture.close());

  it('refuses a loan past a station limit below the service limit', async () => {
    await fixture.service.borrow(readerId, barcodes[0] ?? '', stationContext(2));
    await fixture.service.borrow(readerId, barcodes[1] ?? '', stationContext(2));

    const third = await fixture.service.borrow(readerId, barcodes[2] ?? '', stationContext(2));

    expect(third).toMatchObject({ outcome: 'refused', reason: 'item-limit-reached' });
    expect(countRows(fixture.database, 'loans')).toBe(2);
  });

  it('never raises the service limit', async () => {
    for (const barcode of barcodes.slice(0, 4)) await fixture.service.borrow(readerId, barcode, stationContext(10));

    const fifth = await fixture.service.borrow(readerId, barcodes[4] ?? '', stationContext(10));

    expect(fifth).toMatchObject({ outcome: 'refused', reason: 'item-limit-reached' });
  });

  it('applies to the pickup of a ready hold too', async () => {
    await fixture.service.borrow(readerId, barcodes[0] ?? '', stationContext(1));
    insertHold(fixture.database, readerId, barcodes[1] ?? '', 'ready', 'STATION-1');

    const pickup = await fixture.service.pickUpHold(readerId, barcodes[1] ?? '', stationContext(1));

    expect(pickup).toMatchObject({ outcome: 'refused', reason: 'item-limit-reached' });
  });

  it('leaves other requests at the service limit', async () => {
    await fixture.service.borrow(readerId, barcodes[0] ?? '', stationContext(1));

    const kioskLoan = await fixture.service.borrow(readerId, barcodes[1] ?? '', kioskContext());

    expect(kioskLoan.outcome).toBe('borrowed');
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects the item limit %s as invalid', async (itemLimit) => {
    const attempt = fixture.service.borrow(readerId, barcodes[0] ?? '', stationContext(itemLimit));

    await expect(attempt).rejects.toSatisfy((error: unknown) => isAppError(error) && error.code === 'VALIDATION_FAILED');
    expect(countRows(fixture.database, 'loans')).toBe(0);
  });

  it('tells a retry with another limit from the first request', async () => {
    const context = stationContext(2);
    await fixture.service.borrow(readerId, barcodes[0] ?? '', context);

    const retry = fixture.service.borrow(readerId, barcodes[0] ?? '', { ...context, itemLimit: 3 });

    await expect(retry).rejects.toSatisfy((error: unknown) => isAppError(error) && error.code === 'IDEMPOTENCY_KEY_REUSED');
  });
});
