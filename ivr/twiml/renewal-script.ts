import type { ItemTitle, RefusalReason } from '../../src/circulation/circulation.types.ts';
import type { Language } from '../../src/domain/language.ts';
import type { CallRenewAll, PhoneCallContext } from '../../src/sessions/phone-call.types.ts';
import { phrase, type SpeechPart } from './speech.ts';
import { spokenDate, spokenItemCount, spokenList, spokenTitle } from './spoken-values.ts';

type Sentences = SpeechPart[][];

/**
 * Renew-all result in one of three forms. All renewed: the reference and the new due date. Some not
 * renewed: how many were not, the reference, the renewed items with their new due dates, and `1` for which
 * were not and why. None renewed: that none could be, the reference, and `1` for why. Every renew-all is a
 * stored transaction, so the caller always hears its reference for staff to look it up.
 */
export function renewAllScript(context: PhoneCallContext, language: Language): Sentences {
  const result = context.renewAll;
  const backOrEnd = phrase(language, 'phone.backOrEnd');
  if (!result) return [backOrEnd];

  if (result.refused.length === 0) return [...allRenewed(result, language), backOrEnd];
  if (result.renewed.length === 0) {
    const reference = phrase(language, 'phone.renewAll.reference', { reference: { digits: result.reference } });
    return [...noneRenewed(result, language), reference, phrase(language, 'phone.renewAll.hearWhy'), backOrEnd];
  }

  const counts = { refused: result.refused.length, total: result.refused.length + result.renewed.length };
  return [
    phrase(language, 'phone.renewAll.someRefused', { ...counts, reference: { digits: result.reference } }),
    ...renewedByDate(result, language),
    phrase(language, result.refused.length === 1 ? 'phone.renewAll.hearWhichOne' : 'phone.renewAll.hearWhichOnes'),
    backOrEnd,
  ];
}

/** Builds why the items of the last renew-all were not renewed: one sentence per reason, with the titles it applies to. */
export function refusalsScript(context: PhoneCallContext, language: Language): Sentences {
  const groups = groupBy(context.renewAll?.refused ?? [], (loan) => loan.reason);
  const reasons = [...groups].map(([reason, loans]) => refusedSentence(language, reason, loans.map((loan) => loan.title)));
  return [...reasons, phrase(language, 'phone.backOrEnd')];
}

/** Renew-one result: the reference and the new due date, or the reason; then `1` renews another. */
export function renewOneScript(context: PhoneCallContext, language: Language): Sentences {
  const result = context.renewOne;
  const keys = phrase(language, 'phone.renewOne.keys');
  if (!result) return [keys];
  if (result.outcome === 'renewed') {
    return [phrase(language, 'phone.renewed', { title: spokenTitle(language, result.title), reference: { digits: result.reference }, date: spokenDate(language, result.newDueAt) }), keys];
  }
  // A refusal changed nothing, so its reference is kept in the store but not read out.
  const reason = phrase(language, `phone.reason.${result.reason}`);
  const refused = result.title
    ? phrase(language, 'phone.refusedItem', { title: spokenTitle(language, result.title), reason })
    : phrase(language, 'phone.renewOne.refusedUnknownItem', { reason });
  return [refused, keys];
}

function allRenewed(result: CallRenewAll, language: Language): Sentences {
  const reference = { digits: result.reference };
  const [only] = result.renewed;
  if (result.renewed.length === 1 && only) {
    return [phrase(language, 'phone.renewed', { title: spokenTitle(language, only.title), reference, date: spokenDate(language, only.newDueAt) })];
  }
  const items = spokenItemCount(language, result.renewed.length);
  const dates = new Set(result.renewed.map((loan) => spokenDate(language, loan.newDueAt)));
  const [date] = dates;
  if (dates.size === 1 && date !== undefined) return [phrase(language, 'phone.renewAll.allRenewed', { items, reference, date })];
  return [phrase(language, 'phone.renewAll.allRenewedEachDate', { items, reference }), ...dueDates(result, language)];
}

function noneRenewed(result: CallRenewAll, language: Language): Sentences {
  const [only] = result.refused;
  if (result.refused.length === 1 && only) return [phrase(language, 'phone.renewAll.onlyItemRefused', { title: spokenTitle(language, only.title) })];
  return [phrase(language, 'phone.renewAll.noneRenewed', { items: spokenItemCount(language, result.refused.length) })];
}

/** Names the renewed items after some were not renewed, one sentence per new due date as the caller hears it. */
function renewedByDate(result: CallRenewAll, language: Language): Sentences {
  return titlesByDueDate(result, language).map(({ date, titles }) => {
    const [title] = titles;
    if (titles.length === 1 && title !== undefined) return phrase(language, 'phone.renewAll.renewedItem', { title, date });
    return phrase(language, 'phone.renewAll.renewedItems', { count: titles.length, date, titles: spokenList(language, titles) });
  });
}

/** Names the new due dates, one sentence per date, when every item was renewed but not all to the same date. */
function dueDates(result: CallRenewAll, language: Language): Sentences {
  return titlesByDueDate(result, language).map(({ date, titles }) => {
    const [title] = titles;
    if (titles.length === 1 && title !== undefined) return phrase(language, 'phone.renewAll.newDueDate', { title, date });
    return phrase(language, 'phone.renewAll.newDueDates', { titles: spokenList(language, titles), date });
  });
}

function titlesByDueDate(result: CallRenewAll, language: Language): Array<{ date: string; titles: string[] }> {
  const groups = groupBy(result.renewed, (loan) => spokenDate(language, loan.newDueAt));
  return [...groups].map(([date, loans]) => ({ date, titles: loans.map((loan) => spokenTitle(language, loan.title)) }));
}

function refusedSentence(language: Language, reason: RefusalReason, titles: readonly ItemTitle[]): SpeechPart[] {
  const spoken = titles.map((title) => spokenTitle(language, title));
  const [title] = spoken;
  if (spoken.length === 1 && title !== undefined) return phrase(language, 'phone.refusedItem', { title, reason: phrase(language, `phone.reason.${reason}`) });
  return phrase(language, 'phone.refusedItems', { count: spoken.length, reason: phrase(language, `phone.reasons.${reason}`), titles: spokenList(language, spoken) });
}

/** Groups items by key in the order each key first appears. */
function groupBy<Item, Key>(items: readonly Item[], keyOf: (item: Item) => Key): Map<Key, Item[]> {
  const groups = new Map<Key, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
