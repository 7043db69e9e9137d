import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCirculationService } from '../../src/circulation/circulation.service.ts';
import type { CirculationService, OperationContext } from '../../src/circulation/circulation.types.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { ConfigInput } from '../../src/config/config.schema.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import type { LoanRules } from '../../src/domain/loan-rules.ts';
import { openDatabase, type SqliteDatabase } from '../../src/storage/database.ts';
import { SqliteCirculationStore, type SqliteCirculationStoreOptions } from '../../src/storage/sqlite-circulation.store.ts';

/** Monday 5 January 2026, 17:00 in Hong Kong. */
export const FIXTURE_START = '2026-01-05T09:00:00.000Z';

export interface CirculationFixture {
  directory: string;
  path: string;
  database: SqliteDatabase;
  clock: ManualClock;
  rules: LoanRules;
  store: SqliteCirculationStore;
  service: CirculationService;
  close(): void;
}

/** Opens a fresh SQLite file in a temporary directory with the circulation store and service on top. */
export function createCirculationFixture(
  loanRules: ConfigInput['loanRules'] = {},
  storeOptions: SqliteCirculationStoreOptions = {},
): CirculationFixture {
  const directory = mkdtempSync(join(tmpdir(), 'circulation-'));
  const path = join(directory, 'library.sqlite');
  const database = openDatabase({ path });
  const clock = new ManualClock(FIXTURE_START);
  const rules = loadConfig({}, { loanRules }).loanRules;
  const store = new SqliteCirculationStore(database, storeOptions);
  const service = createCirculationService({ store, clock, rules });
  return {
    directory,
    path,
    database,
    clock,
    rules,
    store,
    service,
    close() {
      if (database.open) database.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

let nextCard = 27_301_000_000_000;

/** Inserts a reader directly (enrolment with a PIN belongs to the auth code); returns the reader id. */
export function insertReader(database: SqliteDatabase, options: { status?: 'active' | 'blocked'; card?: string } = {}): number {
  const card = options.card ?? String((nextCard += 1));
  const result = database
    .prepare('INSERT INTO readers (card_number, name, status, created_at) VALUES (?, ?, ?, ?)')
    .run(card, `Reader ${card.slice(-4)}`, options.status ?? 'active', FIXTURE_START);
  return Number(result.lastInsertRowid);
}

export function insertItems(database: SqliteDatabase, count: number, prefix = 'B'): string[] {
  const insert = database.prepare('INSERT INTO items (barcode, title, title_zh, created_at) VALUES (?, ?, ?, ?)');
  const barcodes: string[] = [];
  for (let index = 1; index <= count; index += 1) {
    const barcode = `${prefix}${String(index).padStart(4, '0')}`;
    insert.run(barcode, `Book ${barcode}`, `書 ${barcode}`, FIXTURE_START);
    barcodes.push(barcode);
  }
  return barcodes;
}

/**
 * Inserts `count` new items and lends each to the reader through the circulation service, as a kiosk does.
 * Returns the loan ids; a refused loan throws, since the test's setup is then wrong.
 */
export async function borrowNewItems(fixture: CirculationFixture, readerId: number, count: number, prefix = 'B'): Promise<number[]> {
  const loanIds: number[] = [];
  for (const barcode of insertItems(fixture.database, count, prefix)) {
    const result = await fixture.service.borrow(readerId, barcode, kioskContext());
    if (result.outcome !== 'borrowed') throw new Error(`fixture checkout of ${barcode} was refused: ${result.reason}`);
    loanIds.push(result.loan.loanId);
  }
  return loanIds;
}

export function insertCharge(database: SqliteDatabase, readerId: number, amountCents: number, status: 'outstanding' | 'paid' | 'waived' = 'outstanding'): void {
  database
    .prepare('INSERT INTO charges (reader_id, amount_cents, reason, created_at, status, settled_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(readerId, amountCents, 'Overdue item', FIXTURE_START, status, status === 'outstanding' ? null : FIXTURE_START);
}

export function insertHold(
  database: SqliteDatabase,
  readerId: number,
  barcode: string,
  status: 'waiting' | 'ready',
  pickupLocation: string | null = null,
  placedAt = FIXTURE_START,
): number {
  const result = database
    .prepare(
      `INSERT INTO holds (reader_id, item_id, status, pickup_location, pickup_by, placed_at, ready_at)
       SELECT ?, id, ?, ?, ?, ?, ? FROM items WHERE barcode = ?`,
    )
    .run(readerId, status, pickupLocation, status === 'ready' ? '2026-01-12T15:59:59.999Z' : null, placedAt, status === 'ready' ? placedAt : null, barcode);
  return Number(result.lastInsertRowid);
}

export interface LoanRow {
  id: number;
  reader_id: number;
  due_at: string;
  renewals: number;
  last_renewal_reference: string | null;
  returned_at: string | null;
}

export function readLoans(database: SqliteDatabase, readerId: number): LoanRow[] {
  return database
    .prepare('SELECT id, reader_id, due_at, renewals, last_renewal_reference, returned_at FROM loans WHERE reader_id = ? ORDER BY id')
    .all(readerId) as LoanRow[];
}

export function countRows(database: SqliteDatabase, table: string): number {
  return database.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
}

let nextKey = 0;

/** Builds an operation context for a kiosk with a new idempotency key; pass `idempotencyKey` to repeat a request. */
export function kioskContext(overrides: Partial<OperationContext> = {}): OperationContext {
  nextKey += 1;
  return { channel: 'kiosk', source: 'kiosk-central-1', idempotencyKey: `request-${nextKey}`, ...overrides };
}
