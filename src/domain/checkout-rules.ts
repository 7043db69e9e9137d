import { checkAccountStanding, type AccountRefusal, type LoanRules, type ReaderStanding } from './loan-rules.ts';

/** A waiting or ready hold on an item. */
export interface ActiveHold {
  holdId: number;
  readerId: number;
  status: 'waiting' | 'ready';
  /** Branch or station code where the item waits, or null for any location. */
  pickupLocation: string | null;
  placedAt: string;
}

/** The facts that decide a checkout of one item by one reader. */
export interface CheckoutFacts {
  readerId: number;
  reader: ReaderStanding;
  openLoansCount: number;
  /** Null when no item has the barcode. `onLoanTo` is the reader who has the item on loan, if anyone. */
  item: { onLoanTo: number | null; activeHolds: readonly ActiveHold[] } | null;
}

/** Reason that stops a reader taking any item at all, whichever item they choose. */
export type BorrowBlock = AccountRefusal | 'item-limit-reached';

export const BORROW_BLOCKS: readonly BorrowBlock[] = ['card-blocked', 'charges-over-limit', 'item-limit-reached'];

export type BorrowRefusal = BorrowBlock | 'item-not-found' | 'item-already-on-loan' | 'item-on-loan-to-you' | 'reserved-by-another-reader';

export type PickupRefusal =
  | AccountRefusal
  | 'item-limit-reached'
  | 'item-not-found'
  | 'item-already-on-loan'
  | 'hold-not-found'
  | 'hold-not-ready'
  | 'hold-for-another-reader'
  | 'hold-at-another-location';

/** An allowed checkout, with the hold of the reader that it fills, if any. */
export type CheckoutDecision<Refusal> = { allowed: true; fillsHold: ActiveHold | null } | { allowed: false; reason: Refusal };

/** Returns the hold that has first claim on an item: the ready one, otherwise the earliest waiting one. */
export function claimingHold(holds: readonly ActiveHold[]): ActiveHold | null {
  const ready = holds.find((hold) => hold.status === 'ready');
  if (ready) return ready;
  const waiting = holds.filter((hold) => hold.status === 'waiting').sort((left, right) => left.placedAt.localeCompare(right.placedAt));
  return waiting[0] ?? null;
}

/**
 * Returns what blocks every checkout by a reader with `openLoansCount` loans, or null when nothing does: a
 * blocked card or charges over the limit first, then the item limit. Borrowing and pickups apply the same checks.
 */
export function checkBorrowBlock(reader: ReaderStanding, openLoansCount: number, rules: LoanRules): BorrowBlock | null {
  const accountRefusal = checkAccountStanding(reader, rules);
  if (accountRefusal) return accountRefusal;
  return openLoansCount >= rules.maxItemsOnLoan ? 'item-limit-reached' : null;
}

/**
 * Decides a checkout of an item from the shelf or station stock. An item another reader has first claim
 * on is refused. The checkout fills the reader's own hold on the item.
 */
export function decideBorrow(facts: CheckoutFacts, rules: LoanRules): CheckoutDecision<BorrowRefusal> {
  const block = checkBorrowBlock(facts.reader, facts.openLoansCount, rules);
  if (block) return { allowed: false, reason: block };
  if (!facts.item) return { allowed: false, reason: 'item-not-found' };
  if (facts.item.onLoanTo !== null) return { allowed: false, reason: facts.item.onLoanTo === facts.readerId ? 'item-on-loan-to-you' : 'item-already-on-loan' };

  const claim = claimingHold(facts.item.activeHolds);
  if (claim && claim.readerId !== facts.readerId) return { allowed: false, reason: 'reserved-by-another-reader' };
  return { allowed: true, fillsHold: facts.item.activeHolds.find((hold) => hold.readerId === facts.readerId) ?? null };
}

/**
 * Decides the pickup of a reserved item at `location`. Only the reader's own ready hold can be picked up,
 * and only where it waits when it names a location.
 */
export function decidePickup(facts: CheckoutFacts, location: string | null, rules: LoanRules): CheckoutDecision<PickupRefusal> {
  const accountRefusal = checkAccountStanding(facts.reader, rules);
  if (accountRefusal) return { allowed: false, reason: accountRefusal };
  if (!facts.item) return { allowed: false, reason: 'item-not-found' };

  const ownHold = facts.item.activeHolds.find((hold) => hold.readerId === facts.readerId);
  if (!ownHold) {
    const heldForOther = facts.item.activeHolds.some((hold) => hold.status === 'ready');
    return { allowed: false, reason: heldForOther ? 'hold-for-another-reader' : 'hold-not-found' };
  }
  if (ownHold.status !== 'ready') return { allowed: false, reason: 'hold-not-ready' };
  if (ownHold.pickupLocation !== null && ownHold.pickupLocation !== location) return { allowed: false, reason: 'hold-at-another-location' };

  if (facts.item.onLoanTo !== null) return { allowed: false, reason: 'item-already-on-loan' };
  if (facts.openLoansCount >= rules.maxItemsOnLoan) return { allowed: false, reason: 'item-limit-reached' };
  return { allowed: true, fillsHold: ownHold };
}
