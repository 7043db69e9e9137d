import type { Channel } from '../auth/pin-check.types.ts';
import type { LoanRules, ReaderStanding } from '../domain/loan-rules.ts';
import type {
  ChargeView,
  CheckoutResult,
  HoldView,
  ItemTitle,
  RenewAllResult,
  RenewOneResult,
  ReturnResult,
} from './circulation.types.ts';
import type { CirculationSeedRecords, SeedProblem } from './seed.types.ts';

/** The identity of a write request: a retry with the same channel, source and key gets the stored outcome. */
export interface RequestIdentity {
  channel: Channel;
  source: string;
  idempotencyKey: string;
  /** Hash of the operation and its arguments. The same key with another fingerprint is `IDEMPOTENCY_KEY_REUSED`. */
  fingerprint: string;
}

/** Inputs that every write operation needs besides its own arguments. */
export interface WriteCommand {
  request: RequestIdentity;
  now: Date;
  rules: LoanRules;
  /** Returns a candidate transaction reference. The store calls it again while the candidate is taken. */
  newReference: () => string;
}

export interface OpenLoan {
  loanId: number;
  itemBarcode: string;
  title: ItemTitle;
  borrowedAt: string;
  dueAt: string;
  renewals: number;
  /** Another reader has a waiting or ready hold on the item. */
  reservedByAnotherReader: boolean;
}

/** One consistent reading of the account of a reader. */
export interface ReaderAccount {
  readerId: number;
  standing: ReaderStanding;
  /** Open loans, earliest due first. */
  loans: OpenLoan[];
  /** Outstanding charges, oldest first. */
  charges: ChargeView[];
  /** Waiting and ready holds, ready first. */
  holds: HoldView[];
}

/** The standing of a reader, the due dates of their open loans and the number of their ready holds. */
export interface SummaryFacts {
  standing: ReaderStanding;
  loanDueDates: string[];
  readyHoldsCount: number;
}

/**
 * Circulation storage as coarse operations. Each write operation is one atomic database transaction that
 * reads the facts, applies the loan rules from `src/domain`, writes the changes, stores the outcome under
 * a new transaction reference and records the idempotency key. A retried request returns the stored
 * outcome and changes nothing. Write operations reject with `READER_NOT_FOUND` for an unknown reader,
 * `IDEMPOTENCY_KEY_REUSED` for a key used with another request and `STORAGE_FAULT` when the database fails.
 */
export interface CirculationStore {
  /** Returns null when no reader has the id. */
  readAccount(readerId: number): Promise<ReaderAccount | null>;
  /** Returns what an account summary is made from, without reading titles, charges or waiting holds; null for an unknown reader. */
  readSummaryFacts(readerId: number): Promise<SummaryFacts | null>;
  renewAllLoans(command: WriteCommand & { readerId: number }): Promise<RenewAllResult>;
  renewOneLoan(command: WriteCommand & { readerId: number; loanId: number }): Promise<RenewOneResult>;
  /** Borrows an item (`borrow`) or collects the ready hold of the reader on it (`pickup`). */
  checkOut(command: WriteCommand & CheckoutArguments): Promise<CheckoutResult>;
  returnItem(command: WriteCommand & { itemBarcode: string }): Promise<ReturnResult>;
  /** Loads validated seed records in one transaction and returns those that conflict with stored data. */
  loadSeed(records: CirculationSeedRecords, now: Date, rules: LoanRules): Promise<SeedProblem[]>;
}

export interface CheckoutArguments {
  readerId: number;
  itemBarcode: string;
  mode: 'borrow' | 'pickup';
  /** Station or branch code of the terminal, compared with the pickup location of a hold. */
  location: string | null;
}
