import type { Language } from '../../src/domain/language.ts';
import { chargeReasonIn } from '../../src/i18n/charge-reason.ts';
import type { PhoneCallContext } from '../../src/sessions/phone-call.types.ts';
import { phrase, type SpeechPart } from './speech.ts';
import { readableText, spokenAmount, spokenDate, spokenItemCount, spokenTitle } from './spoken-values.ts';

type Sentences = SpeechPart[][];

/** The summary of loans and overdue items, then the main menu; a reader with nothing on loan hears the shorter menu. */
export function accountScript(context: PhoneCallContext, language: Language): Sentences {
  const summary = context.summary ?? { loansCount: 0, overdueCount: 0 };
  const menu = summary.loansCount > 0 ? phrase(language, 'phone.menu') : phrase(language, 'phone.menu.noLoans');
  return [summaryOf(language, summary.loansCount, summary.overdueCount), menu];
}

function summaryOf(language: Language, loans: number, overdue: number): SpeechPart[] {
  if (loans === 0) return phrase(language, 'phone.summary.noLoans');
  const items = spokenItemCount(language, loans);
  if (overdue === 0) return phrase(language, 'phone.summary.noneOverdue', { items });
  if (loans === 1) return phrase(language, 'phone.summary.onlyItemOverdue');
  const overduePart = overdue === 1 ? phrase(language, 'phone.summary.overdueOne') : phrase(language, 'phone.summary.overdueOther', { count: overdue });
  return phrase(language, 'phone.summary.someOverdue', { items, overdue: overduePart });
}

/** Offers one loan for renewal, with its keys; the last loan offers no "next". */
export function loanChoiceScript(context: PhoneCallContext, language: Language): Sentences {
  const loan = context.loans[context.loanIndex];
  if (!loan) return [phrase(language, 'phone.backOrEnd')];
  const total = context.loans.length;
  const position = context.loanIndex + 1;
  const isLast = position === total;
  const key = total === 1 ? 'phone.loanChoice.only' : isLast ? 'phone.loanChoice.last' : 'phone.loanChoice';
  const choice = phrase(language, key, { position, total, title: spokenTitle(language, loan.title), date: spokenDate(language, loan.dueAt) });
  const overdue = loan.overdue ? phrase(language, 'phone.loanChoice.overdue') : [];
  return [choice, overdue, phrase(language, isLast ? 'phone.loanChoice.lastKeys' : 'phone.loanChoice.keys')];
}

/** Reads every loan with its due date, and whether it is overdue. */
export function loansScript(context: PhoneCallContext, language: Language): Sentences {
  const items = context.loans.map((loan, index) =>
    phrase(language, loan.overdue ? 'phone.loans.itemOverdue' : 'phone.loans.item', {
      position: index + 1,
      title: spokenTitle(language, loan.title),
      date: spokenDate(language, loan.dueAt),
    }),
  );
  return [phrase(language, 'phone.loans.intro', { items: spokenItemCount(language, context.loans.length) }), ...items, phrase(language, 'phone.backOrEnd')];
}

/**
 * Reads the total of outstanding charges, then each charge with its reason where the caller's voice can
 * read the reason. A single charge whose reason cannot be read is the total already said, so it is not
 * read again.
 */
export function chargesScript(context: PhoneCallContext, language: Language): Sentences {
  const charges = context.charges;
  if (!charges || charges.items.length === 0) return [phrase(language, 'phone.charges.none'), phrase(language, 'phone.backOrEnd')];
  const total = phrase(language, 'phone.charges.total', { amount: spokenAmount(language, charges.totalCents, charges.currency) });
  const items = charges.items.flatMap((charge, index) => {
    const amount = spokenAmount(language, charge.amountCents, charges.currency);
    const reason = readableText(language, chargeReasonIn({ reasonZh: null, reasonZhHans: null, ...charge }, language));
    if (reason !== null) return [phrase(language, 'phone.charges.itemWithReason', { position: index + 1, reason, amount })];
    return charges.items.length === 1 ? [] : [phrase(language, 'phone.charges.item', { position: index + 1, amount })];
  });
  return [total, ...items, phrase(language, 'phone.backOrEnd')];
}
