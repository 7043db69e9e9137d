import { checkCardNumber, type CardNumberRules } from '../src/domain/card-number.ts';
import type { PinVault } from '../src/sessions/pin-vault.ts';
import type { MenuKey, PhoneCallEvent } from '../src/sessions/phone-call.types.ts';
import type { CardVault } from './card-vault.ts';
import type { CallSnapshot } from './call-machine.ts';

/** What a state asks the caller for: one menu key, a card number, a PIN, or nothing. */
export type ExpectedInput = 'key' | 'card' | 'pin' | 'none';

/** Longest `Digits` value looked at; anything longer is an invalid entry without further reading. */
export const MAX_DIGITS_LENGTH = 64;

const DIGITS_CHARACTERS = /^[0-9*#]+$/;

export interface InputRules {
  cardNumber: CardNumberRules;
  pinMinLength: number;
  pinMaxLength: number;
}

export interface InputVaults {
  cardVault: CardVault;
  pinVault: PinVault;
}

export function expectedInputOf(snapshot: CallSnapshot): ExpectedInput {
  if (snapshot.status !== 'active') return 'none';
  switch (snapshot.value) {
    case 'enteringCard':
      return 'card';
    case 'enteringPin':
      return 'pin';
    case 'choosingLanguage':
    case 'mainMenu':
    case 'renewAllResult':
    case 'refusalReasons':
    case 'choosingLoan':
    case 'renewOneResult':
    case 'hearingLoans':
    case 'hearingCharges':
      return 'key';
    default:
      return 'none';
  }
}

/**
 * Turns Twilio's `Digits` into the call's event. Silence and an empty entry are `NO_INPUT`; a value of the
 * wrong shape (letters, `*` inside a number, too long) is `INVALID_INPUT`, never an error. A lone `*` at the
 * PIN question is `CARD_CHANGE_REQUESTED`, which the call accepts only once it has offered it. A valid card
 * number or PIN is put in its vault and only the handle travels on.
 */
export function eventForDigits(
  expected: ExpectedInput,
  digits: string | undefined,
  context: { rules: InputRules; vaults: InputVaults; cardHandle: string | null; requestKey: string },
): PhoneCallEvent | null {
  if (expected === 'none') return null;
  if (digits === undefined || digits === '') return { type: 'NO_INPUT' };
  if (digits.length > MAX_DIGITS_LENGTH || !DIGITS_CHARACTERS.test(digits)) return { type: 'INVALID_INPUT' };

  if (expected === 'key') {
    return /^[0-9*]$/.test(digits) ? { type: 'KEY_PRESSED', key: digits as MenuKey, requestKey: context.requestKey } : { type: 'INVALID_INPUT' };
  }
  // `#` finishes the PIN and never reaches `Digits`, but `*` does: alone, it asks to key the card number again.
  if (expected === 'pin' && digits === '*') return { type: 'CARD_CHANGE_REQUESTED' };
  if (!/^\d+$/.test(digits)) return { type: 'INVALID_INPUT' };

  if (expected === 'card') {
    const check = checkCardNumber(digits, context.rules.cardNumber);
    return check.valid ? { type: 'CARD_ENTERED', cardHandle: context.vaults.cardVault.deposit(check.card) } : { type: 'CARD_INVALID' };
  }

  if (digits.length < context.rules.pinMinLength || digits.length > context.rules.pinMaxLength) return { type: 'INVALID_INPUT' };
  if (context.cardHandle === null || context.vaults.cardVault.read(context.cardHandle) === undefined) return { type: 'CARD_LOST' };
  return { type: 'PIN_ENTERED', pinHandle: context.vaults.pinVault.deposit(digits) };
}
