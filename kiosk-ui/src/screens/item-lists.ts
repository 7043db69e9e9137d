import type { ItemTitle } from '../../../src/circulation/circulation.types.ts';
import type { Language } from '../../../src/domain/language.ts';
import { formatDate } from '../../../src/i18n/formatters.ts';
import { titleIn } from '../../../src/sessions/kiosk-receipt.ts';
import type { LoanLine } from '../../../src/sessions/kiosk-view.types.ts';
import { element } from '../dom.ts';
import { paragraph } from '../screen-context.ts';
import type { Text } from '../ui-text.ts';

// Lists of items that kiosk and station screens draw alike: a title in the reader's language, then details.

/** Builds a list of items, each with its title and, for an item that has one, its due date. */
export function itemList(items: ReadonlyArray<{ title: ItemTitle; dueAt?: string }>, language: Language, text: Text): HTMLElement {
  return element('ul', { class: 'items' }, ...items.map((item) => element('li', { class: 'item' }, itemTitle(item.title, language), item.dueAt !== undefined && dueDetail(item.dueAt, language, text))));
}

/** Builds the list of the reader's loans, marking those overdue, or a note that there are none. */
export function loanList(loans: LoanLine[], language: Language, text: Text): HTMLElement {
  if (loans.length === 0) return paragraph(text('kiosk.account.noLoans'));
  return element(
    'ul',
    { class: 'items' },
    ...loans.map((loan) =>
      element(
        'li',
        { class: loan.overdue ? 'item item-overdue' : 'item' },
        itemTitle(loan.title, language),
        dueDetail(loan.dueAt, language, text),
        loan.overdue && element('strong', { class: 'badge', text: text('kiosk.account.overdue') }),
      ),
    ),
  );
}

/** Builds the list of items borrowed in this session with their due dates, or a note that there are none. */
export function borrowedList(items: ReadonlyArray<{ title: ItemTitle; dueAt: string }>, language: Language, text: Text): HTMLElement {
  if (items.length === 0) return paragraph(text('kiosk.borrow.none'));
  return itemList(items, language, text);
}

function itemTitle(title: ItemTitle, language: Language): HTMLElement {
  return element('span', { class: 'item-title', text: titleIn(title, language) });
}

function dueDetail(dueAt: string, language: Language, text: Text): HTMLElement {
  return element('span', { class: 'item-detail', text: text('kiosk.account.due', { date: formatDate(dueAt, language) }) });
}
