import type { Language } from '../../src/domain/language.ts';
import type { PhoneCallContext } from '../../src/sessions/phone-call.types.ts';
import { phrase, type SpeechPart } from './speech.ts';
import { spokenAmount, spokenDate, spokenItemCount, spokenTitle } from './spoken-values.ts';

type Sentences = SpeechPart[][];

/** The summary of loans and overdue items, then the main menu. */
export function accountScript(context: PhoneCallContext, language: Language): Sentences {
  const summary = context.summary ?? { loansCount: 0, overdueCount: 0 };
  return [summaryOf(language, summary.loansCount, summary.overdueCount), phrase(language, 'phone.menu')];
}

function summaryOf(language: Language, loans: number, overdue: number): SpeechPart[] {
  if (loans === 0) return phrase(language, 'phone.summary.noLoans');
  const items = spokenItemCount(language, loans);
  if (overdue === 0) return phrase(language, 'phone.summary.noneOverdue', { items });
  if (loans === 1) return phrase(language, 'phone.summary.onlyItemOverdue');
  const overduePart = overdue === 1 ? phrase(language, 'phone.summary.overdueOne') : phrase(language, 'phone.summary.overdueOther', { count: overdue });
  return phrase(language, 'phone.summary.someOverdue', { items, overdue: overduePart });
}

/** Renew-all result: the reference, the new due date or the items renewed, and `1` for the reasons. */
export function renewAllScript(context: PhoneCallContext, language: Language): Sentences {
  const result = context.renewAll;
  if (!result) return [phrase(language, 'phone.backOrEnd')];
  const reference = { digits: result.reference };
  const renewed = result.renewed.map((loan) => phrase(language, 'phone.renewedItem', { title: spokenTitle(language, loan.title), date: spokenDate(language, loan.newDueAt) }));

  if (result.refused.length === 0) {
    const items = spokenItemCount(language, result.renewed.length);
    const dates = new Set(result.renewed.map((loan) => spokenDate(language, loan.newDueAt)));
    const [onlyDate] = dates;
    if (dates.size === 1 && onlyDate !== undefined) {
      return [phrase(language, 'phone.renewAll.allRenewed', { items, reference, date: onlyDate }), phrase(language, 'phone.backOrEnd')];
    }
    return [phrase(language, 'phone.renewAll.allRenewedEachDate', { items, reference }), ...renewed, phrase(language, 'phone.backOrEnd')];
  }

  const refusedItems = spokenItemCount(language, result.refused.length);
  const renewedPart = renewed.length > 0 ? [phrase(language, 'phone.renewAll.renewedIntro'), ...renewed] : [phrase(language, 'phone.renewAll.noneRenewed')];
  return [
    phrase(language, 'phone.renewAll.someRefused', { items: refusedItems, reference }),
    ...renewedPart,
    phrase(language, 'phone.renewAll.hearReasons'),
    phrase(language, 'phone.backOrEnd'),
  ];
}

/** Lists why each item of the last renew-all was not renewed. */
export function refusalsScript(context: PhoneCallContext, language: Language): Sentences {
  const refused = context.renewAll?.refused ?? [];
  const reasons = refused.map((loan) =>
    phrase(language, 'phone.refusedItem', { title: spokenTitle(language, loan.title), reason: phrase(language, `phone.reason.${loan.reason}`) }),
  );
  return [...reasons, phrase(language, 'phone.backOrEnd')];
}

/** Offers one loan for renewal, with its keys. */
export function loanChoiceScript(context: PhoneCallContext, language: Language): Sentences {
  const loan = context.loans[context.loanIndex];
  if (!loan) return [phrase(language, 'phone.backOrEnd')];
  const choice = phrase(language, 'phone.loanChoice', {
    position: context.loanIndex + 1,
    total: context.loans.length,
    title: spokenTitle(language, loan.title),
    date: spokenDate(language, loan.dueAt),
  });
  const overdue = loan.overdue ? phrase(language, 'phone.loanChoice.overdue') : [];
  return [choice, overdue, phrase(language, 'phone.loanChoice.keys')];
}

/** Renew-one result: the reference and the new due date, or the reason; then `1` renews another. */
export function renewOneScript(context: PhoneCallContext, language: Language): Sentences {
  const result = context.renewOne;
  const keys = phrase(language, 'phone.renewOne.keys');
  if (!result) return [keys];
  const reference = { digits: result.reference };
  if (result.outcome === 'renewed') {
    const renewed = phrase(language, 'phone.renewOne.renewed', { title: spokenTitle(language, result.title), reference, date: spokenDate(language, result.newDueAt) });
    return [renewed, keys];
  }
  const reason = phrase(language, `phone.reason.${result.reason}`);
  const refused = result.title
    ? phrase(language, 'phone.renewOne.refused', { title: spokenTitle(language, result.title), reason, reference })
    : phrase(language, 'phone.renewOne.refusedUnknownItem', { reason, reference });
  return [refused, keys];
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

/** Reads the total of outstanding charges and each charge. */
export function chargesScript(context: PhoneCallContext, language: Language): Sentences {
  const charges = context.charges;
  if (!charges || charges.items.length === 0) return [phrase(language, 'phone.charges.none'), phrase(language, 'phone.backOrEnd')];
  const total = phrase(language, 'phone.charges.total', { amount: spokenAmount(language, charges.totalCents, charges.currency) });
  const items = charges.items.map((charge) =>
    phrase(language, 'phone.charges.item', { amount: spokenAmount(language, charge.amountCents, charges.currency), reason: charge.reason }),
  );
  return [total, ...items, phrase(language, 'phone.backOrEnd')];
}
