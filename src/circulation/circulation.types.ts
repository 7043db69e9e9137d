import type { Channel } from '../auth/pin-check.types.ts';
import type { BorrowBlock } from '../domain/checkout-rules.ts';

/** Stable codes for why a loan, renewal, pickup or return was refused; texts live in the message catalogue. */
export const REFUSAL_REASONS = [
  'reserved-by-another-reader',
  'renewal-limit-reached',
  'item-limit-reached',
  'charges-over-limit',
  'item-not-found',
  'item-already-on-loan',
  'item-on-loan-to-you',
  'card-blocked',
  'overdue-not-renewable',
  'loan-not-found',
  'hold-not-ready',
  'hold-for-another-reader',
  'hold-at-another-location',
  'item-not-on-loan',
  'hold-not-found',
  'renewal-would-not-extend',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type { BorrowBlock };

/** An item's title in English and, when catalogued, in Chinese. */
export interface ItemTitle {
  en: string;
  /** The Chinese title as catalogued, in Traditional characters. */
  zh: string | null;
  /** The Chinese title converted to Simplified characters, for readers who chose Simplified Chinese; absent means use `zh`. */
  zhHans?: string | null;
}

export interface AccountSummary {
  readerId: number;
  loansCount: number;
  overdueCount: number;
  chargesTotalCents: number;
  currency: string;
  readyHoldsCount: number;
  /**
   * Reason the reader can borrow or collect no item now, under the service's own item limit, or null when
   * there is none. A terminal with a lower item limit may be blocked earlier; see `remainingAllowance`.
   */
  borrowBlock: BorrowBlock | null;
}

export interface LoanView {
  loanId: number;
  itemBarcode: string;
  title: ItemTitle;
  borrowedAt: string;
  dueAt: string;
  renewals: number;
  renewalsLeft: number;
  overdue: boolean;
  renewable: { ok: true } | { ok: false; reason: RefusalReason };
}

export interface ChargeView {
  chargeId: number;
  amountCents: number;
  /** The reason as staff typed it, in English or Chinese. */
  reason: string;
  /** The reason in Traditional Chinese when one was given beside `reason`. */
  reasonZh: string | null;
  /** `reasonZh` converted to Simplified Chinese. */
  reasonZhHans: string | null;
  createdAt: string;
}

export interface HoldView {
  holdId: number;
  itemBarcode: string;
  title: ItemTitle;
  status: 'waiting' | 'ready';
  pickupLocation: string | null;
  pickupBy: string | null;
}

/** Who asks, from where, and the key that makes a retried request return its first result. */
export interface OperationContext {
  channel: Channel;
  source: string;
  idempotencyKey: string;
  /** Station or branch code; holds are picked up only where they wait. */
  location?: string;
  /**
   * A lower item limit for this checkout, such as a self-service station's. It can only lower
   * `loanRules.maxItemsOnLoan`, never raise it.
   */
  itemLimit?: number;
}

export interface RenewedLoan {
  loanId: number;
  itemBarcode: string;
  title: ItemTitle;
  newDueAt: string;
}

export interface RefusedLoan {
  loanId: number;
  itemBarcode: string;
  title: ItemTitle;
  reason: RefusalReason;
}

/** Every transaction, refused or not, has a digits-only reference stored with its outcome. */
export type RenewOneResult =
  | { outcome: 'renewed'; reference: string; loan: RenewedLoan }
  | { outcome: 'refused'; reference: string; reason: RefusalReason; loan: RefusedLoan | null };

export interface RenewAllResult {
  reference: string;
  renewed: RenewedLoan[];
  refused: RefusedLoan[];
}

/** A refused checkout or return; `title` is set when an item has the barcode, so screens can name it. */
export interface RefusedItem {
  outcome: 'refused';
  reference: string;
  reason: RefusalReason;
  itemBarcode: string;
  /** Absent when no item has the barcode, and in results stored before titles were recorded with refusals. */
  title?: ItemTitle;
}

export type CheckoutResult = { outcome: 'borrowed'; reference: string; loan: { loanId: number; itemBarcode: string; title: ItemTitle; dueAt: string } } | RefusedItem;

export type ReturnResult = { outcome: 'returned'; reference: string; itemBarcode: string; title: ItemTitle; wasOverdue: boolean } | RefusedItem;

/** The operations every channel calls after a PIN is accepted (returns need no PIN). */
export interface CirculationService {
  accountSummary(readerId: number): Promise<AccountSummary>;
  listLoans(readerId: number): Promise<LoanView[]>;
  listCharges(readerId: number): Promise<ChargeView[]>;
  listHolds(readerId: number): Promise<HoldView[]>;
  renewOne(readerId: number, loanId: number, context: OperationContext): Promise<RenewOneResult>;
  renewAll(readerId: number, context: OperationContext): Promise<RenewAllResult>;
  borrow(readerId: number, itemBarcode: string, context: OperationContext): Promise<CheckoutResult>;
  pickUpHold(readerId: number, itemBarcode: string, context: OperationContext): Promise<CheckoutResult>;
  returnItem(itemBarcode: string, context: OperationContext): Promise<ReturnResult>;
}
