import Database from 'better-sqlite3';
import type { CheckoutArguments, CirculationStore, OpenLoan, ReaderAccount, SummaryFacts, WriteCommand } from '../circulation/circulation.store.ts';
import type { CheckoutResult, RenewAllResult, RenewedLoan, RefusedLoan, RenewOneResult, ReturnResult } from '../circulation/circulation.types.ts';
import type { CirculationSeedRecords, SeedProblem } from '../circulation/seed.types.ts';
import { isValidTransactionReference } from '../circulation/transaction-reference.ts';
import { claimingHold, decideBorrow, decidePickup, type CheckoutFacts } from '../domain/checkout-rules.ts';
import { addLibraryDays, endOfLibraryDay, libraryDateOf } from '../domain/library-day.ts';
import { decideRenewal, isOverdue, loanDueAt, type LoanRules, type ReaderStanding } from '../domain/loan-rules.ts';
import { AppError, isAppError } from '../errors/app-error.ts';
import { CirculationStatements, type ItemRow, toActiveHold, toChargeView, toHoldView, toItemTitle, toOpenLoan } from './circulation-statements.ts';
import type { SqliteDatabase } from './database.ts';
import { loadSeedRecords } from './sqlite-circulation-seed.ts';

type TransactionKind = 'renew-one' | 'renew-all' | 'borrow' | 'pickup' | 'return';

/** Candidate references tried before giving up. With 900 million values even a second try is rare. */
const MAX_REFERENCE_ATTEMPTS = 20;

export interface SqliteCirculationStoreOptions {
  /**
   * Called inside the renewal transaction after each loan's renewal is written and before the commit.
   * Tests use it to stop a process in the middle of a renew-all.
   */
  afterRenewalWritten?: (loanId: number) => void;
}

/** The circulation store on better-sqlite3: each write operation is one `BEGIN IMMEDIATE` transaction. */
export class SqliteCirculationStore implements CirculationStore {
  readonly #database: SqliteDatabase;
  readonly #statements: CirculationStatements;
  readonly #afterRenewalWritten: (loanId: number) => void;
  // better-sqlite3 builds a wrapper for every `transaction()` call, which costs more than the queries of a small
  // read, so the transactions are built once here and take their work as an argument.
  readonly #readAccount: (readerId: number) => ReaderAccount | null;
  readonly #readSummaryFacts: (readerId: number) => SummaryFacts | null;
  readonly #inTransaction: Database.Transaction<(work: () => unknown) => unknown>;

  constructor(database: SqliteDatabase, options: SqliteCirculationStoreOptions = {}) {
    this.#database = database;
    this.#statements = new CirculationStatements(database);
    this.#afterRenewalWritten = options.afterRenewalWritten ?? (() => {});
    this.#readAccount = database.transaction((readerId: number) => readAccountRows(this.#statements, readerId));
    this.#readSummaryFacts = database.transaction((readerId: number) => readSummaryRows(this.#statements, readerId));
    this.#inTransaction = database.transaction((work: () => unknown) => work());
  }

  async readAccount(readerId: number): Promise<ReaderAccount | null> {
    return this.#readAccount(readerId);
  }

  async readSummaryFacts(readerId: number): Promise<SummaryFacts | null> {
    return this.#readSummaryFacts(readerId);
  }

