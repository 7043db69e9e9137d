import { simplifiedChinese } from '../i18n/chinese-script.ts';
import type { Statement } from 'better-sqlite3';
import type { OpenLoan } from '../circulation/circulation.store.ts';
import type { ChargeView, HoldView, ItemTitle } from '../circulation/circulation.types.ts';
import type { ActiveHold } from '../domain/checkout-rules.ts';
import type { ReaderStanding } from '../domain/loan-rules.ts';
import type { SqliteDatabase } from './database.ts';

export interface ItemRow {
  id: number;
  barcode: string;
  title: string;
  title_zh: string | null;
}

interface LoanRow {
  id: number;
  reader_id: number;
  barcode: string;
  title: string;
  title_zh: string | null;
  borrowed_at: string;
  due_at: string;
  renewals: number;
  reserved_by_other: 0 | 1;
}

const OPEN_LOAN_COLUMNS = `
  SELECT l.id, l.reader_id, i.barcode, i.title, i.title_zh, l.borrowed_at, l.due_at, l.renewals,
    EXISTS (
      SELECT 1 FROM holds h
      WHERE h.item_id = l.item_id AND h.reader_id <> l.reader_id AND h.status IN ('waiting', 'ready')
    ) AS reserved_by_other
  FROM loans l JOIN items i ON i.id = l.item_id`;

/** The prepared SQL of the circulation store, with rows mapped to the store's types. */
export class CirculationStatements {
  readonly readerStanding: Statement<[number], { status: ReaderStanding['status']; charges: number }>;
  readonly openLoansOfReader: Statement<[number], LoanRow>;
  readonly openLoanOfReader: Statement<[number, number], LoanRow>;
  readonly openLoanCount: Statement<[number], number>;
  readonly itemByBarcode: Statement<[string], ItemRow>;
  readonly openLoanOfItem: Statement<[number], { id: number; reader_id: number; due_at: string }>;
  readonly activeHoldsOfItem: Statement<[number], { id: number; reader_id: number; status: 'waiting' | 'ready'; pickup_location: string | null; placed_at: string }>;
  readonly outstandingCharges: Statement<[number], ChargeRow>;
  readonly activeHoldsOfReader: Statement<[number], ItemRow & { hold_id: number; status: 'waiting' | 'ready'; pickup_location: string | null; pickup_by: string | null }>;
  readonly insertRenewal: Statement<[number, number, string, string, string, string]>;
  readonly recordRenewalOnLoan: Statement<[string, string, number, number]>;
  readonly insertLoan: Statement<[number, number, string, string, number, string | null]>;
  readonly fillHold: Statement<[string, number, number]>;
  readonly closeLoan: Statement<[string, string, number]>;
  readonly markHoldReady: Statement<[string, string, number]>;
  readonly referenceExists: Statement<[string], number>;
  readonly insertTransaction: Statement<[string, string, number | null, string, string, string, string]>;
  readonly findIdempotencyRecord: Statement<[string, string, string], { fingerprint: string; outcome: string }>;
  readonly insertIdempotencyRecord: Statement<[string, string, string, string, string, string]>;
  readonly insertItem: Statement<[string, string, string | null, string]>;
  readonly insertHold: Statement<[number, number, string, string | null, string | null, string, string | null]>;
  readonly insertCharge: Statement<[number, number, string, string]>;
  readonly insertSeededCharge: Statement<[number, number, string, string | null, string, string]>;
  readonly chargeSeedKeyExists: Statement<[string], number>;
  readonly openLoanDueDates: Statement<[number], string>;
  readonly readyHoldCount: Statement<[number], number>;

