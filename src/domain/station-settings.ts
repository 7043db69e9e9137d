/** Items a reader may have on loan when borrowing at a self-service station, unless its enrolment sets fewer. */
export const DEFAULT_STATION_ITEM_LIMIT = 10;

/** How one self-service station is set up; fixed at its enrolment. */
export interface StationSettings {
  /** Items a reader may have on loan, in all, after borrowing or picking up here; at most the service's `loanRules.maxItemsOnLoan`. */
  itemLimit: number;
  /**
   * Refuse the default PIN (last 4 phone digits) at this station even when the service's hardened profile is
   * off. It can only add that refusal: a station without it still follows `pinPolicy.hardenedProfile`.
   */
  hardenedProfile: boolean;
}

export type StationSettingsCheck =
  | { valid: true; settings: StationSettings }
  | { valid: false; field: 'itemLimit'; problem: string };

/**
 * Fills in the defaults and checks a station's settings against the service's item limit. The item limit
 * must be a whole number from 1 to `maxItemsOnLoan`, because a station may lower the limit but never raise it.
 */
export function checkStationSettings(input: { itemLimit?: number; hardenedProfile?: boolean }, maxItemsOnLoan: number): StationSettingsCheck {
  const itemLimit = input.itemLimit ?? Math.min(DEFAULT_STATION_ITEM_LIMIT, maxItemsOnLoan);
  if (!Number.isInteger(itemLimit) || itemLimit < 1 || itemLimit > maxItemsOnLoan) {
    return { valid: false, field: 'itemLimit', problem: `must be a whole number from 1 to ${maxItemsOnLoan}, the service's loanRules.maxItemsOnLoan` };
  }
  return { valid: true, settings: { itemLimit, hardenedProfile: input.hardenedProfile ?? false } };
}

/**
 * The item limit a station applies now. The service's limit may have been lowered since the station was
 * enrolled; the lower of the two wins.
 */
export function effectiveItemLimit(settings: StationSettings, maxItemsOnLoan: number): number {
  return Math.min(settings.itemLimit, maxItemsOnLoan);
}

/** Items the reader may still borrow or pick up at the station, given how many they have on loan. */
export function remainingAllowance(itemLimit: number, loansCount: number): number {
  return Math.max(0, itemLimit - loansCount);
}
