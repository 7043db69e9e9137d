import type { Config } from '../config/config.schema.ts';
import { addLibraryDays, endOfLibraryDay, libraryDateOf, type LibraryDate } from './library-day.ts';

/** Loan period, item limit, renewal limit, overdue and charges settings (`loanRules` in the configuration). */
export type LoanRules = Config['loanRules'];

/** Account facts that every borrowing and renewal decision depends on. */
export interface ReaderStanding {
  status: 'active' | 'blocked';
  /** Sum of charges neither paid nor waived, in cents. */
  outstandingChargesCents: number;
}

export type AccountRefusal = 'card-blocked' | 'charges-over-limit';

/** Returns what blocks all borrowing and renewing on the account, or null when nothing does. */
export function checkAccountStanding(reader: ReaderStanding, rules: LoanRules): AccountRefusal | null {
  if (reader.status === 'blocked') return 'card-blocked';
  if (reader.outstandingChargesCents > rules.chargesBlockAboveCents) return 'charges-over-limit';
  return null;
}

/** Returns when a checkout made at `borrowedAt` falls due: the end of the Hong Kong day `loanDays` later. */
export function loanDueAt(borrowedAt: Date, rules: LoanRules): Date {
  return endOfLibraryDay(addLibraryDays(libraryDateOf(borrowedAt), rules.loanDays));
}

/** Returns true once the due day of a loan has ended. */
export function isOverdue(dueAt: Date | string, now: Date): boolean {
  return now.getTime() > new Date(dueAt).getTime();
}

export function renewalsLeft(renewals: number, rules: LoanRules): number {
  return Math.max(0, rules.maxConsecutiveRenewals - renewals);
}

/** The facts about one open loan that decide whether it can be renewed. */
export interface RenewalFacts {
  dueAt: string;
  renewals: number;
  /** Another reader has a waiting or ready hold on the item. */
  reservedByAnotherReader: boolean;
}

export type RenewalRefusal =
  | AccountRefusal
  | 'reserved-by-another-reader'
  | 'renewal-limit-reached'
  | 'overdue-not-renewable'
  | 'renewal-would-not-extend';

export type RenewalDecision =
  | { renewable: true; renewedOn: LibraryDate; newDueAt: Date }
  | { renewable: false; reason: RenewalRefusal };

/**
 * Decides a renewal at `now`. The new due date counts from the day of renewal. A renewal that would not move
 * the due date later is refused, so a second renewal on the same day (or one on the checkout day) does not
 * use up one of the consecutive renewals.
 */
export function decideRenewal(reader: ReaderStanding, loan: RenewalFacts, rules: LoanRules, now: Date): RenewalDecision {
  const accountRefusal = checkAccountStanding(reader, rules);
  if (accountRefusal) return { renewable: false, reason: accountRefusal };
  if (loan.reservedByAnotherReader) return { renewable: false, reason: 'reserved-by-another-reader' };
  if (loan.renewals >= rules.maxConsecutiveRenewals) return { renewable: false, reason: 'renewal-limit-reached' };
  if (isOverdue(loan.dueAt, now) && !rules.allowOverdueRenewal) return { renewable: false, reason: 'overdue-not-renewable' };

  const renewedOn = libraryDateOf(now);
  const newDueAt = endOfLibraryDay(addLibraryDays(renewedOn, rules.renewalDays));
  if (newDueAt.getTime() <= new Date(loan.dueAt).getTime()) return { renewable: false, reason: 'renewal-would-not-extend' };
  return { renewable: true, renewedOn, newDueAt };
}
