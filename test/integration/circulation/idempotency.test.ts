import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCirculationService } from '../../../src/circulation/circulation.service.ts';
import { generateTransactionReference, isValidTransactionReference } from '../../../src/circulation/transaction-reference.ts';
import { DAY_MS } from '../../../src/domain/clock.ts';
import type { AppError } from '../../../src/errors/app-error.ts';
import {
  borrowNewItems,
  countRows,
  createCirculationFixture,
  insertItems,
  insertReader,
  kioskContext,
  readLoans,
  type CirculationFixture,
} from '../../support/circulation-fixture.ts';

describe('idempotent requests', () => {
  let fixture: CirculationFixture;
  let readerId: number;

  beforeEach(() => {
    fixture = createCirculationFixture();
    readerId = insertReader(fixture.database);
  });
  afterEach(() => fixture.close());

  it('renew-all retry returns first result', async () => {
    await borrowNewItems(fixture, readerId, 3);
    fixture.clock.advance(DAY_MS);
    const context = kioskContext({ channel: 'phone', source: '+85221234567', idempotencyKey: 'CA42:renew-all:3' });

    const first = await fixture.service.renewAll(readerId, context);
    const loansAfterFirst = readLoans(fixture.database, readerId);
    const transactionsAfterFirst = countRows(fixture.database, 'circulation_transactions');
    // A retry a day later would renew again if it were treated as a new request.
    fixture.clock.advance(DAY_MS);
    const retry = await fixture.service.renewAll(readerId, context);

    expect(first.renewed).toHaveLength(3);
    expect(retry).toEqual(first);
    expect(readLoans(fixture.database, readerId)).toEqual(loansAfterFirst);
    expect(countRows(fixture.database, 'circulation_transactions')).toBe(transactionsAfterFirst);
  });

  it('checkout retry returns first result', async () => {
    const [barcode = ''] = insertItems(fixture.database, 1);
    const context = kioskContext({ idempotencyKey: 'terminal-request-17' });

    const first = await fixture.service.borrow(readerId, barcode, context);
    const retry = await fixture.service.borrow(readerId, barcode, context);

    expect(first.outcome).toBe('borrowed');
    expect(retry).toEqual(first);
    expect(countRows(fixture.database, 'loans')).toBe(1);
  });

  it('replays a refusal as a refusal', async () => {
    const context = kioskContext({ idempotencyKey: 'missing-item' });

    const first = await fixture.service.borrow(readerId, 'MISSING', context);
    insertItems(fixture.database, 1, 'MISSING');
    const retry = await fixture.service.borrow(readerId, 'MISSING', context);

    expect(retry).toEqual(first);
  });

  it.each([
    ['another item', (fx: CirculationFixture, id: number, key: string) => fx.service.borrow(id, 'B0002', kioskContext({ idempotencyKey: key }))],
    ['another operation', (fx: CirculationFixture, id: number, key: string) => fx.service.renewAll(id, kioskContext({ idempotencyKey: key }))],
    ['another location', (fx: CirculationFixture, id: number, key: string) => fx.service.borrow(id, 'B0001', kioskContext({ idempotencyKey: key, location: 'CENTRAL' }))],
  ])('rejects a key reused for %s and changes nothing', async (_case, reuse) => {
    insertItems(fixture.database, 2);
    await fixture.service.borrow(readerId, 'B0001', kioskContext({ idempotencyKey: 'reused' }));

    const failure = await reuse(fixture, readerId, 'reused').catch((error: unknown) => error);

    expect((failure as AppError).code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((failure as AppError).statusCode).toBe(409);
    expect(countRows(fixture.database, 'loans')).toBe(1);
    expect(countRows(fixture.database, 'circulation_transactions')).toBe(1);
  });

  it('keeps keys of different sources apart', async () => {
    const [first = '', second = ''] = insertItems(fixture.database, 2);

    const fromKioskA = await fixture.service.borrow(readerId, first, kioskContext({ source: 'kiosk-a', idempotencyKey: '1' }));
    const fromKioskB = await fixture.service.borrow(readerId, second, kioskContext({ source: 'kiosk-b', idempotencyKey: '1' }));

    expect(fromKioskA.outcome).toBe('borrowed');
    expect(fromKioskB.outcome).toBe('borrowed');
    expect(fromKioskB.reference).not.toBe(fromKioskA.reference);
  });
});

describe('transaction references', () => {
  let fixture: CirculationFixture;

  beforeEach(() => {
    fixture = createCirculationFixture();
  });
  afterEach(() => fixture.close());

  it('takes another reference when the first candidate is already used', async () => {
    const readerId = insertReader(fixture.database);
    const [first = '', second = ''] = insertItems(fixture.database, 2);
    const taken = generateTransactionReference();
    const fresh = generateTransactionReference();
    const candidates = [taken, taken, fresh];
    const service = createCirculationService({ store: fixture.store, clock: fixture.clock, rules: fixture.rules, newReference: () => candidates.shift() ?? '' });

    const one = await service.borrow(readerId, first, kioskContext());
    const two = await service.borrow(readerId, second, kioskContext());

    expect(one.reference).toBe(taken);
    expect(two.reference).toBe(fresh);
    expect(candidates).toEqual([]);
  });

  it('gives every transaction a distinct, valid reference', async () => {
    const readerId = insertReader(fixture.database);
    const barcodes = insertItems(fixture.database, 10);

    const references: string[] = [];
    for (const barcode of barcodes) references.push((await fixture.service.borrow(readerId, barcode, kioskContext())).reference);
    for (const barcode of barcodes) references.push((await fixture.service.returnItem(barcode, kioskContext())).reference);

    expect(new Set(references).size).toBe(20);
    expect(references.every(isValidTransactionReference)).toBe(true);
  });

  it('invalid generated reference stores nothing', async () => {
    const readerId = insertReader(fixture.database);
    const service = createCirculationService({ store: fixture.store, clock: fixture.clock, rules: fixture.rules, newReference: () => '12345' });

    await expect(service.renewAll(readerId, kioskContext())).rejects.toThrow(/invalid reference "12345"/);
    expect(countRows(fixture.database, 'circulation_transactions')).toBe(0);
  });
});
