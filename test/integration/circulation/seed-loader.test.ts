import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCirculationSeed } from '../../../src/circulation/seed-loader.ts';
import { createCirculationFixture, insertReader, kioskContext, type CirculationFixture } from '../../support/circulation-fixture.ts';

describe('circulation seed loading', () => {
  let fixture: CirculationFixture;
  let readerIds: Map<string, number>;

  beforeEach(() => {
    fixture = createCirculationFixture();
    readerIds = new Map([
      ['27301000010018', insertReader(fixture.database, { card: '27301000010018' })],
      ['27301000010026', insertReader(fixture.database, { card: '27301000010026' })],
    ]);
  });
  afterEach(() => fixture.close());

  const load = (document: unknown) =>
    loadCirculationSeed(document, { store: fixture.store, resolveReader: (card) => readerIds.get(card) ?? null, clock: fixture.clock, rules: fixture.rules });

  it('loads good records, reports bad ones', async () => {
    const report = await load({
      items: [
        { barcode: 'B1', title: 'Cantonese for Beginners', titleZh: '粵語入門' },
        { barcode: 'B2', title: 'Hiking Trails of Hong Kong' },
        { barcode: 'B3' },
      ],
      loans: [
        { card: '2730-1000-0100-18', item: 'B1', borrowedAt: '2025-12-29', dueAt: '2026-01-12', renewals: 2 },
        { card: '27301000010026', item: 'B1', borrowedAt: '2026-01-02', dueAt: '2026-01-16' },
        { card: '27301000099999', item: 'B2', borrowedAt: '2026-01-02', dueAt: '2026-01-16' },
        { card: '27301000010018', item: 'B9', borrowedAt: '2026-01-02', dueAt: '2026-01-16' },
      ],
      holds: [
        { card: '27301000010026', item: 'B1', status: 'waiting' },
        { card: '27301000010018', item: 'B2', status: 'ready', pickupAt: 'STATION-TST' },
        { card: '27301000010026', item: 'B2', status: 'ready' },
        { card: '27301000010018', item: 'B1', status: 'waiting' },
      ],
      charges: [
        { card: '27301000010018', amount: 12.5, reason: 'Overdue: Cantonese for Beginners' },
        { card: '27301000010018', amount: 0, reason: 'x' },
      ],
    });

    expect(report.loaded).toEqual({ items: 2, loans: 1, holds: 2, charges: 1 });
    expect(report.problems).toEqual([
      { section: 'items', index: 2, reason: 'title: is required' },
      { section: 'loans', index: 1, reason: 'item B1 is already on loan' },
      { section: 'loans', index: 2, reason: 'no reader has card **********9999; enrol the reader first' },
      { section: 'loans', index: 3, reason: 'no item has barcode B9; add it to items' },
      { section: 'holds', index: 2, reason: 'item B2 is already ready for another reader' },
      { section: 'holds', index: 3, reason: 'the reader already has item B1 on loan' },
      { section: 'charges', index: 1, reason: 'amount: must be more than 0' },
    ]);
  });

  it('makes loaded records usable by the service', async () => {
    const reader = readerIds.get('27301000010018') ?? 0;
    await load({
      items: [{ barcode: 'B1', title: 'Cantonese for Beginners', titleZh: '粵語入門' }, { barcode: 'B2', title: 'Hiking Trails' }],
      loans: [{ card: '27301000010018', item: 'B1', borrowedAt: '2025-12-22', dueAt: '2026-01-05', renewals: 5 }],
      holds: [{ card: '27301000010018', item: 'B2', status: 'ready', pickupAt: 'STATION-TST' }],
      charges: [{ card: '27301000010018', amount: 12.5, reason: 'Overdue' }],
    });

    const loans = await fixture.service.listLoans(reader);
    const summary = await fixture.service.accountSummary(reader);
    const holds = await fixture.service.listHolds(reader);

    expect(loans).toEqual([
      expect.objectContaining({ itemBarcode: 'B1', title: { en: 'Cantonese for Beginners', zh: '粵語入門', zhHans: '粤语入门' }, dueAt: '2026-01-05T15:59:59.999Z', renewalsLeft: 0, renewable: { ok: false, reason: 'renewal-limit-reached' } }),
    ]);
    expect(summary).toMatchObject({ loansCount: 1, overdueCount: 0, chargesTotalCents: 1_250, readyHoldsCount: 1 });
    // Loaded on 5 January with the default 7 days to collect.
    expect(holds[0]).toMatchObject({ status: 'ready', pickupLocation: 'STATION-TST', pickupBy: '2026-01-12T15:59:59.999Z' });
    expect((await fixture.service.pickUpHold(reader, 'B2', kioskContext({ location: 'STATION-TST' }))).outcome).toBe('borrowed');
  });

  it('reports records already loaded', async () => {
    const document = { items: [{ barcode: 'B1', title: 'One' }], loans: [{ card: '27301000010018', item: 'B1', borrowedAt: '2026-01-02', dueAt: '2026-01-16' }] };
    await load(document);

    const again = await load(document);

    expect(again.loaded).toEqual({ items: 0, loans: 0, holds: 0, charges: 0 });
    expect(again.problems).toEqual([
      { section: 'items', index: 0, reason: 'an item with barcode B1 already exists' },
      { section: 'loans', index: 0, reason: 'item B1 is already on loan' },
    ]);
  });

  it('leaves reader records to the enrolment code', async () => {
    const report = await load({ readers: [{ card: 'bad' }], items: [] });

    expect(report.problems).toEqual([]);
  });
});
