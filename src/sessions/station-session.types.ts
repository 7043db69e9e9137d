import type { AccountSummary, ChargeView, CheckoutResult, HoldView, ItemTitle, LoanView, RefusalReason, ReturnResult } from '../circulation/circulation.types.ts';
import type { Language } from '../domain/language.ts';
import type { BorrowedItem, KioskNotice } from './kiosk-session.types.ts';
import type { TerminalSessionContext, TerminalSessionEvent, TerminalSessionInput } from './terminal-session.types.ts';

/** An item the reader picked up or borrowed at the station in this visit. */
export type CheckedOutItem = BorrowedItem;

/** An item returned at the station; returns need no card, so nothing names the reader. */
export interface ReturnedItem {
  itemBarcode: string;
  title: ItemTitle;
  reference: string;
  wasOverdue: boolean;
}

/**
 * The result of the last pickup, loan or return; a refused item's title is null when no item has the barcode.
 * `card-scanned` is a library card scanned on the returns
 * screen: the reader is told to finish returning before signing in.
 */
export type StationResult =
  | { outcome: 'checked-out'; item: CheckedOutItem }
  | { outcome: 'returned'; item: ReturnedItem }
  | { outcome: 'refused'; itemBarcode: string; title: ItemTitle | null; reason: RefusalReason }
  | { outcome: 'fault'; itemBarcode: string }
  | { outcome: 'card-scanned' };

/** Kiosk notices, plus a reminder to a reader still on the default PIN where the station lets it in. */
export type StationNotice = KioskNotice | { kind: 'default-pin' };

/** What the station shows a signed-in reader: their account, and the ready holds that wait at this station. */
export interface StationAccount {
  summary: AccountSummary;
  loans: LoanView[];
  charges: ChargeView[];
  /** Ready holds the reader can pick up here: those waiting at this location or at no particular one. */
  readyHolds: HoldView[];
}

export interface StationSessionInput extends TerminalSessionInput {
  /** The station's location code; holds are picked up only where they wait. */
  location: string;
  /** Items a reader may have on loan after borrowing or picking up here. */
  itemLimit: number;
}

export interface StationContext extends TerminalSessionContext {
  location: string;
  itemLimit: number;
  /** Event id of the card read that started the visit; with it, idempotency keys of taps are unique per visit. */
  visitId: string | null;
  account: StationAccount | null;
  pickedUp: CheckedOutItem[];
  borrowed: CheckedOutItem[];
  returned: ReturnedItem[];
  lastResult: StationResult | null;
  /** Barcode of the item being picked up, borrowed or returned, and the key that makes a retry return the first result. */
  pending: { code: string; key: string } | null;
  notice: StationNotice | null;
}

export type StationEvent =
  | TerminalSessionEvent
  | { type: 'RETURN_ITEMS' }
  | { type: 'PICK_UP' }
  | { type: 'COLLECT'; holdId: number }
  | { type: 'LOANS' }
  | { type: 'CHARGES' }
  | { type: 'BACK' };

export interface LoadStationAccountInput {
  readerId: number;
  location: string;
}

/** A pickup or a loan at the station; both carry the station's location and item limit to circulation. */
export interface StationCheckoutInput {
  readerId: number;
  itemBarcode: string;
  source: string;
  location: string;
  itemLimit: number;
  /** Makes a repeated report of the same scan or tap return the first result. */
  idempotencyKey: string;
}

export interface StationReturnInput {
  itemBarcode: string;
  source: string;
  location: string;
  idempotencyKey: string;
}

export interface StationReceiptInput {
  language: Language;
  /** Null for a receipt of returns alone, which were made without a card. */
  cardNumber: string | null;
  pickedUp: CheckedOutItem[];
  borrowed: CheckedOutItem[];
  returned: ReturnedItem[];
}

export type { CheckoutResult, ReturnResult };
