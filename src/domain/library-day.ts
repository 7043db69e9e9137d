import { DAY_MS, MINUTE_MS } from './clock.ts';

/**
 * Library days are Hong Kong calendar days: a loan is due at the end of its due day in Hong Kong, whatever
 * the time of the checkout. Hong Kong has kept UTC+8 all year since 1979 (no daylight saving), so a fixed
 * offset is exact and the rules need no time zone database.
 */
export const LIBRARY_UTC_OFFSET_MINUTES = 8 * 60;

/** IANA name of the library's time zone, for formatting dates with `Intl`. */
export const LIBRARY_TIME_ZONE = 'Asia/Hong_Kong';

const OFFSET_MS = LIBRARY_UTC_OFFSET_MINUTES * MINUTE_MS;

/** A Hong Kong calendar date, `YYYY-MM-DD`. */
export type LibraryDate = string;

const LIBRARY_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isLibraryDate(text: string): text is LibraryDate {
  return LIBRARY_DATE_PATTERN.test(text) && new Date(`${text}T00:00:00.000Z`).toISOString().startsWith(text);
}

/** Returns the Hong Kong calendar date of an instant. */
export function libraryDateOf(instant: Date): LibraryDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function addLibraryDays(date: LibraryDate, days: number): LibraryDate {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Returns the first millisecond of the library day (00:00:00.000 in Hong Kong). */
export function startOfLibraryDay(date: LibraryDate): Date {
  return new Date(utcMidnight(date) - OFFSET_MS);
}

/** Returns the last millisecond of the library day (23:59:59.999 in Hong Kong), the moment a loan falls due. */
export function endOfLibraryDay(date: LibraryDate): Date {
  return new Date(utcMidnight(date) + DAY_MS - OFFSET_MS - 1);
}

function utcMidnight(date: LibraryDate): number {
  if (!isLibraryDate(date)) throw new RangeError(`Invalid library date ${JSON.stringify(date)}; expected YYYY-MM-DD`);
  return Date.parse(`${date}T00:00:00.000Z`);
}
