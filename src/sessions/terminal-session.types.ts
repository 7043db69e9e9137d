import type { AuthenticatedReader } from '../auth/pin-check.types.ts';
import type { CardNumberRules } from '../domain/card-number.ts';
import type { Language } from '../domain/language.ts';

// Types that kiosk and station sessions share, because both run the same sign-in, timers, devices and receipt printing.

/** Timers of a kiosk or station session, in milliseconds. */
export interface KioskTimings {
  /** Quiet time before the "are you still there?" dialog opens. */
  idleWarningMs: number;
  /** Time the dialog stays open before logout; WCAG 2.2.1 requires at least 20 s to extend. */
  idleGraceMs: number;
  /** Absolute length of one reader's session, however active. */
  sessionLimitMs: number;
  /** How long before the absolute limit the reader is warned that the session is about to end. */
  sessionLimitNoticeMs: number;
  /** How long the goodbye screen stays before the terminal returns to welcome. */
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

/** Reasons a reader session ends; the goodbye screen words each one. */
export const SESSION_END_REASONS = ['finished', 'cancelled', 'idle', 'time-limit', 'too-many-tries', 'source-blocked', 'default-pin-refused'] as const;

export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

export type PrintOutcome = { outcome: 'printed' } | { outcome: 'failed'; problem: PrinterProblem };

export type PrinterProblem = 'offline' | 'paper-out' | 'timed-out' | 'fault';

/** Settings of one kiosk or station that its session machine starts with. */
export interface TerminalSessionInput {
  /** Throttling, audit and idempotency source of the terminal, `terminal:<name>`. */
  source: string;
  defaultLanguage: Language;
  maxPinTries: number;
  cardRules: CardNumberRules;
  timings: KioskTimings;
  pinLength: { min: number; max: number };
  devices?: DeviceStates;
}

/** Context fields that kiosk and station sessions share: the terminal's settings and the reader's sign-in. */
export interface TerminalSessionContext {
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
  printProblem: PrinterProblem | null;
  timeLimitNear: boolean;
  endReason: SessionEndReason | null;
}

/** Events that kiosk and station sessions both handle, with the same payloads. */
export type TerminalSessionEvent =
  | { type: 'START' }
  | { type: 'CODE_READ'; code: string; eventId: string }
  | { type: 'READ_FAILED'; reason: CardReadProblem }
  | { type: 'PIN_ENTERED'; pinHandle: string }
  | { type: 'CANCEL' }
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
