import type { Language } from '../domain/language.ts';

/** Sections of a seed document, in the order they are loaded. */
export const SEED_SECTIONS = ['readers', 'items', 'loans', 'holds', 'charges'] as const;

export type SeedSection = (typeof SEED_SECTIONS)[number];

/** A rejected seed record: its section, its position in that section (from 0) and why. */
export interface SeedProblem {
  /** `document` when the file as a whole is unusable. */
  section: SeedSection | 'document';
  /** Null for a problem with the whole document or a whole section. */
  index: number | null;
  reason: string;
}

export interface SeedReaderRecord {
  index: number;
  card: string;
  name: string;
  phone: string;
  pin: string | null;
  language: Language | null;
}

export interface SeedItemRecord {
  index: number;
  barcode: string;
  title: string;
  titleZh: string | null;
}

export interface SeedLoanRecord {
  index: number;
  card: string;
  itemBarcode: string;
  borrowedAt: string;
  /** End of the Hong Kong due day, whatever time of day the file gave. */
  dueAt: string;
  renewals: number;
}

export interface SeedHoldRecord {
  index: number;
  card: string;
  itemBarcode: string;
  status: 'waiting' | 'ready';
  pickupLocation: string | null;
  pickupBy: string | null;
}

export interface SeedChargeRecord {
  index: number;
  card: string;
  amountCents: number;
  reason: string;
  reasonZh: string | null;
  createdAt: string | null;
}

/** Every record of a seed document that passed validation, with the problems of those that did not. */
export interface ValidatedSeed {
  readers: SeedReaderRecord[];
  items: SeedItemRecord[];
  loans: SeedLoanRecord[];
  holds: SeedHoldRecord[];
  charges: SeedChargeRecord[];
  problems: SeedProblem[];
}

/** A record whose card number has been resolved to the id of an enrolled reader. */
export type WithReader<Record> = Record & { readerId: number };

/** Validated circulation records ready for the store. */
export interface CirculationSeedRecords {
  items: SeedItemRecord[];
  loans: WithReader<SeedLoanRecord>[];
  holds: WithReader<SeedHoldRecord>[];
  charges: WithReader<SeedChargeRecord>[];
}
