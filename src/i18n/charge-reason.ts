import type { ChargeView } from '../circulation/circulation.types.ts';
import type { Language } from '../domain/language.ts';

/**
 * Returns a charge's reason in the reader's language: the Chinese reason for Traditional Chinese, its
 * Simplified form for Simplified Chinese, and the reason as typed when no Chinese reason was given.
 */
export function chargeReasonIn(charge: Pick<ChargeView, 'reason' | 'reasonZh' | 'reasonZhHans'>, language: Language): string {
  if (language === 'en' || !charge.reasonZh) return charge.reason;
  return language === 'zh-Hans' ? (charge.reasonZhHans ?? charge.reasonZh) : charge.reasonZh;
}
