import { createHash } from 'node:crypto';
import { checkBorrowBlock } from '../domain/checkout-rules.ts';
import type { Clock } from '../domain/clock.ts';
import { decideRenewal, isOverdue, renewalsLeft, type LoanRules } from '../domain/loan-rules.ts';
import { AppError } from '../errors/app-error.ts';
import type { CirculationStore, OpenLoan, ReaderAccount, WriteCommand } from './circulation.store.ts';
import type { CirculationService, LoanView, OperationContext } from './circulation.types.ts';
import { generateTransactionReference } from './transaction-reference.ts';

export interface CirculationServiceDependencies {
  store: CirculationStore;
  clock: Clock;
  rules: LoanRules;
  /** Source of candidate transaction references, random 10-digit references unless a test passes another. */
  newReference?: () => string;
}

const MAX_KEY_LENGTH = 200;
const MAX_BARCODE_LENGTH = 64;

/**
 * Builds the circulation operations every channel calls. Rules come from `rules` and time from `clock`, and
 * each write is one atomic store operation. Invalid arguments reject with `VALIDATION_FAILED`, an unknown
 * reader with `READER_NOT_FOUND`, and a reused idempotency key with `IDEMPOTENCY_KEY_REUSED`.
 */
export function createCirculationService(dependencies: CirculationServiceDependencies): CirculationService {
  const { store, clock, rules } = dependencies;
  const newReference = dependencies.newReference ?? (() => generateTransactionReference());

  async function account(readerId: number): Promise<ReaderAccount> {
    requirePositiveId('readerId', readerId);
    const found = await store.readAccount(readerId);
    if (!found) throw new AppError('READER_NOT_FOUND', { readerId });
    return found;
  }

  function command(operation: string, context: OperationContext, target: unknown): WriteCommand {
    requireText('context.source', context.source, MAX_KEY_LENGTH);
    requireText('context.idempotencyKey', context.idempotencyKey, MAX_KEY_LENGTH);
    if (context.location !== undefined) requireText('context.location', context.location, MAX_BARCODE_LENGTH);
    if (context.itemLimit !== undefined) requirePositiveId('context.itemLimit', context.itemLimit);
    // The item limit joins the fingerprint only when given, so requests stored before it existed keep theirs.
    const limit = context.itemLimit === undefined ? [] : [context.itemLimit];
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([operation, target, context.location ?? null, ...limit]))
      .digest('hex');
    const request = { channel: context.channel, source: context.source, idempotencyKey: context.idempotencyKey, fingerprint };
    return { request, now: clock.now(), rules: rulesForContext(rules, context), newReference };
  }

  return {
    async accountSummary(readerId) {
      requirePositiveId('readerId', readerId);
      const facts = await store.readSummaryFacts(readerId);
      if (!facts) throw new AppError('READER_NOT_FOUND', { readerId });
      const { loanDueDates, standing } = facts;
      const now = clock.now();
      return {
        readerId,
        loansCount: loanDueDates.length,
        overdueCount: loanDueDates.filter((dueAt) => isOverdue(dueAt, now)).length,
        chargesTotalCents: standing.outstandingChargesCents,
        currency: rules.currency,
        readyHoldsCount: facts.readyHoldsCount,
        borrowBlock: checkBorrowBlock(standing, loanDueDates.length, rules),
      };
    },

    async listLoans(readerId) {
      const { loans, standing } = await account(readerId);
      const now = clock.now();
      return loans.map((loan) => toLoanView(loan, decideRenewal(standing, loan, rules, now), rules, now));
    },

    async listCharges(readerId) {
      return (await account(readerId)).charges;
    },

    async listHolds(readerId) {
      return (await account(readerId)).holds;
    },

    async renewOne(readerId, loanId, context) {
      requirePositiveId('readerId', readerId);
      requirePositiveId('loanId', loanId);
      return store.renewOneLoan({ ...command('renew-one', context, [readerId, loanId]), readerId, loanId });
    },

    async renewAll(readerId, context) {
      requirePositiveId('readerId', readerId);
      return store.renewAllLoans({ ...command('renew-all', context, [readerId]), readerId });
    },

    async borrow(readerId, itemBarcode, context) {
      requirePositiveId('readerId', readerId);
      const barcode = normalizeBarcode(itemBarcode);
      return store.checkOut({ ...command('borrow', context, [readerId, barcode]), readerId, itemBarcode: barcode, mode: 'borrow', location: context.location ?? null });
    },

    async pickUpHold(readerId, itemBarcode, context) {
      requirePositiveId('readerId', readerId);
      const barcode = normalizeBarcode(itemBarcode);
      return store.checkOut({ ...command('pickup', context, [readerId, barcode]), readerId, itemBarcode: barcode, mode: 'pickup', location: context.location ?? null });
    },

    async returnItem(itemBarcode, context) {
      const barcode = normalizeBarcode(itemBarcode);
      return store.returnItem({ ...command('return', context, [barcode]), itemBarcode: barcode });
    },
  };
}

/** The loan rules of one operation: the service's, with the item limit lowered when the caller asks for it. */
function rulesForContext(rules: LoanRules, context: OperationContext): LoanRules {
  if (context.itemLimit === undefined || context.itemLimit >= rules.maxItemsOnLoan) return rules;
  return { ...rules, maxItemsOnLoan: context.itemLimit };
}

function toLoanView(loan: OpenLoan, decision: ReturnType<typeof decideRenewal>, rules: LoanRules, now: Date): LoanView {
  return {
    loanId: loan.loanId,
    itemBarcode: loan.itemBarcode,
    title: loan.title,
    borrowedAt: loan.borrowedAt,
    dueAt: loan.dueAt,
    renewals: loan.renewals,
    renewalsLeft: renewalsLeft(loan.renewals, rules),
    overdue: isOverdue(loan.dueAt, now),
    renewable: decision.renewable ? { ok: true } : { ok: false, reason: decision.reason },
  };
}

/** Removes the line ending or padding that scanners often add, because neither is part of the barcode. */
function normalizeBarcode(itemBarcode: string): string {
  requireText('itemBarcode', itemBarcode, MAX_BARCODE_LENGTH);
  return itemBarcode.trim();
}

function requirePositiveId(field: string, value: number): void {
  if (!Number.isSafeInteger(value) || value <= 0) throw new AppError('VALIDATION_FAILED', { field, reason: 'must be a positive whole number' });
}

function requireText(field: string, value: unknown, maxLength: number): void {
  if (typeof value !== 'string' || value.trim() === '') throw new AppError('VALIDATION_FAILED', { field, reason: 'must be a non-empty string' });
  if (value.trim().length > maxLength) throw new AppError('VALIDATION_FAILED', { field, reason: `must be at most ${maxLength} characters` });
}
