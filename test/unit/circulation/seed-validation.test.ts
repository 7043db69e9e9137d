import { describe, expect, it } from 'vitest';
import { validateSeedDocument } from '../../../src/circulation/seed-loader.ts';

const rules = { maxConsecutiveRenewals: 5 };

describe('seed document validation', () => {
  it('converts amounts and dates', () => {
    const seed = validateSeedDocument(
      {
        readers: [{ card: '27301000010018', name: 'Chan Tai Man', phone: '9123 4567', language: 'zh-Hant' }],
        items: [{ barcode: '31234000123456', title: 'The Hong Kong Story', titleZh: '香港故事' }],
        loans: [{ card: '27301000010018', item: '31234000123456', borrowedAt: '2026-01-02', dueAt: '2026-01-16T10:00:00+08:00', renewals: 1 }],
        holds: [{ card: '27301000010018', item: '31234000123456', status: 'ready', pickupAt: 'STATION-TST', pickupBy: '2026-01-12' }],
        charges: [{ card: '27301000010018', amount: 12.5, reason: 'Overdue: The Hong Kong Story', reasonZh: '逾期：香港故事' }],
      },
      rules,
    );

    expect(seed.problems).toEqual([]);
    expect(seed.readers[0]).toEqual({ index: 0, card: '27301000010018', name: 'Chan Tai Man', phone: '9123 4567', pin: null, language: 'zh-Hant' });
    expect(seed.loans[0]).toEqual({
      index: 0,
      card: '27301000010018',
      itemBarcode: '31234000123456',
      borrowedAt: '2026-01-01T16:00:00.000Z',
      dueAt: '2026-01-16T15:59:59.999Z',
      renewals: 1,
    });
    expect(seed.holds[0]).toMatchObject({ pickupLocation: 'STATION-TST', pickupBy: '2026-01-12T15:59:59.999Z' });
    expect(seed.charges[0]).toMatchObject({ amountCents: 1_250, reasonZh: '逾期：香港故事', createdAt: null });
  });

  it.each([
    ['items', { barcode: 'B 1', title: 'x' }, 'barcode: must be 1 to 64 letters, digits or hyphens'],
    ['items', { barcode: 'B1' }, 'title: is required'],
    ['items', { barcode: 'B1', title: 'x', titlezh: 'typo' }, 'Unrecognized key: "titlezh"'],
    ['items', 'B1', 'must be an object'],
    ['loans', { card: '1', item: 'B1', borrowedAt: '5/1/2026', dueAt: '2026-01-19' }, 'borrowedAt: must be an ISO 8601 date'],
    ['loans', { card: '1', item: 'B1', borrowedAt: '2026-01-19', dueAt: '2026-01-19' }, 'dueAt: must be a later day than borrowedAt'],
    ['loans', { card: '1', item: 'B1', borrowedAt: '2026-01-05', dueAt: '2026-01-19', renewals: 6 }, 'renewals: must be at most 5, the renewal limit'],
    ['loans', { card: '1', item: 'B1', borrowedAt: '2026-01-05', dueAt: '2026-01-19', renewals: 1.5 }, 'renewals: must be a whole number'],
    ['holds', { card: '1', item: 'B1', status: 'filled' }, 'status: must be waiting or ready'],
    ['holds', { card: '1', item: 'B1', status: 'ready', pickupAt: '2026-01-12T18:00:00+08:00' }, 'pickupAt: names the pickup location'],
    ['holds', { card: '1', item: 'B1', status: 'waiting', pickupBy: '2026-01-12' }, 'pickupBy: applies only to a ready hold'],
    ['charges', { card: '1', amount: -3, reason: 'x' }, 'amount: must be more than 0'],
    ['charges', { card: '1', amount: 1.234, reason: 'x' }, 'amount: must have at most two decimal places'],
    ['charges', { card: '1', amount: '12.50', reason: 'x' }, 'amount: must be a number of Hong Kong dollars'],
    ['charges', { card: 'ABC', amount: 1, reason: 'x' }, 'card: must be digits'],
    ['charges', { card: '1', amount: 1, reason: 'x', reasonZh: '  ' }, 'reasonZh: must not be empty'],
    ['charges', { card: '1', amount: 1, reason: 'x', reasonZh: '逾'.repeat(201) }, 'reasonZh: must be at most 200 characters'],
    ['readers', { card: '1', name: 'x', phone: '12' }, 'phone: must be a phone number ending in at least 4 digits'],
    ['readers', { card: '1', name: 'x', phone: '91234567', pin: '12a4' }, 'pin: must be digits only'],
  ])('reports a bad %s record: %j', (section, record, reason) => {
    const seed = validateSeedDocument({ [section]: [record] }, rules);

    expect(seed.problems).toHaveLength(1);
    expect(seed.problems[0]).toMatchObject({ section, index: 0 });
    expect(seed.problems[0]?.reason).toContain(reason);
  });

  it('reports positions, keeps good records', () => {
    const seed = validateSeedDocument({ items: [{ barcode: 'B1', title: 'One' }, { barcode: 'B2' }, { barcode: 'B3', title: 'Three' }, { barcode: 'B1', title: 'Again' }] }, rules);

    expect(seed.items.map((item) => item.index)).toEqual([0, 2]);
    expect(seed.problems).toEqual([
      { section: 'items', index: 1, reason: 'title: is required' },
      { section: 'items', index: 3, reason: 'barcode B1 already appears at items[0]' },
    ]);
  });

  it.each([
    [null, 'document'],
    [[], 'document'],
    ['{}', 'document'],
  ])('reports an unusable document %j', (document, section) => {
    const seed = validateSeedDocument(document, rules);

    expect(seed.problems).toEqual([expect.objectContaining({ section, index: null })]);
  });

  it('reports non-array and unknown sections', () => {
    const seed = validateSeedDocument({ items: { barcode: 'B1' }, patrons: [] }, rules);

    expect(seed.problems).toEqual(
      expect.arrayContaining([
        { section: 'items', index: null, reason: 'must be an array of records' },
        expect.objectContaining({ section: 'document', reason: expect.stringContaining('unknown section "patrons"') }),
      ]),
    );
  });
});
