import { maskCardNumber } from '../domain/card-number.ts';
import type { Clock } from '../domain/clock.ts';
import type { LoanRules } from '../domain/loan-rules.ts';
import type { CirculationStore } from './circulation.store.ts';
import { sortSeedProblems, validateSeedDocument } from './seed-validation.ts';
import { type CirculationSeedRecords, type SeedProblem, type SeedSection, type WithReader } from './seed.types.ts';

export { validateSeedDocument } from './seed-validation.ts';

/** Maps a card number to the id of the enrolled reader, or null when no reader has it. */
export type ReaderResolver = (card: string) => number | null | Promise<number | null>;

export interface SeedLoadReport {
  loaded: Record<'items' | 'loans' | 'holds' | 'charges', number>;
  /** Problems of the items, loans, holds and charges sections (readers are enrolled and reported separately). */
  problems: SeedProblem[];
}

export interface SeedLoaderDependencies {
  store: CirculationStore;
  /** Resolves card numbers, so readers must be enrolled before their loans, holds and charges load. */
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
    problems: sortSeedProblems(problems),
  };
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
