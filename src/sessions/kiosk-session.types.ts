import type { Channel } from '../auth/pin-check.types.ts';
import type { AccountSummary, CheckoutResult, ItemTitle, LoanView, RefusalReason } from '../circulation/circulation.types.ts';
import type { Language } from '../domain/language.ts';
import type { CardReadProblem, TerminalSessionContext, TerminalSessionEvent, TerminalSessionInput } from './terminal-session.types.ts';

/** A short message about the last thing the reader did, shown until the next event. */
export type KioskNotice =
  | { kind: 'read-failed'; reason: CardReadProblem }
  | { kind: 'card-invalid' }
  | { kind: 'not-a-card' }
  | { kind: 'account-unavailable' }
  | { kind: 'pin-changed' }
  /** A library card scanned where an item was expected, such as on the borrow screen. */
  | { kind: 'card-not-item' };

/** Reason the last new PIN was not accepted. `not-allowed` carries the PIN policy's rule name. */
export type PinChangeProblem =
  | { kind: 'mismatch' }
  | { kind: 'not-allowed'; reason: string }
  | { kind: 'busy' }
  | { kind: 'fault' };

export type PinChangeResult =
  | { outcome: 'changed' }
  | { outcome: 'not-allowed'; reason: string }
  | { outcome: 'busy' }
  | { outcome: 'fault' };

export type NewPinCheckResult =
  | { outcome: 'allowed' }
  | { outcome: 'not-allowed'; reason: string }
  | { outcome: 'busy' }
  | { outcome: 'fault' };

/**
 * Changes a reader's PIN under the new-PIN policy (blocklist, personal values). Provided by the PIN service.
 * `not-allowed` names the rule the new PIN broke, such as `repeated-digit` or `run`.
 */
export interface PinChanger {
  changePin(readerId: number, newPin: string, channel: Channel, source: string): Promise<PinChangeResult>;
  /** Applies the rules of `changePin` to a new PIN without setting it, so a refusal comes after the first entry. */
  checkNewPin(readerId: number, newPin: string, channel: Channel, source: string): Promise<NewPinCheckResult>;
}

/** Result of the change-PIN step: the PIN service's result, or a mismatch found before calling it. */
export type KioskPinChangeOutcome = PinChangeResult | { outcome: 'mismatch' };

/**
 * Result of checking the first entry of a new PIN. An allowed PIN is kept in the vault under a new one-time
 * handle, because checking it redeemed the handle it came with.
 */
export type KioskNewPinCheckOutcome = Exclude<NewPinCheckResult, { outcome: 'allowed' }> | { outcome: 'allowed'; newPinHandle: string };

export interface BorrowedItem {
  itemBarcode: string;
  title: ItemTitle;
  dueAt: string;
  reference: string;
}

/** The result of the last item scanned on the borrow screen; a refused item's title is null when no item has the barcode. */
export type ScanResult =
  | { outcome: 'borrowed'; item: BorrowedItem }
  | { outcome: 'refused'; itemBarcode: string; title: ItemTitle | null; reason: RefusalReason }
  | { outcome: 'fault'; itemBarcode: string };

export interface KioskAccount {
  summary: AccountSummary;
  loans: LoanView[];
}

export type KioskSessionInput = TerminalSessionInput;

export interface KioskContext extends TerminalSessionContext {
  account: KioskAccount | null;
  borrowed: BorrowedItem[];
  lastScan: ScanResult | null;
  /** Barcode and event id of the scan being borrowed; the event id makes the retry key. */
  pendingScan: { code: string; eventId: string } | null;
  /** One-time handle of the first new-PIN entry while the reader confirms it. */
  newPinHandle: string | null;
  pinChangeProblem: PinChangeProblem | null;
  notice: KioskNotice | null;
}

export type KioskEvent = TerminalSessionEvent | { type: 'CHANGE_PIN' } | { type: 'SKIP_PIN_CHANGE' };

export interface ChangePinInput {
  readerId: number;
  newPinHandle: string;
  confirmPinHandle: string;
  source: string;
}

export interface CheckNewPinInput {
  readerId: number;
  newPinHandle: string;
  source: string;
}

export interface LoadAccountInput {
  readerId: number;
}

export interface BorrowItemInput {
  readerId: number;
  itemBarcode: string;
  source: string;
  /** Makes a repeated report of the same scan return the first result. */
  idempotencyKey: string;
}

export interface PrintReceiptInput {
  language: Language;
  cardNumber: string;
  borrowed: BorrowedItem[];
}

export type { CheckoutResult };
