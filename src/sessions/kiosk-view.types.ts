import type { AccountSummary, BorrowBlock, ItemTitle, RefusalReason } from '../circulation/circulation.types.ts';
import type { Language } from '../domain/language.ts';
import type { PinProblem } from './card-and-pin.machine.ts';
import type { StationView } from './station-view.types.ts';
import type { BorrowedItem, KioskNotice, PinChangeProblem, ScanResult } from './kiosk-session.types.ts';
import type { DeviceStates, PrinterProblem, SessionEndReason } from './terminal-session.types.ts';

/**
 * Kinds of terminal. A terminal's mode is fixed at enrolment and selects the session machine the service
 * runs for it and the screens its UI draws.
 */
export const TERMINAL_MODES = ['kiosk', 'station'] as const;
export type TerminalMode = (typeof TERMINAL_MODES)[number];

export interface LoanLine {
  itemBarcode: string;
  title: ItemTitle;
  dueAt: string;
  overdue: boolean;
}

export type KioskScreen =
  | { name: 'welcome' }
  | { name: 'card' }
  | { name: 'pin'; purpose: 'sign-in'; maskedCard: string; triesLeft: number; problem: PinProblem | null }
  | { name: 'pin'; purpose: 'new' | 'confirm'; maskedCard: string; problem: PinChangeProblem | null }
  | { name: 'pin-change-offer'; problem: PinChangeProblem | null }
  | {
      name: 'account';
      readerName: string;
      summary: AccountSummary | null;
      loans: LoanLine[];
      borrowBlock: BorrowBlock | null;
      /** An item scanned here and refused for the block, shown in place of the block's notice. */
      refusedScan: Extract<ScanResult, { outcome: 'refused' }> | null;
    }
  | { name: 'borrow'; borrowed: BorrowedItem[]; lastScan: ScanResult | null }
  | { name: 'receipt'; printerReady: boolean; borrowedCount: number; problem: PrinterProblem | null }
  | { name: 'goodbye'; reason: SessionEndReason; borrowedCount: number; signedIn: boolean };

// `borrowBlock` is the reason circulation gives that the reader can borrow no item, so the screen can show it
// before the reader scans. `signedIn` on goodbye distinguishes a session that ended before sign-in from a sign-out.

export type KioskScreenName = KioskScreen['name'];

/** Settings the UI needs to draw and time its screens; the same for every view of a terminal. */
export interface KioskDisplaySettings {
  /** Quiet time after which the UI reports the reader idle; the UI watches only while a session runs. */
  idleWarningSeconds: number;
  pinMinLength: number;
  pinMaxLength: number;
}

/** Parts of every terminal mode's view besides its screen: the frame the UI draws around each screen. */
export interface TerminalViewFrame {
  language: Language;
  settings: KioskDisplaySettings;
  /** Set while the work behind the screen runs (PIN check, loan, printing); the UI shows progress. */
  busy: boolean;
  /** Set while the idle dialog is open: seconds the reader has to tap "I'm still here". */
  idleWarning: { graceSeconds: number } | null;
  timeLimitNear: boolean;
  devices: DeviceStates;
}

/** Everything a kiosk UI needs to draw one moment of a session; the service sends a new one on each change. */
export interface KioskView extends TerminalViewFrame {
  mode: 'kiosk';
  screen: KioskScreen;
  notice: KioskNotice | null;
}

/** The view of a terminal of any mode. */
export type TerminalView = KioskView | StationView;

export type { RefusalReason };
