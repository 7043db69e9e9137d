import type { z } from 'zod';
import { maskCardNumber } from '../domain/card-number.ts';
import type { Clock } from '../domain/clock.ts';
import type { LoanRules } from '../domain/loan-rules.ts';
import type { CirculationStore } from './circulation.store.ts';
import { seedChargeSchema, seedHoldSchema, seedItemSchema, seedLoanSchema, seedReaderSchema } from './seed.schema.ts';
import {
  SEED_SECTIONS,
  type CirculationSeedRecords,
  type SeedProblem,
  type SeedSection,
  type ValidatedSeed,
  type WithReader,
} from './seed.types.ts';

/**
 * Validates a whole seed document record by record without touching storage. Each bad record becomes a
 * problem with its section, index and reason; the good ones are returned converted (cents, UTC instants).
 * `renewals` above `maxConsecutiveRenewals` is rejected because such a loan could never be renewed.
 */
export function validateSeedDocument(document: unknown, rules: Pick<LoanRules, 'maxConsecutiveRenewals'>): ValidatedSeed {
  const seed: ValidatedSeed = { readers: [], items: [], loans: [], holds: [], charges: [], problems: [] };
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    seed.problems.push({ section: 'document', index: null, reason: 'must be a JSON object with readers, items, loans, holds and charges arrays' });
    return seed;
  }

  const sections = document as Record<string, unknown>;
  for (const key of Object.keys(sections)) {
    if (!(SEED_SECTIONS as readonly string[]).includes(key)) {
      seed.problems.push({ section: 'document', index: null, reason: `unknown section ${JSON.stringify(key)}; expected ${SEED_SECTIONS.join(', ')}` });
    }
  }

  seed.readers = parseSection(sections, 'readers', seedReaderSchema, seed.problems, (reader, index) => ({
    index,
    card: reader.card,
    name: reader.name,
    phone: reader.phone,
    pin: reader.pin ?? null,
    language: reader.language ?? null,
  }));
  seed.items = parseSection(sections, 'items', seedItemSchema, seed.problems, (item, index) => ({ index, barcode: item.barcode, title: item.title, titleZh: item.titleZh ?? null }));
  seed.loans = parseSection(sections, 'loans', seedLoanSchema, seed.problems, (loan, index) => ({
    index,
    card: loan.card,
    itemBarcode: loan.item,
    borrowedAt: loan.borrowedAt,
    dueAt: loan.dueAt,
    renewals: loan.renewals ?? 0,
  }));
  seed.holds = parseSection(sections, 'holds', seedHoldSchema, seed.problems, (hold, index) => ({
    index,
    card: hold.card,
    itemBarcode: hold.item,
    status: hold.status,
    pickupLocation: hold.pickupAt ?? null,
    pickupBy: hold.pickupBy ?? null,
  }));
  seed.charges = parseSection(sections, 'charges', seedChargeSchema, seed.problems, (charge, index) => ({
    index,
    card: charge.card,
    amountCents: Math.round(charge.amount * 100),
    reason: charge.reason,
    createdAt: charge.createdAt ?? null,
  }));

  seed.loans = seed.loans.filter((loan) => {
    if (loan.renewals <= rules.maxConsecutiveRenewals) return true;
    seed.problems.push({ section: 'loans', index: loan.index, reason: `renewals: must be at most ${rules.maxConsecutiveRenewals}, the renewal limit` });
    return false;
  });
  seed.items = dropRepeatedBarcodes(seed.items, seed.problems);
  return seed;
}

/** Maps a card number to the id of the enrolled reader, or null when no reader has it. */
export type ReaderResolver = (card: string) => number | null | Promise<number | null>;

export interface SeedLoadReport {
  loaded: Record<'items' | 'loans' | 'holds' | 'charges', number>;
  /** Problems of the items, loans, holds and charges sections (readers are enrolled and reported separately). */
  problems: SeedProblem[];
}

