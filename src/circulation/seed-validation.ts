import type { z } from 'zod';
import type { LoanRules } from '../domain/loan-rules.ts';
import { seedChargeSchema, seedHoldSchema, seedItemSchema, seedLoanSchema, seedReaderSchema } from './seed.schema.ts';
import {
  SEED_SECTIONS,
  type SeedChargeRecord,
  type SeedHoldRecord,
  type SeedItemRecord,
  type SeedLoanRecord,
  type SeedProblem,
  type SeedReaderRecord,
  type SeedSection,
  type ValidatedSeed,
} from './seed.types.ts';

/**
 * Validates a whole seed document record by record without touching storage. Each bad record becomes a
 * problem with its section, index and reason, and the good ones are returned converted (cents, UTC instants).
 * A loan whose `renewals` is above `maxConsecutiveRenewals` is rejected, because the rules allow no such loan.
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

  seed.readers = parseSection(sections, 'readers', seedReaderSchema, seed.problems, toReaderRecord);
  seed.items = parseSection(sections, 'items', seedItemSchema, seed.problems, toItemRecord);
  seed.loans = parseSection(sections, 'loans', seedLoanSchema, seed.problems, toLoanRecord);
  seed.holds = parseSection(sections, 'holds', seedHoldSchema, seed.problems, toHoldRecord);
  seed.charges = parseSection(sections, 'charges', seedChargeSchema, seed.problems, toChargeRecord);

  seed.loans = seed.loans.filter((loan) => {
    if (loan.renewals <= rules.maxConsecutiveRenewals) return true;
    seed.problems.push({ section: 'loans', index: loan.index, reason: `renewals: must be at most ${rules.maxConsecutiveRenewals}, the renewal limit` });
    return false;
  });
  seed.items = dropRepeatedBarcodes(seed.items, seed.problems);
  seed.problems = sortSeedProblems(seed.problems);
  return seed;
}

const toReaderRecord = (reader: z.output<typeof seedReaderSchema>, index: number): SeedReaderRecord => ({
  index,
  card: reader.card,
  name: reader.name,
  phone: reader.phone,
  pin: reader.pin ?? null,
  language: reader.language ?? null,
});

const toItemRecord = (item: z.output<typeof seedItemSchema>, index: number): SeedItemRecord => ({ index, barcode: item.barcode, title: item.title, titleZh: item.titleZh ?? null });

const toLoanRecord = (loan: z.output<typeof seedLoanSchema>, index: number): SeedLoanRecord => ({
  index,
  card: loan.card,
  itemBarcode: loan.item,
  borrowedAt: loan.borrowedAt,
  dueAt: loan.dueAt,
  renewals: loan.renewals ?? 0,
});

const toHoldRecord = (hold: z.output<typeof seedHoldSchema>, index: number): SeedHoldRecord => ({
  index,
  card: hold.card,
  itemBarcode: hold.item,
  status: hold.status,
  pickupLocation: hold.pickupAt ?? null,
  pickupBy: hold.pickupBy ?? null,
});

const toChargeRecord = (charge: z.output<typeof seedChargeSchema>, index: number): SeedChargeRecord => ({
  index,
  card: charge.card,
  amountCents: Math.round(charge.amount * 100),
  reason: charge.reason,
  reasonZh: charge.reasonZh ?? null,
  createdAt: charge.createdAt ?? null,
});

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

/** Orders problems as the sections load (document problems first), then by index. */
export function sortSeedProblems(problems: SeedProblem[]): SeedProblem[] {
  const order = (section: SeedProblem['section']) => (section === 'document' ? -1 : SEED_SECTIONS.indexOf(section));
  return [...problems].sort((left, right) => order(left.section) - order(right.section) || (left.index ?? -1) - (right.index ?? -1));
}
