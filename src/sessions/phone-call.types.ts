import type { Language } from '../domain/language.ts';
import type { ItemTitle, RefusalReason } from '../circulation/circulation.types.ts';

/** A single key the caller pressed at a menu (`numDigits=1` gathers). */
export type MenuKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '*';

export const MENU_KEYS: readonly MenuKey[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*'];

export interface PhoneCallLimits {
  /** Re-prompts after silence, an empty entry or a wrong key before the call ends. */
  maxReprompts: number;
  pinTriesPerCard: number;
  cardsPerCall: number;
}

/** What the caller hears before the next question, after something did not go as asked. */
export type CallNotice =
  | 'no-input'
  | 'no-entry'
  | 'invalid-entry'
  | 'wrong-key'
  | 'invalid-card'
  | 'card-lost'
  | 'card-limit-reached'
  | 'no-more-loans'
  | 'default-pin'
  | 'service-fault';

/**
 * Why the call ended; each has its own goodbye. `no-response` ends a menu, `no-card-number` and `no-pin`
 * end the card and PIN questions after their re-prompts run out.
 */
export type CallEnding = 'goodbye' | 'no-response' | 'no-card-number' | 'no-pin' | 'pin-failed' | 'source-blocked' | 'default-pin-refused' | 'service-fault';

export interface AccountCounts {
  loansCount: number;
  overdueCount: number;
}

export interface CallLoan {
  loanId: number;
  title: ItemTitle;
  dueAt: string;
  overdue: boolean;
}

export interface CallCharges {
  totalCents: number;
  currency: string;
  /** Snapshots stored before Chinese reasons existed have no `reasonZh`; those charges read `reason`. */
  items: Array<{ amountCents: number; reason: string; reasonZh?: string | null; reasonZhHans?: string | null }>;
}

export interface CallRenewAll {
  reference: string;
  renewed: Array<{ title: ItemTitle; newDueAt: string }>;
  refused: Array<{ title: ItemTitle; reason: RefusalReason }>;
}

export type CallRenewOne =
  | { outcome: 'renewed'; reference: string; title: ItemTitle; newDueAt: string }
  | { outcome: 'refused'; reference: string; title: ItemTitle | null; reason: RefusalReason };

export interface ReaderRequest {
  readerId: number;
}

export interface RenewAllRequest extends ReaderRequest {
  idempotencyKey: string;
}

export interface RenewOneRequest extends RenewAllRequest {
  loanId: number;
}

/**
 * Events the call receives, one per webhook. The channel turns Twilio's `Digits` into them: card numbers
 * and PINs travel only as handles into in-process vaults, so no keyed digits reach the persisted snapshot.
 * `requestKey` names the webhook step, so a renewal repeated by a duplicate delivery reuses its idempotency key.
 * `CARD_CHANGE_REQUESTED` is `*` at the PIN question: the caller wants to key the card number again.
 */
export type PhoneCallEvent =
  | { type: 'KEY_PRESSED'; key: MenuKey; requestKey: string }
  | { type: 'CARD_ENTERED'; cardHandle: string }
  | { type: 'CARD_INVALID' }
  | { type: 'PIN_ENTERED'; pinHandle: string }
  | { type: 'CARD_CHANGE_REQUESTED' }
  | { type: 'CARD_LOST' }
  | { type: 'NO_INPUT' }
  | { type: 'INVALID_INPUT' };

export interface PhoneCallContext {
  limits: PhoneCallLimits;
  language: Language | null;
  reprompts: number;
  notice: CallNotice | null;
  cardsUsed: number;
  /** Handle into the channel's card vault while the PIN is asked; never the card number. */
  cardHandle: string | null;
  /** A PIN was keyed for the current card, so the PIN question offers to key the card number again. */
  pinEntered: boolean;
  readerId: number | null;
  summary: AccountCounts | null;
  loans: CallLoan[];
  loanIndex: number;
  charges: CallCharges | null;
  renewAll: CallRenewAll | null;
  renewOne: CallRenewOne | null;
  ending: CallEnding | null;
}