export interface SeedLoaderDependencies {
  store: CirculationStore;
  /** Resolves card numbers; readers must be enrolled before their loans, holds and charges load. */
  resolveReader: ReaderResolver;
  clock: Clock;
  rules: LoanRules;
}

/**
 * Loads the items, loans, holds and charges of a seed document. Bad records are reported with their
 * section, index and reason, and every good record is loaded.
 */
export async function loadCirculationSeed(document: unknown, dependencies: SeedLoaderDependencies): Promise<SeedLoadReport> {
  const seed = validateSeedDocument(document, dependencies.rules);
  const problems = seed.problems.filter((problem) => problem.section !== 'readers');

  const records: CirculationSeedRecords = {
    items: seed.items,
    loans: await resolveReaders('loans', seed.loans, dependencies.resolveReader, problems),
    holds: await resolveReaders('holds', seed.holds, dependencies.resolveReader, problems),
    charges: await resolveReaders('charges', seed.charges, dependencies.resolveReader, problems),
  };
  const storeProblems = await dependencies.store.loadSeed(records, dependencies.clock.now(), dependencies.rules);
  problems.push(...storeProblems);

  const rejected = (section: SeedSection) => storeProblems.filter((problem) => problem.section === section).length;
  return {
    loaded: {
      items: records.items.length - rejected('items'),
      loans: records.loans.length - rejected('loans'),
      holds: records.holds.length - rejected('holds'),
      charges: records.charges.length - rejected('charges'),
    },
    problems: sortProblems(problems),
  };
}

function parseSection<Schema extends z.ZodType, Converted>(
  sections: Readonly<Record<string, unknown>>,
  section: SeedSection,
  schema: Schema,
  problems: SeedProblem[],
  convert: (value: z.output<Schema>, index: number) => Converted,
): Converted[] {
  const entries = sections[section];
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) {
    problems.push({ section, index: null, reason: 'must be an array of records' });
    return [];
  }

  const records: Converted[] = [];
  entries.forEach((entry: unknown, index) => {
    const parsed = schema.safeParse(entry);
    if (parsed.success) records.push(convert(parsed.data, index));
    else problems.push({ section, index, reason: describeIssues(entry, parsed.error.issues) });
  });
  return records;
}

function describeIssues(entry: unknown, issues: readonly z.core.$ZodIssue[]): string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'must be an object';
  const fields = entry as Record<string, unknown>;
  return issues
    .map((issue) => {
      const field = issue.path.map(String).join('.');
      if (field && fields[field] === undefined && issue.code === 'invalid_type') return `${field}: is required`;
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function dropRepeatedBarcodes<Item extends { index: number; barcode: string }>(items: Item[], problems: SeedProblem[]): Item[] {
  const firstIndex = new Map<string, number>();
  return items.filter((item) => {
    const earlier = firstIndex.get(item.barcode);
    if (earlier === undefined) {
      firstIndex.set(item.barcode, item.index);
      return true;
    }
    problems.push({ section: 'items', index: item.index, reason: `barcode ${item.barcode} already appears at items[${earlier}]` });
    return false;
  });
}

async function resolveReaders<Entry extends { index: number; card: string }>(
  section: SeedSection,
  records: Entry[],
  resolveReader: ReaderResolver,
  problems: SeedProblem[],
): Promise<WithReader<Entry>[]> {
  const resolved: WithReader<Entry>[] = [];
  for (const record of records) {
    const card = record.card.replace(/[\s-]/g, '');
    const readerId = await resolveReader(card);
    if (readerId === null) problems.push({ section, index: record.index, reason: `no reader has card ${maskCardNumber(card)}; enrol the reader first` });
    else resolved.push({ ...record, readerId });
  }
  return resolved;
}

function sortProblems(problems: SeedProblem[]): SeedProblem[] {
  const order = (section: SeedProblem['section']) => (section === 'document' ? -1 : SEED_SECTIONS.indexOf(section));
  return [...problems].sort((left, right) => order(left.section) - order(right.section) || (left.index ?? -1) - (right.index ?? -1));
}
