import { z } from 'zod';
import { LANGUAGES } from '../domain/language.ts';
import { endOfLibraryDay, isLibraryDate, libraryDateOf, startOfLibraryDay } from '../domain/library-day.ts';

const text = (maxLength: number) => z.string().trim().min(1, 'must not be empty').max(maxLength, `must be at most ${maxLength} characters`);

/** ISO 8601: a date (`2026-01-05`, a Hong Kong library day) or a date and time with `Z` or an offset. */
const isoDateOrDateTime = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  error: 'must be an ISO 8601 date (2026-01-05) or date and time with a zone (2026-01-05T10:30:00+08:00)',
});

const barcode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be 1 to 64 letters, digits or hyphens');

const cardNumber = z
  .string()
  .trim()
  .regex(/^\d[\d\s-]*$/, 'must be digits (spaces and hyphens allowed)');

export const seedReaderSchema = z.strictObject({
  card: cardNumber,
  name: text(200),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s-]*\d{4}$/, 'must be a phone number ending in at least 4 digits'),
  pin: z.string().regex(/^\d+$/, 'must be digits only').optional(),
  language: z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(', ')}` }).optional(),
});

export const seedItemSchema = z.strictObject({
  barcode,
  title: text(500),
  titleZh: text(500).optional(),
});

export const seedLoanSchema = z
  .strictObject({
    card: cardNumber,
    item: barcode,
    borrowedAt: isoDateOrDateTime.transform((value) => toInstant(value, 'start')),
    // Loans fall due at the end of their Hong Kong due day, so only the day of dueAt counts.
    dueAt: isoDateOrDateTime.transform((value) => toInstant(value, 'end')),
    renewals: z.number().int('must be a whole number').min(0, 'must not be negative').optional(),
  })
  .refine((loan) => libraryDateOf(new Date(loan.dueAt)) > libraryDateOf(new Date(loan.borrowedAt)), {
    path: ['dueAt'],
    message: 'must be a later day than borrowedAt',
  });

export const seedHoldSchema = z
  .strictObject({
    card: cardNumber,
    item: barcode,
    status: z.enum(['waiting', 'ready'], { error: 'must be waiting or ready' }),
    // The branch or station code where the item waits.
    pickupAt: text(64)
      .refine((value) => !isoDateOrDateTime.safeParse(value).success, 'names the pickup location (a branch or station code), not a time; give the collection deadline as pickupBy')
      .optional(),
    pickupBy: isoDateOrDateTime.transform((value) => toInstant(value, 'end')).optional(),
  })
  .refine((hold) => hold.status === 'ready' || hold.pickupBy === undefined, { path: ['pickupBy'], message: 'applies only to a ready hold' });

export const seedChargeSchema = z.strictObject({
  card: cardNumber,
  /** Hong Kong dollars, at most two decimal places. */
  amount: z
    .number({ error: 'must be a number of Hong Kong dollars, for example 12.5' })
    .positive('must be more than 0')
    .max(1_000_000, 'must be at most 1000000')
    .refine((amount) => Number.isInteger(Math.round(amount * 100 * 1e6) / 1e6), 'must have at most two decimal places'),
  reason: text(200),
  /** The reason in Traditional Chinese, for the Chinese screens and voices. */
  reasonZh: text(200).optional(),
  createdAt: isoDateOrDateTime.transform((value) => toInstant(value, 'start')).optional(),
});

/** Converts an ISO date or date-time to a UTC ISO instant. A bare date becomes the start or end of that Hong Kong day. */
function toInstant(value: string, edge: 'start' | 'end'): string {
  if (isLibraryDate(value)) return (edge === 'start' ? startOfLibraryDay(value) : endOfLibraryDay(value)).toISOString();
  const instant = new Date(value);
  return edge === 'end' ? endOfLibraryDay(libraryDateOf(instant)).toISOString() : instant.toISOString();
}
