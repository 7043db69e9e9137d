import { COMMON_PINS } from './common-pins.ts';

/** Length limits for PINs; digits only, always. */
export interface PinLengthRules {
  minLength: number;
  maxLength: number;
}

/**
 * Why a newly chosen PIN was refused. There are no composition, expiry or history rules: these only
 * catch values a thief would try first or could learn from the reader's card or phone.
 */
export const WEAK_PIN_REASONS = [
  'format',
  'repeated-digit',
  'repeated-pattern',
  'run',
  'keypad-line',
  'year',
  'common',
  'card-digits',
  'default-pin',
] as const;

export type WeakPinReason = (typeof WEAK_PIN_REASONS)[number];

export type NewPinCheck = { allowed: true } | { allowed: false; reason: WeakPinReason };

/** True when the PIN is digits only and within the length limits; the only check an existing PIN gets. */
export function isWellFormedPin(pin: string, rules: PinLengthRules): boolean {
  return /^\d+$/.test(pin) && pin.length >= rules.minLength && pin.length <= rules.maxLength;
}

/**
 * Checks a PIN a reader wants to choose. The default-PIN rule needs the stored default hash, so the
 * caller applies it after this passes.
 */
export function checkNewPin(pin: string, rules: PinLengthRules, cardNumber: string): NewPinCheck {
  const reason = findWeakness(pin, rules, cardNumber);
  return reason ? { allowed: false, reason } : { allowed: true };
}

function findWeakness(pin: string, rules: PinLengthRules, cardNumber: string): WeakPinReason | null {
  if (!isWellFormedPin(pin, rules)) return 'format';
  if (/^(\d)\1*$/.test(pin)) return 'repeated-digit';
  if (isRun(pin)) return 'run';
  if (isKeypadLine(pin)) return 'keypad-line';
  if (isRepeatedBlock(pin)) return 'repeated-pattern';
  if (pin.length === 4 && Number(pin) >= 1930 && Number(pin) <= 2035) return 'year';
  if (COMMON_PINS.has(pin)) return 'common';
  if (cardNumber.includes(pin)) return 'card-digits';
  return null;
}

/** Consecutive digits going up or down by one, wrapping 9→0 (1234, 9876, 7890, 3210). */
function isRun(pin: string): boolean {
  const steps = stepsBetweenDigits(pin);
  return steps.every((step) => step === 1) || steps.every((step) => step === 9);
}

function stepsBetweenDigits(pin: string): number[] {
  const steps: number[] = [];
  for (let index = 1; index < pin.length; index += 1) {
    steps.push((Number(pin[index]) - Number(pin[index - 1]) + 10) % 10);
  }
  return steps;
}

/** Key positions on a telephone or PIN-pad keypad: 1 2 3 / 4 5 6 / 7 8 9 / _ 0 _. */
const KEYPAD: Readonly<Record<string, readonly [number, number]>> = {
  '1': [0, 0], '2': [0, 1], '3': [0, 2],
  '4': [1, 0], '5': [1, 1], '6': [1, 2],
  '7': [2, 0], '8': [2, 1], '9': [2, 2],
  '0': [3, 1],
};

/** Adjacent keys in one straight direction across the whole PIN (2580, 0852, 147, 159). */
function isKeypadLine(pin: string): boolean {
  const positions = [...pin].map((digit) => KEYPAD[digit]!);
  let direction: string | null = null;
  for (let index = 1; index < positions.length; index += 1) {
    const [row, column] = positions[index]!;
    const [previousRow, previousColumn] = positions[index - 1]!;
    const step = [row - previousRow, column - previousColumn];
    if (Math.max(Math.abs(step[0]!), Math.abs(step[1]!)) !== 1) return false;
    const stepName = step.join(',');
    if (direction !== null && stepName !== direction) return false;
    direction = stepName;
  }
  return true;
}

/** The PIN is a shorter block repeated (1212, 123123, 5656). */
function isRepeatedBlock(pin: string): boolean {
  for (let size = 1; size <= pin.length / 2; size += 1) {
    if (pin.length % size === 0 && pin.slice(0, size).repeat(pin.length / size) === pin) return true;
  }
  return false;
}
