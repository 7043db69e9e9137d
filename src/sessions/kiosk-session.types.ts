import type { AuthenticatedReader, Channel } from '../auth/pin-check.types.ts';
import type { AccountSummary, CheckoutResult, ItemTitle, LoanView, RefusalReason } from '../circulation/circulation.types.ts';
import type { CardNumberRules } from '../domain/card-number.ts';
import type { Language } from '../domain/language.ts';

/** Timers of a kiosk session, in milliseconds. */
export interface KioskTimings {
  /** Quiet time before the "are you still there?" dialog opens. */
  idleWarningMs: number;
  /** Time the dialog stays open before logout; WCAG 2.2.1 requires at least 20 s to extend. */
  idleGraceMs: number;
  /** Absolute length of one reader's session, however active. */
  sessionLimitMs: number;
  /** How long before the absolute limit the reader is warned that the session is about to end. */
  sessionLimitNoticeMs: number;
  /** How long the goodbye screen stays before the kiosk returns to welcome. */
  goodbyeMs: number;
}

export const DEFAULT_KIOSK_TIMINGS: Readonly<KioskTimings> = Object.freeze({
  idleWarningMs: 60_000,
  idleGraceMs: 20_000,
  sessionLimitMs: 10 * 60_000,
  sessionLimitNoticeMs: 60_000,
  goodbyeMs: 8_000,
});

/** Shortest grace the idle dialog may have (WCAG 2.2.1 Timing Adjustable). */
export const MINIMUM_IDLE_GRACE_MS = 20_000;

/** Reasons a card reader could not produce a card number, as the drivers report them. */
export type CardReadProblem = 'bad-swipe' | 'bad-checksum' | 'unreadable';

/** State of a device, as the terminal agent reports it. */
export type DeviceStatus = 'ready' | 'absent' | 'disconnected' | 'busy' | 'permission-denied' | 'not-found' | 'fault';

export interface DeviceStates {
  cardReader: DeviceStatus;
  printer: DeviceStatus;
}

/** A short message about the last thing the reader did, shown until the next event. */
export type KioskNotice =
  | { kind: 'read-failed'; reason: CardReadProblem }
  | { kind: 'card-invalid' }
  | { kind: 'not-a-card' }
  | { kind: 'account-unavailable' }
  | { kind: 'pin-changed' };

/** Reason a reader session ended; the goodbye screen words it. */
export type SessionEndReason =
  | 'finished'
  | 'cancelled'
  | 'idle'
  | 'time-limit'
  | 'too-many-tries'
  | 'source-blocked'
  | 'default-pin-refused';

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

/**
 * Changes a reader's PIN under the new-PIN policy (blocklist, personal values). Provided by the PIN service.
 * `not-allowed` names the rule the new PIN broke, such as `repeated-digit` or `run`.
 */
export interface PinChanger {
  changePin(readerId: number, newPin: string, channel: Channel, source: string): Promise<PinChangeResult>;
}

/** Result of the change-PIN step: the PIN service's result, or a mismatch found before calling it. */
export type KioskPinChangeOutcome = PinChangeResult | { outcome: 'mismatch' };

export interface BorrowedItem {
  itemBarcode: string;
  title: ItemTitle;
  dueAt: string;
  reference: string;
}

/** The result of the last item scanned on the borrow screen. */
export type ScanResult =
  | { outcome: 'borrowed'; item: BorrowedItem }
  | { outcome: 'refused'; itemBarcode: string; reason: RefusalReason }
  | { outcome: 'fault'; itemBarcode: string };

export interface KioskAccount {
  summary: AccountSummary;
  loans: LoanView[];
}

export type PrintOutcome = { outcome: 'printed' } | { outcome: 'failed'; problem: PrinterProblem };

export type PrinterProblem = 'offline' | 'paper-out' | 'timed-out' | 'fault';

export interface KioskSessionInput {
  /** Throttling and audit source of the terminal, `terminal:<name>`. */
  source: string;
  defaultLanguage: Language;
  maxPinTries: number;
  cardRules: CardNumberRules;
  timings: KioskTimings;
  pinLength: { min: number; max: number };
  devices?: DeviceStates;
}

export interface KioskContext {
  source: string;
  defaultLanguage: Language;
  language: Language;
  /** True once the reader picked a language, so signing in does not switch to their stored preference. */
  languageChosen: boolean;
  maxPinTries: number;
  cardRules: CardNumberRules;
  timings: KioskTimings;
  pinLength: { min: number; max: number };
  devices: DeviceStates;
  card: string | null;
  reader: AuthenticatedReader | null;
  account: KioskAccount | null;
  borrowed: BorrowedItem[];
  lastScan: ScanResult | null;
  /** Barcode and event id of the scan being borrowed; the event id makes the retry key. */
  pendingScan: { code: string; eventId: string } | null;
  /** One-time handle of the first new-PIN entry while the reader confirms it. */
  newPinHandle: string | null;
  pinChangeProblem: PinChangeProblem | null;
  printProblem: PrinterProblem | null;
  notice: KioskNotice | null;
  timeLimitNear: boolean;
  endReason: SessionEndReason | null;
}

export type KioskEvent =
  | { type: 'START' }
  | { type: 'CODE_READ'; code: string; eventId: string }
  | { type: 'READ_FAILED'; reason: CardReadProblem }
  | { type: 'PIN_ENTERED'; pinHandle: string }
  | { type: 'CANCEL' }
  | { type: 'CHANGE_PIN' }
  | { type: 'SKIP_PIN_CHANGE' }
  | { type: 'CONTINUE' }
  | { type: 'BORROW' }
  | { type: 'FINISH' }
  | { type: 'PRINT_RECEIPT' }
  | { type: 'NO_RECEIPT' }
  | { type: 'EXTEND' }
  | { type: 'ACTIVITY' }
  | { type: 'IDLE_REPORTED' }
  | { type: 'SET_LANGUAGE'; language: Language }
  | { type: 'DEVICES_CHANGED'; devices: Partial<DeviceStates> };

export interface ChangePinInput {
  readerId: number;
  newPinHandle: string;
  confirmPinHandle: string;
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
