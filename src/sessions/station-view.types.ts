import type { AccountSummary, BorrowBlock, ItemTitle } from '../circulation/circulation.types.ts';
import type { PinProblem } from './card-and-pin.machine.ts';
import type { LoanLine, TerminalViewFrame } from './kiosk-view.types.ts';
import type { CheckedOutItem, ReturnedItem, StationNotice, StationResult } from './station-session.types.ts';
import type { PrinterProblem, SessionEndReason } from './terminal-session.types.ts';

/** A ready hold the reader can collect at this station. */
export interface HoldLine {
  holdId: number;
  itemBarcode: string;
  title: ItemTitle;
  /** End of the pickup period, when known. */
  pickupBy: string | null;
}

export interface ChargeLine {
  amountCents: number;
  /** The reason as staff typed it, then in Traditional and Simplified Chinese when a Chinese one was given. */
  reason: string;
  reasonZh: string | null;
  reasonZhHans: string | null;
  createdAt: string;
}

/**
 * Items the reader may still pick up or borrow here, and the station's limit it comes from. Null when the
 * account could not be loaded; circulation still applies the limit to every checkout.
 */
export interface Allowance {
  remaining: number;
  itemLimit: number;
}

/** Items this visit picked up, borrowed and returned, which the receipt and the goodbye screen sum up. */
export interface VisitSummary {
  pickedUp: CheckedOutItem[];
  borrowed: CheckedOutItem[];
  returned: ReturnedItem[];
}

export type StationScreen =
  | { name: 'welcome' }
  | { name: 'card' }
  | { name: 'pin'; purpose: 'sign-in'; maskedCard: string; triesLeft: number; problem: PinProblem | null }
  | { name: 'menu'; readerName: string; summary: AccountSummary | null; readyHoldsCount: number | null; allowance: Allowance | null; borrowBlock: BorrowBlock | null }
  | { name: 'pickup'; holds: HoldLine[] | null; pickedUp: CheckedOutItem[]; lastResult: StationResult | null; allowance: Allowance | null; borrowBlock: BorrowBlock | null }
  | { name: 'borrow'; borrowed: CheckedOutItem[]; lastResult: StationResult | null; allowance: Allowance | null; borrowBlock: BorrowBlock | null }
  | { name: 'loans'; loans: LoanLine[] | null }
  | { name: 'charges'; charges: ChargeLine[] | null; totalCents: number; currency: string }
  | { name: 'returns'; returned: ReturnedItem[]; lastResult: StationResult | null }
  | { name: 'receipt'; printerReady: boolean; problem: PrinterProblem | null; visit: VisitSummary }
  | { name: 'goodbye'; reason: SessionEndReason; visit: VisitSummary; signedIn: boolean };

// The menu's summary counts this visit's checkouts. `borrowBlock` is what stops every pickup and loan here now:
// circulation's block of the account, or the station's item limit reached. `signedIn` on goodbye tells a visit
// that ended before sign-in, or held only returns, from a sign-out.

export type StationScreenName = StationScreen['name'];

/** Everything a station's UI needs to draw one moment of a visit; the service sends a new one on each change. */
export interface StationView extends TerminalViewFrame {
  mode: 'station';
  screen: StationScreen;
  notice: StationNotice | null;
}