  constructor(database: SqliteDatabase) {
    this.readerStanding = database.prepare(`
      SELECT r.status, COALESCE((SELECT SUM(c.amount_cents) FROM charges c WHERE c.reader_id = r.id AND c.status = 'outstanding'), 0) AS charges
      FROM readers r WHERE r.id = ?`);

    this.openLoansOfReader = database.prepare(`${OPEN_LOAN_COLUMNS} WHERE l.reader_id = ? AND l.returned_at IS NULL ORDER BY l.due_at, l.id`);
    this.openLoanOfReader = database.prepare(`${OPEN_LOAN_COLUMNS} WHERE l.id = ? AND l.reader_id = ? AND l.returned_at IS NULL`);
    this.openLoanCount = database.prepare('SELECT COUNT(*) FROM loans WHERE reader_id = ? AND returned_at IS NULL').pluck() as Statement<[number], number>;
    this.openLoanDueDates = database.prepare('SELECT due_at FROM loans WHERE reader_id = ? AND returned_at IS NULL').pluck() as Statement<[number], string>;
    // The IN term lets SQLite use the partial index on active holds; `status = 'ready'` alone would scan the table.
    this.readyHoldCount = database
      .prepare("SELECT COUNT(*) FROM holds WHERE reader_id = ? AND status IN ('waiting', 'ready') AND status = 'ready'")
      .pluck() as Statement<[number], number>;
    this.itemByBarcode = database.prepare('SELECT id, barcode, title, title_zh FROM items WHERE barcode = ?');
    this.openLoanOfItem = database.prepare('SELECT id, reader_id, due_at FROM loans WHERE item_id = ? AND returned_at IS NULL');
    this.activeHoldsOfItem = database.prepare(`
      SELECT id, reader_id, status, pickup_location, placed_at FROM holds
      WHERE item_id = ? AND status IN ('waiting', 'ready') ORDER BY placed_at, id`);
    this.outstandingCharges = database.prepare(`
      SELECT id, amount_cents, reason, reason_zh, created_at FROM charges WHERE reader_id = ? AND status = 'outstanding' ORDER BY created_at, id`);
    this.activeHoldsOfReader = database.prepare(`
      SELECT h.id AS hold_id, h.status, h.pickup_location, h.pickup_by, i.id, i.barcode, i.title, i.title_zh
      FROM holds h JOIN items i ON i.id = h.item_id
      WHERE h.reader_id = ? AND h.status IN ('waiting', 'ready')
      ORDER BY h.status = 'waiting', h.pickup_by, h.placed_at, h.id`);

    this.insertRenewal = database.prepare(
      'INSERT INTO loan_renewals (loan_id, sequence, renewed_on, reference, previous_due_at, new_due_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    // The renewal count in the WHERE clause makes a stale read fail instead of renewing twice.
    this.recordRenewalOnLoan = database.prepare(`
      UPDATE loans SET renewals = renewals + 1, due_at = ?, last_renewal_reference = ?
      WHERE id = ? AND renewals = ? AND returned_at IS NULL`);
    this.insertLoan = database.prepare(
      'INSERT INTO loans (reader_id, item_id, borrowed_at, due_at, renewals, checkout_reference) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.fillHold = database.prepare(`UPDATE holds SET status = 'filled', filled_at = ?, filled_by_loan_id = ? WHERE id = ? AND status IN ('waiting', 'ready')`);
    this.closeLoan = database.prepare('UPDATE loans SET returned_at = ?, return_reference = ? WHERE id = ? AND returned_at IS NULL');
    this.markHoldReady = database.prepare(`UPDATE holds SET status = 'ready', ready_at = ?, pickup_by = ? WHERE id = ? AND status = 'waiting'`);

    this.referenceExists = database.prepare('SELECT EXISTS (SELECT 1 FROM circulation_transactions WHERE reference = ?)').pluck() as Statement<[string], number>;
    this.insertTransaction = database.prepare(
      'INSERT INTO circulation_transactions (reference, kind, reader_id, channel, source, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.findIdempotencyRecord = database.prepare(`
      SELECT r.fingerprint, t.outcome FROM idempotency_records r JOIN circulation_transactions t ON t.reference = r.reference
      WHERE r.channel = ? AND r.source = ? AND r.idempotency_key = ?`);
    this.insertIdempotencyRecord = database.prepare(
      'INSERT INTO idempotency_records (channel, source, idempotency_key, fingerprint, reference, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );

    this.insertItem = database.prepare('INSERT INTO items (barcode, title, title_zh, created_at) VALUES (?, ?, ?, ?)');
    this.insertHold = database.prepare(
      'INSERT INTO holds (reader_id, item_id, status, pickup_location, pickup_by, placed_at, ready_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertCharge = database.prepare('INSERT INTO charges (reader_id, amount_cents, reason, created_at) VALUES (?, ?, ?, ?)');
    this.insertSeededCharge = database.prepare('INSERT INTO charges (reader_id, amount_cents, reason, reason_zh, created_at, seed_key) VALUES (?, ?, ?, ?, ?, ?)');
    this.chargeSeedKeyExists = database.prepare<[string], number>('SELECT COUNT(*) FROM charges WHERE seed_key = ?').pluck();
  }
}

export function toItemTitle(row: { title: string; title_zh: string | null }): ItemTitle {
  return { en: row.title, zh: row.title_zh, zhHans: row.title_zh === null ? null : simplifiedChinese(row.title_zh) };
}

export function toOpenLoan(row: LoanRow): OpenLoan {
  return {
    loanId: row.id,
    itemBarcode: row.barcode,
    title: toItemTitle(row),
    borrowedAt: row.borrowed_at,
    dueAt: row.due_at,
    renewals: row.renewals,
    reservedByAnotherReader: row.reserved_by_other === 1,
  };
}

export function toActiveHold(row: { id: number; reader_id: number; status: 'waiting' | 'ready'; pickup_location: string | null; placed_at: string }): ActiveHold {
  return { holdId: row.id, readerId: row.reader_id, status: row.status, pickupLocation: row.pickup_location, placedAt: row.placed_at };
}

type ChargeRow = { id: number; amount_cents: number; reason: string; reason_zh: string | null; created_at: string };

export function toChargeView(row: ChargeRow): ChargeView {
  const reasonZhHans = row.reason_zh === null ? null : simplifiedChinese(row.reason_zh);
  return { chargeId: row.id, amountCents: row.amount_cents, reason: row.reason, reasonZh: row.reason_zh, reasonZhHans, createdAt: row.created_at };
}

export function toHoldView(row: ItemRow & { hold_id: number; status: 'waiting' | 'ready'; pickup_location: string | null; pickup_by: string | null }): HoldView {
  return { holdId: row.hold_id, itemBarcode: row.barcode, title: toItemTitle(row), status: row.status, pickupLocation: row.pickup_location, pickupBy: row.pickup_by };
}
