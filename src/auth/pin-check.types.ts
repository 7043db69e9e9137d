import type { Language } from '../domain/language.ts';

/** Where a request came from; audit rows and throttles are kept per channel and source. */
export type Channel = 'phone' | 'kiosk' | 'station' | 'staff' | 'portal' | 'cli' | 'import';

export interface PinCheckRequest {
  /** Library card number or Hong Kong Identity Card number, as typed or read. */
  identifier: string;
  pin: string;
  channel: Channel;
  /** Throttling source: terminal id, caller number or SIP account. Caller ID only throttles, never authenticates. */
  source: string;
  /**
   * Refuse the default PIN on this request (`default-pin-refused`) even when the service's hardened profile
   * is off, as a station enrolled with its own hardened profile requests. It never lifts the service's refusal.
   */
  refuseDefaultPin?: boolean;
}

export interface AuthenticatedReader {
  readerId: number;
  cardNumber: string;
  name: string;
  language: Language;
  /** The PIN is still the default (last 4 phone digits): channels offer a change. */
  isDefaultPin: boolean;
}

/**
 * The outcome of a PIN check. `rejected` covers an unknown card, a wrong PIN and a locked card alike, so
 * no caller can tell them apart. `busy` and `fault` are not failed attempts and count against nobody.
 * `interrupted` means the check never ran (its PIN was lost with a restart) and the reader should retype it.
 */
export type PinCheckResult =
  | { outcome: 'accepted'; reader: AuthenticatedReader }
  | { outcome: 'rejected' }
  | { outcome: 'source-blocked' }
  | { outcome: 'default-pin-refused' }
  | { outcome: 'busy' }
  | { outcome: 'fault' }
  | { outcome: 'interrupted' };

export interface PinChecker {
  checkPin(request: PinCheckRequest): Promise<PinCheckResult>;
}
