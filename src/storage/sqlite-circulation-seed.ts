import Database from 'better-sqlite3';
import type { CirculationSeedRecords, SeedChargeRecord, SeedHoldRecord, SeedItemRecord, SeedLoanRecord, SeedProblem, SeedSection, WithReader } from '../circulation/seed.types.ts';
import { addLibraryDays, endOfLibraryDay, libraryDateOf } from '../domain/library-day.ts';
import type { LoanRules } from '../domain/loan-rules.ts';
import type { CirculationStatements } from './circulation-statements.ts';
import type { SqliteDatabase } from './database.ts';

/**
 * Inserts validated seed records inside the caller's transaction, each in its own savepoint. A record that
 * conflicts with stored data, or with an earlier record of the same file, is reported and skipped while
 * the others load. Returns the problems in section and index order.
 */
export function loadSeedRecords(
  database: SqliteDatabase,
  statements: CirculationStatements,
  records: CirculationSeedRecords,
  now: Date,
  rules: LoanRules,
): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const createdAt = now.toISOString();
  const attempt = (section: SeedSection, index: number, insert: () => string | null) => {
    try {
      const conflict = database.transaction(insert)();
      if (conflict) problems.push({ section, index, reason: conflict });
    } catch (error) {
      if (!(error instanceof Database.SqliteError)) throw error;
      problems.push({ section, index, reason: `the database rejected the record: ${error.message}` });
    }
  };

  for (const item of records.items) attempt('items', item.index, () => insertItem(statements, item, createdAt));
  for (const loan of records.loans) attempt('loans', loan.index, () => insertLoan(statements, loan));

  const defaultPickupBy = endOfLibraryDay(addLibraryDays(libraryDateOf(now), rules.holdPickupDays)).toISOString();
  for (const hold of records.holds) attempt('holds', hold.index, () => insertHold(statements, hold, createdAt, defaultPickupBy));

  // A charge has no natural key. Identical charges in one file are distinguished by their order, so a file
  // loaded again skips each charge it loaded before and still loads two identical charges once each. The key
  // leaves out reasonZh, a translation, so adding one to the file later does not charge the reader again.
  const identicalBefore = new Map<string, number>();
  for (const charge of records.charges) {
    const content = JSON.stringify([charge.readerId, charge.amountCents, charge.reason, charge.createdAt]);
    const occurrence = (identicalBefore.get(content) ?? 0) + 1;
    identicalBefore.set(content, occurrence);
    attempt('charges', charge.index, () => insertCharge(statements, charge, `${content}#${occurrence}`, createdAt));
  }
  return problems;
}

function insertCharge(statements: CirculationStatements, charge: WithReader<SeedChargeRecord>, seedKey: string, createdAt: string): string | null {
  if (statements.chargeSeedKeyExists.get(seedKey) !== 0) return 'this charge was already loaded from a seed file';
  statements.insertSeededCharge.run(charge.readerId, charge.amountCents, charge.reason, charge.reasonZh, charge.createdAt ?? createdAt, seedKey);
  return null;
}

/** Each insert returns why the record conflicts with stored data, or null once it is inserted. */
function insertItem(statements: CirculationStatements, item: SeedItemRecord, createdAt: string): string | null {
  if (statements.itemByBarcode.get(item.barcode)) return `an item with barcode ${item.barcode} already exists`;
  statements.insertItem.run(item.barcode, item.title, item.titleZh, createdAt);
  return null;
}

function insertLoan(statements: CirculationStatements, loan: WithReader<SeedLoanRecord>): string | null {
  const item = statements.itemByBarcode.get(loan.itemBarcode);
  if (!item) return `no item has barcode ${loan.itemBarcode}; add it to items`;
  if (statements.openLoanOfItem.get(item.id)) return `item ${loan.itemBarcode} is already on loan`;
  statements.insertLoan.run(loan.readerId, item.id, loan.borrowedAt, loan.dueAt, loan.renewals, null);
  return null;
}

function insertHold(statements: CirculationStatements, hold: WithReader<SeedHoldRecord>, createdAt: string, defaultPickupBy: string): string | null {
  const item = statements.itemByBarcode.get(hold.itemBarcode);
  if (!item) return `no item has barcode ${hold.itemBarcode}; add it to items`;

  const loan = statements.openLoanOfItem.get(item.id);
  if (loan?.reader_id === hold.readerId) return `the reader already has item ${hold.itemBarcode} on loan`;
  const activeHolds = statements.activeHoldsOfItem.all(item.id);
  if (activeHolds.some((active) => active.reader_id === hold.readerId)) return `the reader already has a hold on item ${hold.itemBarcode}`;
  if (hold.status === 'ready') {
    if (loan) return `a ready hold needs the item on the shelf, but item ${hold.itemBarcode} is on loan`;
    if (activeHolds.some((active) => active.status === 'ready')) return `item ${hold.itemBarcode} is already ready for another reader`;
  }

  const ready = hold.status === 'ready';
  statements.insertHold.run(hold.readerId, item.id, hold.status, hold.pickupLocation, ready ? (hold.pickupBy ?? defaultPickupBy) : null, createdAt, ready ? createdAt : null);
  return null;
}
