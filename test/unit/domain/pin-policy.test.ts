import { describe, expect, it } from 'vitest';
import { COMMON_PINS } from '../../../src/domain/common-pins.ts';
import { lockAfterFailures } from '../../../src/domain/lockout-policy.ts';
import { checkNewPin, isWellFormedPin } from '../../../src/domain/pin-policy.ts';

const rules = { minLength: 4, maxLength: 12 };
const card = '27301000010018';

describe('PIN format', () => {
  it.each(['0000', '7392', '123456789012', '0042'])('accepts %s as well formed', (pin) => {
    expect(isWellFormedPin(pin, rules)).toBe(true);
  });

  it.each(['123', '1234567890123', '12a4', 'Abc1!xyz', ' 1234', '', '12 34'])('rejects %j', (pin) => {
    expect(isWellFormedPin(pin, rules)).toBe(false);
  });
});

describe('choosing a new PIN', () => {
  it.each([
    ['1111', 'repeated-digit'],
    ['999999', 'repeated-digit'],
    ['1234', 'run'],
    ['9876', 'run'],
    ['7890', 'run'],
    ['3456789', 'run'],
    ['2580', 'keypad-line'],
    ['0852', 'keypad-line'],
    ['1212', 'repeated-pattern'],
    ['123123', 'repeated-pattern'],
    ['1930', 'year'],
    ['1988', 'year'],
    ['2035', 'year'],
    ['6996', 'common'],
    ['1004', 'common'],
    ['0007', 'common'],
    ['0100', 'card-digits'],
    ['12a4', 'format'],
    ['123', 'format'],
  ])('refuses %s because of %s', (pin, reason) => {
    expect(checkNewPin(pin, rules, card)).toEqual({ allowed: false, reason });
  });

  it.each(['7392', '1929', '2036', '739264', '4821', '90210'])('allows %s, digits only with no letters', (pin) => {
    expect(checkNewPin(pin, rules, card)).toEqual({ allowed: true });
  });

  it('keeps one hundred distinct common PINs', () => {
    expect(COMMON_PINS.size).toBe(100);
    for (const pin of COMMON_PINS) expect(pin).toMatch(/^\d{4}$/);
  });
});

describe('card lockout', () => {
  const lockout = { cardFailuresBeforeLock: 5, cardFirstLockMinutes: 15, cardMaxLockMinutes: 1440, cardFailuresBeforeStaffLock: 15 };
  const now = new Date('2026-03-01T10:00:00Z');
  const minutesLocked = (failures: number) => {
    const decision = lockAfterFailures(failures, now, lockout);
    return decision.kind === 'until' ? (decision.until.getTime() - now.getTime()) / 60_000 : decision.kind;
  };

  it('does not lock before five failures', () => {
    expect(minutesLocked(4)).toBe('none');
  });

  it.each([
    [5, 15],
    [6, 30],
    [7, 60],
    [11, 960],
    [12, 1440],
    [14, 1440],
  ])('locks for the doubled time after %i failures', (failures, minutes) => {
    expect(minutesLocked(failures)).toBe(minutes);
  });

  it('needs staff to unlock after fifteen failures', () => {
    expect(minutesLocked(15)).toBe('staff');
  });
});
