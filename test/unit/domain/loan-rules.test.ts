import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.ts';
import { checkBorrowBlock, claimingHold, decideBorrow, decidePickup, type ActiveHold, type CheckoutFacts } from '../../../src/domain/checkout-rules.ts';
import { addLibraryDays, endOfLibraryDay, isLibraryDate, libraryDateOf, startOfLibraryDay } from '../../../src/domain/library-day.ts';
import { checkAccountStanding, decideRenewal, isOverdue, loanDueAt, renewalsLeft, type ReaderStanding } from '../../../src/domain/loan-rules.ts';

const rules = loadConfig({}).loanRules;
const active: ReaderStanding = { status: 'active', outstandingChargesCents: 0 };

describe('library days', () => {
  it.each([
    ['2026-01-05T15:59:59.999Z', '2026-01-05'],
    ['2026-01-05T16:00:00.000Z', '2026-01-06'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
  ])('places %s on Hong Kong day %s', (instant, date) => {
    expect(libraryDateOf(new Date(instant))).toBe(date);
  });

  it('bounds a Hong Kong day', () => {
    expect(startOfLibraryDay('2026-01-19').toISOString()).toBe('2026-01-18T16:00:00.000Z');
    expect(endOfLibraryDay('2026-01-19').toISOString()).toBe('2026-01-19T15:59:59.999Z');
  });

  it('adds days across month and leap-year ends', () => {
    expect(addLibraryDays('2028-02-20', 14)).toBe('2028-03-05');
    expect(addLibraryDays('2026-12-25', 14)).toBe('2027-01-08');
  });

  it.each(['2026-02-30', '2026-1-5', 'yesterday'])('rejects the invalid date %s', (text) => {
    expect(isLibraryDate(text)).toBe(false);
    expect(() => endOfLibraryDay(text)).toThrow(RangeError);
  });
});

describe('loan rules', () => {
  it('sets due date to end of day 14', () => {
    expect(loanDueAt(new Date('2026-01-05T01:00:00.000Z'), rules).toISOString()).toBe('2026-01-19T15:59:59.999Z');
    // 23:30 on 5 January in Hong Kong is still 5 January there.
    expect(loanDueAt(new Date('2026-01-05T15:30:00.000Z'), rules).toISOString()).toBe('2026-01-19T15:59:59.999Z');
  });

  it('treats a loan as overdue only after its due day', () => {
    expect(isOverdue('2026-01-19T15:59:59.999Z', new Date('2026-01-19T15:59:59.999Z'))).toBe(false);
    expect(isOverdue('2026-01-19T15:59:59.999Z', new Date('2026-01-19T16:00:00.000Z'))).toBe(true);
  });

  it.each([
    [{ status: 'blocked', outstandingChargesCents: 0 }, 'card-blocked'],
    [{ status: 'blocked', outstandingChargesCents: 99_999 }, 'card-blocked'],
    [{ status: 'active', outstandingChargesCents: 13_001 }, 'charges-over-limit'],
    [{ status: 'active', outstandingChargesCents: 13_000 }, null],
  ] as const)('reports %o as %s', (standing, expected) => {
    expect(checkAccountStanding(standing, rules)).toBe(expected);
  });

  it('counts renewals left without going below zero', () => {
    expect(renewalsLeft(0, rules)).toBe(5);
    expect(renewalsLeft(5, rules)).toBe(0);
    expect(renewalsLeft(7, rules)).toBe(0);
  });
});

describe('renewal decisions', () => {
  const now = new Date('2026-01-08T02:00:00.000Z');
  const loan = { dueAt: '2026-01-19T15:59:59.999Z', renewals: 0, reservedByAnotherReader: false };

  it('renews until end of day 14 from today', () => {
    expect(decideRenewal(active, loan, rules, now)).toEqual({ renewable: true, renewedOn: '2026-01-08', newDueAt: new Date('2026-01-22T15:59:59.999Z') });
  });

  it.each([
    ['the 5th renewal', { renewals: 4 }, null],
    ['the 6th renewal', { renewals: 5 }, 'renewal-limit-reached'],
    ['a reserved item', { reservedByAnotherReader: true }, 'reserved-by-another-reader'],
    ['a renewal on the checkout day', { dueAt: '2026-01-22T15:59:59.999Z' }, 'renewal-would-not-extend'],
  ])('decides %s', (_case, change, reason) => {
    const decision = decideRenewal(active, { ...loan, ...change }, rules, now);

    expect(decision.renewable ? null : decision.reason).toBe(reason);
  });

  it('puts the blocked card before every other reason', () => {
    const decision = decideRenewal({ status: 'blocked', outstandingChargesCents: 50_000 }, { ...loan, renewals: 5, reservedByAnotherReader: true }, rules, now);

    expect(decision).toEqual({ renewable: false, reason: 'card-blocked' });
  });

  it('follows allowOverdueRenewal for an overdue loan', () => {
    const overdueLoan = { ...loan, dueAt: '2026-01-07T15:59:59.999Z' };

    expect(decideRenewal(active, overdueLoan, rules, now).renewable).toBe(true);
    expect(decideRenewal(active, overdueLoan, { ...rules, allowOverdueRenewal: false }, now)).toEqual({ renewable: false, reason: 'overdue-not-renewable' });
  });

  it('allows no renewal at all with a limit of 0', () => {
    expect(decideRenewal(active, loan, { ...rules, maxConsecutiveRenewals: 0 }, now)).toEqual({ renewable: false, reason: 'renewal-limit-reached' });
  });
});

describe('checkout decisions', () => {
  const hold = (readerId: number, status: ActiveHold['status'], placedAt = '2026-01-01T00:00:00.000Z', pickupLocation: string | null = null): ActiveHold => ({
    holdId: readerId * 10,
    readerId,
    status,
    pickupLocation,
    placedAt,
  });
  const facts = (change: Partial<CheckoutFacts> = {}, holds: ActiveHold[] = [], onLoanTo: number | null = null): CheckoutFacts => ({
    readerId: 1,
    reader: active,
    openLoansCount: 0,
    item: { onLoanTo, activeHolds: holds },
    ...change,
  });

  it('lends the 10th item and refuses the 11th', () => {
    expect(decideBorrow(facts({ openLoansCount: 9 }), rules)).toEqual({ allowed: true, fillsHold: null });
    expect(decideBorrow(facts({ openLoansCount: 10 }), rules)).toEqual({ allowed: false, reason: 'item-limit-reached' });
  });

  it.each([
    [active, 9, null],
    [active, 10, 'item-limit-reached'],
    [{ status: 'active', outstandingChargesCents: 13_001 }, 10, 'charges-over-limit'],
    [{ status: 'blocked', outstandingChargesCents: 13_001 }, 0, 'card-blocked'],
  ] as const)('blocks %o with %i loans as %s', (standing, openLoansCount, expected) => {
    expect(checkBorrowBlock(standing, openLoansCount, rules)).toBe(expected);
  });

  it('claims item for ready, then earliest hold', () => {
    const early = hold(2, 'waiting', '2026-01-01T00:00:00.000Z');
    const late = hold(3, 'waiting', '2026-01-02T00:00:00.000Z');
    const ready = hold(4, 'ready', '2026-01-03T00:00:00.000Z');

    expect(claimingHold([late, early])).toBe(early);
    expect(claimingHold([late, early, ready])).toBe(ready);
    expect(claimingHold([])).toBeNull();
  });

  it('refuses a borrower behind another reader in the hold queue', () => {
    const holds = [hold(2, 'waiting', '2026-01-01T00:00:00.000Z'), hold(1, 'waiting', '2026-01-02T00:00:00.000Z')];

    expect(decideBorrow(facts({}, holds), rules)).toEqual({ allowed: false, reason: 'reserved-by-another-reader' });
  });

  it.each([
    ['no item', facts({ item: null }), 'item-not-found'],
    ['an item on loan', facts({}, [], 2), 'item-already-on-loan'],
    ['an item already on loan to the reader', facts({}, [], 1), 'item-on-loan-to-you'],
    ['a blocked card', facts({ reader: { status: 'blocked', outstandingChargesCents: 0 } }), 'card-blocked'],
  ])('refuses to lend %s', (_case, checkout, reason) => {
    expect(decideBorrow(checkout, rules)).toEqual({ allowed: false, reason });
  });

  it.each([
    ['the own ready hold', [hold(1, 'ready', undefined, 'TST')], 'TST', null],
    ['a ready hold without location', [hold(1, 'ready')], null, null],
    ['a hold at another location', [hold(1, 'ready', undefined, 'CENTRAL')], 'TST', 'hold-at-another-location'],
    ['a waiting hold', [hold(1, 'waiting')], 'TST', 'hold-not-ready'],
    ["another reader's ready hold", [hold(2, 'ready')], 'TST', 'hold-for-another-reader'],
    ['no hold', [hold(2, 'waiting')], 'TST', 'hold-not-found'],
  ])('decides the pickup of %s', (_case, holds, location, reason) => {
    const decision = decidePickup(facts({}, holds), location, rules);

    expect(decision.allowed ? null : decision.reason).toBe(reason);
    if (decision.allowed) expect(decision.fillsHold).toBe(holds[0]);
  });
});
