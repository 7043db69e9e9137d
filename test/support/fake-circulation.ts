import { simplifiedChinese } from '../../src/i18n/chinese-script.ts';
import type {
  AccountSummary,
  ChargeView,
  CheckoutResult,
  CirculationService,
  HoldView,
  ItemTitle,
  LoanView,
  OperationContext,
  RefusalReason,
  RenewAllResult,
  RenewOneResult,
  ReturnResult,
} from '../../src/circulation/circulation.types.ts';
import { DAY_MS, type Clock } from '../../src/domain/clock.ts';

type NextResultMethod = 'accountSummary' | 'listLoans' | 'renewAll' | 'renewOne';

interface FakeLoan {
  loanId: number;
  readerId: number;
  itemBarcode: string;
  title: ItemTitle;
  dueAt: string;
  renewals: number;
  blockedBy: RefusalReason | null;
}

/**
 * A CirculationService over in-memory loans that keeps the interface's promises the phone relies on:
 * every renewal gets a digits-only reference, new due dates count 14 days from today, and a repeated
 * idempotency key returns the first result and changes nothing. Counts each renewal actually applied.
 * NOTE: once the real circulation service lands on main, the scripted calls switch to it.
 */
export class FakeCirculation implements CirculationService {
  readonly loans: FakeLoan[] = [];
  readonly charges = new Map<number, ChargeView[]>();
  renewalsApplied = 0;
  failNext: Error | null = null;
  /** Results returned once by the named method instead of computing them, to play a given outcome. */
  readonly nextResults = new Map<NextResultMethod, unknown>();
  #gate: { opened: Promise<void>; method: NextResultMethod | 'listCharges' | null } | null = null;
  /** Calls waiting at the gate set by `hold()`. */
  waiting = 0;
  readonly #results = new Map<string, unknown>();
  #nextReference = 40_000_001;

  constructor(private readonly clock: Clock) {}

  addLoan(readerId: number, title: ItemTitle, dueAt: string, blockedBy: RefusalReason | null = null): void {
    const loanId = this.loans.length + 1;
    this.loans.push({ loanId, readerId, itemBarcode: `3100000000${loanId}`, title, dueAt, renewals: 0, blockedBy });
  }

  addCharge(readerId: number, amountCents: number, reason: string, reasonZh: string | null = null): void {
    const list = this.charges.get(readerId) ?? [];
    const reasonZhHans = reasonZh === null ? null : simplifiedChinese(reasonZh);
    list.push({ chargeId: list.length + 1, amountCents, reason, reasonZh, reasonZhHans, createdAt: this.clock.now().toISOString() });
    this.charges.set(readerId, list);
  }

  async accountSummary(readerId: number): Promise<AccountSummary> {
    await this.#passGate('accountSummary');
    this.#maybeFail();
    if (this.nextResults.has('accountSummary')) return this.#takeNext('accountSummary');
    const loans = await this.listLoans(readerId);
    const charges = this.charges.get(readerId) ?? [];
    return {
      readerId,
      loansCount: loans.length,
      overdueCount: loans.filter((loan) => loan.overdue).length,
      chargesTotalCents: charges.reduce((sum, charge) => sum + charge.amountCents, 0),
      currency: 'HKD',
      readyHoldsCount: 0,
      borrowBlock: null,
    };
  }

  /**
   * Holds calls open until the returned function is called, to play a slow database: every call, or only
   * calls of `method` (the others go through, as when one query is slow).
   */
  hold(method: NextResultMethod | 'listCharges' | null = null): () => void {
    let release: () => void = () => {};
    const opened = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#gate = { opened, method };
    return () => {
      this.#gate = null;
      release();
    };
  }

