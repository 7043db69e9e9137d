import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors/app-error.ts';
import {
  countRows,
  createCirculationFixture,
  insertCharge,
  insertHold,
  insertItems,
  insertReader,
  kioskContext,
  type CirculationFixture,
} from '../../support/circulation-fixture.ts';

describe('borrowing', () => {
  let fixture: CirculationFixture;
  let readerId: number;

  beforeEach(() => {
    fixture = createCirculationFixture();
    readerId = insertReader(fixture.database);
  });
  afterEach(() => fixture.close());

  it('lends until end of day 14', async () => {
    const [barcode = ''] = insertItems(fixture.database, 1);

    const result = await fixture.service.borrow(readerId, barcode, kioskContext());

    expect(result.outcome).toBe('borrowed');
    if (result.outcome !== 'borrowed') return;
    expect(result.loan.dueAt).toBe('2026-01-19T15:59:59.999Z');
    expect(result.loan.title).toEqual({ en: `Book ${barcode}`, zh: `書 ${barcode}`, zhHans: `书 ${barcode}` });
    expect(result.reference).toMatch(/^[1-9]\d{9}$/);
  });

  it('lends the 10th item and refuses the 11th', async () => {
    const barcodes = insertItems(fixture.database, 11);

    const outcomes = [];
    for (const barcode of barcodes) outcomes.push(await fixture.service.borrow(readerId, barcode, kioskContext()));

    expect(outcomes.slice(0, 10).every((outcome) => outcome.outcome === 'borrowed')).toBe(true);
    expect(outcomes[10]).toMatchObject({ outcome: 'refused', reason: 'item-limit-reached', itemBarcode: barcodes[10] });
    expect(countRows(fixture.database, 'loans')).toBe(10);
  });

  it('counts only open loans towards the item limit', async () => {
    const barcodes = insertItems(fixture.database, 11);
    for (const barcode of barcodes.slice(0, 10)) await fixture.service.borrow(readerId, barcode, kioskContext());

    await fixture.service.returnItem(barcodes[0] ?? '', kioskContext());
    const eleventh = await fixture.service.borrow(readerId, barcodes[10] ?? '', kioskContext());

    expect(eleventh.outcome).toBe('borrowed');
  });

  it('follows a configured item limit', async () => {
    fixture.close();
    fixture = createCirculationFixture({ maxItemsOnLoan: 2 });
    readerId = insertReader(fixture.database);
    const barcodes = insertItems(fixture.database, 3);

    await fixture.service.borrow(readerId, barcodes[0] ?? '', kioskContext());
    await fixture.service.borrow(readerId, barcodes[1] ?? '', kioskContext());
    const third = await fixture.service.borrow(readerId, barcodes[2] ?? '', kioskContext());

    expect(third).toMatchObject({ outcome: 'refused', reason: 'item-limit-reached' });
  });

  it('reports in the summary what blocks borrowing', async () => {
    const blocked = insertReader(fixture.database, { status: 'blocked' });
    const owing = insertReader(fixture.database);
    insertCharge(fixture.database, owing, 13_001);
    const atLimit = insertReader(fixture.database);
    for (const barcode of insertItems(fixture.database, 10)) await fixture.service.borrow(atLimit, barcode, kioskContext());

    const summaries = await Promise.all([readerId, blocked, owing, atLimit].map((id) => fixture.service.accountSummary(id)));

    expect(summaries.map((summary) => summary.borrowBlock)).toEqual([null, 'card-blocked', 'charges-over-limit', 'item-limit-reached']);
  });

  it('allows charges at the limit and refuses one cent over', async () => {
    const barcodes = insertItems(fixture.database, 2);
    insertCharge(fixture.database, readerId, 13_000);

    const atLimit = await fixture.service.borrow(readerId, barcodes[0] ?? '', kioskContext());
    insertCharge(fixture.database, readerId, 1);
    const overLimit = await fixture.service.borrow(readerId, barcodes[1] ?? '', kioskContext());

    expect(atLimit.outcome).toBe('borrowed');
    expect(overLimit).toMatchObject({ outcome: 'refused', reason: 'charges-over-limit' });
  });

  it('ignores paid and waived charges', async () => {
    const [barcode = ''] = insertItems(fixture.database, 1);
    insertCharge(fixture.database, readerId, 50_000, 'paid');
    insertCharge(fixture.database, readerId, 50_000, 'waived');

    const result = await fixture.service.borrow(readerId, barcode, kioskContext());

    expect(result.outcome).toBe('borrowed');
  });

  it('refuses a blocked card', async () => {
    const blocked = insertReader(fixture.database, { status: 'blocked' });
    const [barcode = ''] = insertItems(fixture.database, 1);

    const result = await fixture.service.borrow(blocked, barcode, kioskContext());

    expect(result).toMatchObject({ outcome: 'refused', reason: 'card-blocked' });
    expect(countRows(fixture.database, 'loans')).toBe(0);
  });

  it('refuses an unknown barcode and records the refusal', async () => {
    const result = await fixture.service.borrow(readerId, 'NO-SUCH-ITEM', kioskContext());

    expect(result).toMatchObject({ outcome: 'refused', reason: 'item-not-found', itemBarcode: 'NO-SUCH-ITEM' });
    const stored = fixture.database.prepare('SELECT kind, outcome FROM circulation_transactions WHERE reference = ?').get(result.reference) as { kind: string; outcome: string };
    expect(stored.kind).toBe('borrow');
    expect(JSON.parse(stored.outcome)).toEqual(result);
  });

  it('refuses an item the reader already has', async () => {
    const [barcode = ''] = insertItems(fixture.database, 1);
    await fixture.service.borrow(readerId, barcode, kioskContext());

    const result = await fixture.service.borrow(readerId, barcode, kioskContext());

    expect(result).toMatchObject({ outcome: 'refused', reason: 'item-on-loan-to-you' });
  });

  it('refuses an item already on loan', async () => {
    const other = insertReader(fixture.database);
    const [barcode = ''] = insertItems(fixture.database, 1);
    await fixture.service.borrow(other, barcode, kioskContext());

    const result = await fixture.service.borrow(readerId, barcode, kioskContext());

    expect(result).toMatchObject({ outcome: 'refused', reason: 'item-already-on-loan' });
  });

  it('names a refused item by its title', async () => {
    const other = insertReader(fixture.database);
    const [barcode = ''] = insertItems(fixture.database, 1);
    await fixture.service.borrow(other, barcode, kioskContext());

    const request = kioskContext();
    const refused = await fixture.service.borrow(readerId, barcode, request);
    const retried = await fixture.service.borrow(readerId, barcode, request);
    const unknown = await fixture.service.borrow(readerId, 'NO-SUCH-ITEM', kioskContext());

    expect(refused).toMatchObject({ outcome: 'refused', title: { en: `Book ${barcode}`, zh: `書 ${barcode}` } });
    expect(retried).toEqual(refused);
    expect(unknown).not.toHaveProperty('title');
  });

  it('refuses an item another reader reserved', async () => {
    const other = insertReader(fixture.database);
    const [barcode = ''] = insertItems(fixture.database, 1);
    insertHold(fixture.database, other, barcode, 'waiting');

    const result = await fixture.service.borrow(readerId, barcode, kioskContext());

    expect(result).toMatchObject({ outcome: 'refused', reason: 'reserved-by-another-reader' });
  });

  it('fills the own hold when borrowing the item', async () => {
    const [barcode = ''] = insertItems(fixture.database, 1);
    const holdId = insertHold(fixture.database, readerId, barcode, 'waiting');

    const result = await fixture.service.borrow(readerId, barcode, kioskContext());

    expect(result.outcome).toBe('borrowed');
    const hold = fixture.database.prepare('SELECT status, filled_by_loan_id FROM holds WHERE id = ?').get(holdId);
    expect(hold).toEqual({ status: 'filled', filled_by_loan_id: result.outcome === 'borrowed' ? result.loan.loanId : -1 });
  });

  it('trims scanner whitespace from the barcode', async () => {
    const [barcode = ''] = insertItems(fixture.database, 1);

    const result = await fixture.service.borrow(readerId, `  ${barcode}\r\n`, kioskContext());

    expect(result.outcome).toBe('borrowed');
  });

  it.each([
    ['an empty barcode', (fx: CirculationFixture, id: number) => fx.service.borrow(id, '  ', kioskContext()), 'itemBarcode'],
    ['a zero reader id', (fx: CirculationFixture) => fx.service.borrow(0, 'B0001', kioskContext()), 'readerId'],
    ['an empty idempotency key', (fx: CirculationFixture, id: number) => fx.service.borrow(id, 'B0001', kioskContext({ idempotencyKey: '' })), 'context.idempotencyKey'],
    ['an empty source', (fx: CirculationFixture, id: number) => fx.service.borrow(id, 'B0001', kioskContext({ source: '' })), 'context.source'],
    ['an overlong key', (fx: CirculationFixture, id: number) => fx.service.borrow(id, 'B0001', kioskContext({ idempotencyKey: 'k'.repeat(201) })), 'context.idempotencyKey'],
  ])('rejects %s as invalid and stores nothing', async (_case, call, field) => {
    insertItems(fixture.database, 1);

    const failure = await call(fixture, readerId).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('VALIDATION_FAILED');
    expect((failure as AppError).detail.field).toBe(field);
    expect(countRows(fixture.database, 'circulation_transactions')).toBe(0);
  });

  it('rejects an unknown reader with READER_NOT_FOUND and stores nothing', async () => {
    const [barcode = ''] = insertItems(fixture.database, 1);

    const failure = await fixture.service.borrow(9999, barcode, kioskContext()).catch((error: unknown) => error);

    expect((failure as AppError).code).toBe('READER_NOT_FOUND');
    expect(countRows(fixture.database, 'circulation_transactions')).toBe(0);
    expect(countRows(fixture.database, 'idempotency_records')).toBe(0);
  });
});
