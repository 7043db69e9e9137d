import type {
  AccountSummary,
  CheckoutResult,
  CirculationService,
  ItemTitle,
  LoanView,
  OperationContext,
} from '../../src/circulation/circulation.types.ts';

/**
 * An in-memory circulation service for terminal tests: items by barcode, loans by reader, a 10-item limit,
 * and idempotent borrowing by key. Only what kiosk sessions call is implemented.
 */
export class FakeCirculation implements CirculationService {
  readonly items = new Map<string, ItemTitle>();
  readonly loans: Array<LoanView & { readerId: number }> = [];
  readonly #results = new Map<string, CheckoutResult>();
  #reference = 1000;

  constructor(items: Record<string, ItemTitle>) {
    for (const [barcode, title] of Object.entries(items)) this.items.set(barcode, title);
  }

  async accountSummary(readerId: number): Promise<AccountSummary> {
    const loans = this.loans.filter((loan) => loan.readerId === readerId);
    return { readerId, loansCount: loans.length, overdueCount: 0, chargesTotalCents: 0, currency: 'HKD', readyHoldsCount: 0 };
  }

  async listLoans(readerId: number): Promise<LoanView[]> {
    return this.loans.filter((loan) => loan.readerId === readerId);
  }

  async borrow(readerId: number, itemBarcode: string, context: OperationContext): Promise<CheckoutResult> {
    const earlier = this.#results.get(context.idempotencyKey);
    if (earlier) return earlier;

    const result = this.#checkOut(readerId, itemBarcode);
    this.#results.set(context.idempotencyKey, result);
    return result;
  }

  #checkOut(readerId: number, itemBarcode: string): CheckoutResult {
    const reference = String((this.#reference += 1));
    const title = this.items.get(itemBarcode);
    if (!title) return { outcome: 'refused', reference, reason: 'item-not-found', itemBarcode };
    if (this.loans.some((loan) => loan.itemBarcode === itemBarcode)) return { outcome: 'refused', reference, reason: 'item-already-on-loan', itemBarcode };
    if (this.loans.filter((loan) => loan.readerId === readerId).length >= 10) return { outcome: 'refused', reference, reason: 'item-limit-reached', itemBarcode };

    const dueAt = '2026-01-19T09:00:00.000Z';
    const loan = { loanId: this.loans.length + 1, itemBarcode, title, dueAt };
    this.loans.push({ ...loan, readerId, borrowedAt: '2026-01-05T09:00:00.000Z', renewals: 0, renewalsLeft: 5, overdue: false, renewable: { ok: true } });
    return { outcome: 'borrowed', reference, loan };
  }

  listCharges(): never {
    throw new Error('FakeCirculation.listCharges is not used by kiosks');
  }

  listHolds(): never {
    throw new Error('FakeCirculation.listHolds is not used by kiosks');
  }

  renewOne(): never {
    throw new Error('FakeCirculation.renewOne is not used by kiosks');
  }

  renewAll(): never {
    throw new Error('FakeCirculation.renewAll is not used by kiosks');
  }

  pickUpHold(): never {
    throw new Error('FakeCirculation.pickUpHold is not used by kiosks');
  }

  returnItem(): never {
    throw new Error('FakeCirculation.returnItem is not used by kiosks');
  }
}