  async listLoans(readerId: number): Promise<LoanView[]> {
    await this.#passGate('listLoans');
    this.#maybeFail();
    if (this.nextResults.has('listLoans')) return this.#takeNext('listLoans');
    const now = this.clock.now().toISOString();
    return this.loans
      .filter((loan) => loan.readerId === readerId)
      .map((loan) => ({
        loanId: loan.loanId,
        itemBarcode: loan.itemBarcode,
        title: loan.title,
        borrowedAt: now,
        dueAt: loan.dueAt,
        renewals: loan.renewals,
        renewalsLeft: 5 - loan.renewals,
        overdue: loan.dueAt < now,
        renewable: loan.blockedBy ? { ok: false, reason: loan.blockedBy } : { ok: true },
      }));
  }

  async listCharges(readerId: number): Promise<ChargeView[]> {
    await this.#passGate('listCharges');
    this.#maybeFail();
    return this.charges.get(readerId) ?? [];
  }

  async listHolds(): Promise<HoldView[]> {
    return [];
  }

  async renewOne(readerId: number, loanId: number, context: OperationContext): Promise<RenewOneResult> {
    return this.#once('renewOne', context.idempotencyKey, () => {
      if (this.nextResults.has('renewOne')) return this.#takeNext<RenewOneResult>('renewOne');
      const loan = this.loans.find((each) => each.loanId === loanId && each.readerId === readerId);
      const reference = this.#reference();
      if (!loan) return { outcome: 'refused', reference, reason: 'loan-not-found', loan: null };
      if (loan.blockedBy) return { outcome: 'refused', reference, reason: loan.blockedBy, loan: { loanId, itemBarcode: loan.itemBarcode, title: loan.title, reason: loan.blockedBy } };
      this.#renew(loan);
      return { outcome: 'renewed', reference, loan: { loanId, itemBarcode: loan.itemBarcode, title: loan.title, newDueAt: loan.dueAt } };
    });
  }

  async renewAll(readerId: number, context: OperationContext): Promise<RenewAllResult> {
    return this.#once('renewAll', context.idempotencyKey, () => {
      if (this.nextResults.has('renewAll')) return this.#takeNext<RenewAllResult>('renewAll');
      const result: RenewAllResult = { reference: this.#reference(), renewed: [], refused: [] };
      for (const loan of this.loans.filter((each) => each.readerId === readerId)) {
        if (loan.blockedBy) {
          result.refused.push({ loanId: loan.loanId, itemBarcode: loan.itemBarcode, title: loan.title, reason: loan.blockedBy });
        } else {
          this.#renew(loan);
          result.renewed.push({ loanId: loan.loanId, itemBarcode: loan.itemBarcode, title: loan.title, newDueAt: loan.dueAt });
        }
      }
      return result;
    });
  }

  async borrow(): Promise<CheckoutResult> {
    throw new Error('The phone line does not borrow');
  }

  async pickUpHold(): Promise<CheckoutResult> {
    throw new Error('The phone line does not pick up holds');
  }

  async returnItem(): Promise<ReturnResult> {
    throw new Error('The phone line does not return items');
  }

  async #once<T>(method: 'renewAll' | 'renewOne', key: string, operation: () => T): Promise<T> {
    await this.#passGate(method);
    this.#maybeFail();
    if (this.#results.has(key)) return this.#results.get(key) as T;
    const result = operation();
    this.#results.set(key, result);
    return result;
  }

  async #passGate(method: NextResultMethod | 'listCharges'): Promise<void> {
    const gate = this.#gate;
    if (!gate || (gate.method !== null && gate.method !== method)) return;
    this.waiting += 1;
    await gate.opened;
    this.waiting -= 1;
  }

  #takeNext<T>(method: NextResultMethod): T {
    const result = this.nextResults.get(method) as T;
    this.nextResults.delete(method);
    return result;
  }

  #renew(loan: FakeLoan): void {
    loan.renewals += 1;
    loan.dueAt = new Date(this.clock.now().getTime() + 14 * DAY_MS).toISOString();
    this.renewalsApplied += 1;
  }

  #reference(): string {
    const reference = String(this.#nextReference);
    this.#nextReference += 1;
    return reference;
  }

  #maybeFail(): void {
    const failure = this.failNext;
    this.failNext = null;
    if (failure) throw failure;
  }
}