  async renewAllLoans(command: WriteCommand & { readerId: number }): Promise<RenewAllResult> {
    return this.#write<RenewAllResult>('renew-all', command, (reference) => {
      const standing = this.#standingOf(command.readerId);
      const loans = this.#statements.openLoansOfReader.all(command.readerId).map(toOpenLoan);
      const result: RenewAllResult = { reference, renewed: [], refused: [] };
      for (const loan of loans) {
        const outcome = this.#renew(loan, standing, command, reference);
        if ('newDueAt' in outcome) result.renewed.push(outcome);
        else result.refused.push(outcome);
      }
      return { readerId: command.readerId, result };
    });
  }

  async renewOneLoan(command: WriteCommand & { readerId: number; loanId: number }): Promise<RenewOneResult> {
    return this.#write<RenewOneResult>('renew-one', command, (reference) => {
      const standing = this.#standingOf(command.readerId);
      const row = this.#statements.openLoanOfReader.get(command.loanId, command.readerId);
      if (!row) return { readerId: command.readerId, result: { outcome: 'refused', reference, reason: 'loan-not-found', loan: null } };

      const outcome = this.#renew(toOpenLoan(row), standing, command, reference);
      const result: RenewOneResult =
        'newDueAt' in outcome ? { outcome: 'renewed', reference, loan: outcome } : { outcome: 'refused', reference, reason: outcome.reason, loan: outcome };
      return { readerId: command.readerId, result };
    });
  }

  async checkOut(command: WriteCommand & CheckoutArguments): Promise<CheckoutResult> {
    return this.#write<CheckoutResult>(command.mode, command, (reference) => {
      const item = this.#statements.itemByBarcode.get(command.itemBarcode);
      const facts = this.#checkoutFacts(command.readerId, item);
      const decision = command.mode === 'borrow' ? decideBorrow(facts, command.rules) : decidePickup(facts, command.location, command.rules);
      // Both decisions refuse with item-not-found when the item is missing, so `!item` only narrows the type.
      if (!decision.allowed || !item) {
        const reason = decision.allowed ? 'item-not-found' : decision.reason;
        const refused: CheckoutResult = { outcome: 'refused', reference, reason, itemBarcode: command.itemBarcode };
        if (item) refused.title = toItemTitle(item);
        return { readerId: command.readerId, result: refused };
      }

      const now = command.now.toISOString();
      const dueAt = loanDueAt(command.now, command.rules).toISOString();
      const loanId = Number(this.#statements.insertLoan.run(command.readerId, item.id, now, dueAt, 0, reference).lastInsertRowid);
      if (decision.fillsHold) this.#statements.fillHold.run(now, loanId, decision.fillsHold.holdId);
      const loan = { loanId, itemBarcode: item.barcode, title: toItemTitle(item), dueAt };
      return { readerId: command.readerId, result: { outcome: 'borrowed', reference, loan } };
    });
  }

  async returnItem(command: WriteCommand & { itemBarcode: string }): Promise<ReturnResult> {
    return this.#write<ReturnResult>('return', command, (reference) => {
      const statements = this.#statements;
      const item = statements.itemByBarcode.get(command.itemBarcode);
      if (!item) return { readerId: null, result: { outcome: 'refused', reference, reason: 'item-not-found', itemBarcode: command.itemBarcode } };
      const loan = statements.openLoanOfItem.get(item.id);
      if (!loan) return { readerId: null, result: { outcome: 'refused', reference, reason: 'item-not-on-loan', itemBarcode: item.barcode, title: toItemTitle(item) } };

      statements.closeLoan.run(command.now.toISOString(), reference, loan.id);
      this.#setAsideForNextHold(item.id, command);
      const result: ReturnResult = { outcome: 'returned', reference, itemBarcode: item.barcode, title: toItemTitle(item), wasOverdue: isOverdue(loan.due_at, command.now) };
      return { readerId: loan.reader_id, result };
    });
  }

  async loadSeed(records: CirculationSeedRecords, now: Date, rules: LoanRules): Promise<SeedProblem[]> {
    try {
      return this.#database.transaction(() => loadSeedRecords(this.#database, this.#statements, records, now, rules)).immediate();
    } catch (error) {
      throw toStoreError(error, 'seed');
    }
  }

  /** Applies one renewal decision, writing the renewal row first because the trigger on loans requires it. */
  #renew(loan: OpenLoan, standing: ReaderStanding, command: WriteCommand, reference: string): RenewedLoan | RefusedLoan {
    const base = { loanId: loan.loanId, itemBarcode: loan.itemBarcode, title: loan.title };
    const decision = decideRenewal(standing, loan, command.rules, command.now);
    if (!decision.renewable) return { ...base, reason: decision.reason };

    const newDueAt = decision.newDueAt.toISOString();
    this.#statements.insertRenewal.run(loan.loanId, loan.renewals + 1, decision.renewedOn, reference, loan.dueAt, newDueAt);
    const changed = this.#statements.recordRenewalOnLoan.run(newDueAt, reference, loan.loanId, loan.renewals).changes;
    if (changed !== 1) throw new Error(`Loan ${loan.loanId} changed while it was being renewed`);
    this.#afterRenewalWritten(loan.loanId);
    return { ...base, newDueAt };
  }

  /** Makes a returned item ready for the first waiting hold on it, to collect by the end of the pickup period. */
  #setAsideForNextHold(itemId: number, command: WriteCommand): void {
    const next = claimingHold(this.#statements.activeHoldsOfItem.all(itemId).map(toActiveHold));
    if (!next || next.status !== 'waiting') return;
    const pickupBy = endOfLibraryDay(addLibraryDays(libraryDateOf(command.now), command.rules.holdPickupDays));
    this.#statements.markHoldReady.run(command.now.toISOString(), pickupBy.toISOString(), next.holdId);
  }

  #checkoutFacts(readerId: number, item: ItemRow | undefined): CheckoutFacts {
    const statements = this.#statements;
    return {
      readerId,
      reader: this.#standingOf(readerId),
      openLoansCount: statements.openLoanCount.get(readerId) ?? 0,
      item: item ? { onLoanTo: statements.openLoanOfItem.get(item.id)?.reader_id ?? null, activeHolds: statements.activeHoldsOfItem.all(item.id).map(toActiveHold) } : null,
    };
  }

  #standingOf(readerId: number): ReaderStanding {
    const row = this.#statements.readerStanding.get(readerId);
    if (!row) throw new AppError('READER_NOT_FOUND', { readerId });
    return { status: row.status, outstandingChargesCents: row.charges };
  }

  /**
   * Runs one write operation as a single `BEGIN IMMEDIATE` transaction. A known idempotency key gets its
   * stored outcome back. Otherwise the operation runs under a fresh reference and its outcome is stored
   * with the key. Taking the write lock at the start serializes concurrent writers, so none decides on
   * rows that another is changing.
   */
  async #write<Result>(kind: TransactionKind, command: WriteCommand, operation: (reference: string) => { readerId: number | null; result: Result }): Promise<Result> {
    const { request } = command;
    const statements = this.#statements;
    const run = (): Result => {
      const previous = statements.findIdempotencyRecord.get(request.channel, request.source, request.idempotencyKey);
      if (previous) {
        if (previous.fingerprint !== request.fingerprint) throw new AppError('IDEMPOTENCY_KEY_REUSED', { channel: request.channel, source: request.source, operation: kind });
        return JSON.parse(previous.outcome) as Result;
      }

      const reference = this.#unusedReference(command.newReference);
      const { readerId, result } = operation(reference);
      const now = command.now.toISOString();
      statements.insertTransaction.run(reference, kind, readerId, request.channel, request.source, JSON.stringify(result), now);
      statements.insertIdempotencyRecord.run(request.channel, request.source, request.idempotencyKey, request.fingerprint, reference, now);
      return result;
    };

    try {
      return this.#inTransaction.immediate(run) as Result;
    } catch (error) {
      throw toStoreError(error, kind);
    }
  }

  #unusedReference(newReference: () => string): string {
    for (let attempt = 0; attempt < MAX_REFERENCE_ATTEMPTS; attempt += 1) {
      const candidate = newReference();
      if (!isValidTransactionReference(candidate)) throw new Error(`The reference generator returned an invalid reference ${JSON.stringify(candidate)}`);
      if (this.#statements.referenceExists.get(candidate) === 0) return candidate;
    }
    throw new Error(`No unused transaction reference after ${MAX_REFERENCE_ATTEMPTS} attempts: check that the reference generator returns random values`);
  }
}

