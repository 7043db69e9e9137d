import { MINUTE_MS } from './clock.ts';

/** Thresholds for locking a card after failed PIN attempts in a row. */
export interface LockoutRules {
  cardFailuresBeforeLock: number;
  cardFirstLockMinutes: number;
  cardMaxLockMinutes: number;
  cardFailuresBeforeStaffLock: number;
}

export type LockDecision = { kind: 'none' } | { kind: 'until'; until: Date } | { kind: 'staff' };

/**
 * Decides the lock after `failuresInRow` consecutive failures. With the defaults: 5 locks for 15 minutes,
 * each further failure doubles the time up to 24 hours, and 15 locks until staff unlock.
 */
export function lockAfterFailures(failuresInRow: number, now: Date, rules: LockoutRules): LockDecision {
  if (failuresInRow >= rules.cardFailuresBeforeStaffLock) return { kind: 'staff' };
  if (failuresInRow < rules.cardFailuresBeforeLock) return { kind: 'none' };

  const doublings = failuresInRow - rules.cardFailuresBeforeLock;
  const minutes = Math.min(rules.cardFirstLockMinutes * 2 ** doublings, rules.cardMaxLockMinutes);
  return { kind: 'until', until: new Date(now.getTime() + minutes * MINUTE_MS) };
}

/** Lock state as stored for a card. */
export interface CardLockState {
  failuresInRow: number;
  lockedUntil: Date | null;
  staffLock: boolean;
}

export function isCardLocked(state: CardLockState, now: Date): boolean {
  return state.staffLock || (state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime());
}
