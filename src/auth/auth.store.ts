import type { CardLockState, LockDecision } from '../domain/lockout-policy.ts';
import type { Language } from '../domain/language.ts';
import type { AuditEvent, AuditRecord, StaffAlert } from './audit.types.ts';
import type { Channel } from './pin-check.types.ts';
import type { StoredPinHash } from './pin-hasher.ts';

/** A reader with what PIN checking needs. */
export interface ReaderCredential {
  readerId: number;
  cardNumber: string;
  name: string;
  language: Language;
  status: 'active' | 'blocked';
  pin: StoredPinHash;
  isDefaultPin: boolean;
  defaultPin: StoredPinHash;
  lock: CardLockState;
}

export interface NewReader {
  cardNumber: string;
  name: string;
  language: Language;
  hkidHash: string | null;
  pin: StoredPinHash;
  isDefaultPin: boolean;
  defaultPin: StoredPinHash;
}

export interface AttemptContext {
  at: Date;
  channel: Channel;
  source: string;
  cardMasked: string;
}

export type FailureReason = 'wrong-pin' | 'unknown-card' | 'locked-card';

export interface FailureOutcome {
  /** The card's lock after this failure; null when no card was involved or the card was already locked. */
  lock: LockDecision | null;
  /** This failure took the source over its limit, so it is now refused and staff were alerted. */
  sourceBlocked: boolean;
  /** This failure took the service-wide failure count over the alarm threshold. */
  serviceAlarm: boolean;
}

export type EnrolOutcome = { outcome: 'created'; readerId: number } | { outcome: 'duplicate-card' } | { outcome: 'duplicate-hkid' };

/** PIN credentials, throttling state and the audit trail; every operation is one transaction. */
export interface AuthStore {
  findCredentialByCard(cardNumber: string): Promise<ReaderCredential | null>;
  findCredentialById(readerId: number): Promise<ReaderCredential | null>;
  findCredentialByHkid(hkidHashes: readonly string[]): Promise<ReaderCredential | null>;
  /** The time until which the source is refused, or null. */
  sourceBlockedUntil(source: string, now: Date): Promise<Date | null>;
  /** Records a failed attempt: counts it for the card (unless locked) and the source, locks and alerts. */
  recordFailure(attempt: AttemptContext & { readerId: number | null; reason: FailureReason }): Promise<FailureOutcome>;
  /** Records a success: clears the card's failures and, when given, swaps in a fresh hash if the old one is unchanged. */
  recordSuccess(attempt: AttemptContext & { readerId: number; outcome?: string }, rehash: PinRehash | null): Promise<void>;
  appendAudit(event: AuditEvent): Promise<void>;
  enrolReader(reader: NewReader, audit: AuditEvent): Promise<EnrolOutcome>;
  setPin(readerId: number, pin: StoredPinHash, isDefault: boolean, audit: AuditEvent): Promise<void>;
  /** Sets the PIN back to the stored default and clears the card's lock, in one transaction. */
  resetPinToDefault(readerId: number, audit: AuditEvent): Promise<void>;
  /** Clears the card's lock and failure count. */
  unlockCard(readerId: number, audit: AuditEvent): Promise<void>;
  listAudit(readerId: number, limit: number): Promise<AuditRecord[]>;
  listAlerts(options: { includeAcknowledged: boolean }): Promise<StaffAlert[]>;
  acknowledgeAlert(alertId: number, at: Date): Promise<boolean>;
}

export interface PinRehash {
  from: StoredPinHash;
  to: StoredPinHash;
  /** The PIN is the default, so the stored default hash is replaced too. */
  includesDefault: boolean;
}