/** Keeps catalogue errors and turns SQLite failures into `STORAGE_FAULT` with the operation and the cause. */
function toStoreError(error: unknown, operation: string): unknown {
  if (isAppError(error)) return error;
  if (error instanceof Database.SqliteError) return new AppError('STORAGE_FAULT', { operation, sqliteCode: error.code }, { cause: error });
  return error;
}

/** Reads a reader's standing, open loans, outstanding charges and active holds; null for an unknown reader. */
function readAccountRows(statements: CirculationStatements, readerId: number): ReaderAccount | null {
  const standing = statements.readerStanding.get(readerId);
  if (!standing) return null;
  return {
    readerId,
    standing: { status: standing.status, outstandingChargesCents: standing.charges },
    loans: statements.openLoansOfReader.all(readerId).map(toOpenLoan),
    charges: statements.outstandingCharges.all(readerId).map(toChargeView),
    holds: statements.activeHoldsOfReader.all(readerId).map(toHoldView),
  };
}

/** Reads the standing, open-loan due dates and ready-hold count of a reader; null for an unknown reader. */
function readSummaryRows(statements: CirculationStatements, readerId: number): SummaryFacts | null {
  const standing = statements.readerStanding.get(readerId);
  if (!standing) return null;
  return {
    standing: { status: standing.status, outstandingChargesCents: standing.charges },
    loanDueDates: statements.openLoanDueDates.all(readerId),
    readyHoldsCount: statements.readyHoldCount.get(readerId) ?? 0,
  };
}
