import type { Config } from '../config/config.ts';
import { checkCardNumber } from '../domain/card-number.ts';
import { AppError } from '../errors/app-error.ts';

/** Validates a card number from a URL or body; throws CARD_NUMBER_INVALID naming the problem. */
export function parseCardParam(raw: string, rules: Config['cardNumber']): string {
  const check = checkCardNumber(raw, rules);
  if (!check.valid) throw new AppError('CARD_NUMBER_INVALID', { reason: check.reason });
  return check.card;
}
