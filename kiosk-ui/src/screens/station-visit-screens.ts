import type { Language } from '../../../src/domain/language.ts';
import { formatDate, formatMoney } from '../../../src/i18n/formatters.ts';
import type { CheckedOutItem, ReturnedItem } from '../../../src/sessions/station-session.types.ts';
import { chargeReasonIn } from '../../../src/i18n/charge-reason.ts';
import type { ChargeLine, StationScreen, VisitSummary } from '../../../src/sessions/station-view.types.ts';
import { button, element } from '../dom.ts';
import { actions, paragraph, problem, progress, screen, type ScreenContext } from '../screen-context.ts';
import type { Text } from '../ui-text.ts';
import { itemList, loanList } from './item-lists.ts';
import { goodbyeTexts, receiptChoiceScreen } from './session-end-screens.ts';
import { allowanceLine } from './station-checkout-screens.ts';

type ScreenOf<Name extends StationScreen['name']> = Extract<StationScreen, { name: Name }>;

export function stationWelcomeScreen({ text, tap }: ScreenContext): HTMLElement {
  return screen(
    'welcome',
    text('kiosk.welcome.heading'),
    paragraph(text('station.welcome.instruction')),
    paragraph(text('station.welcome.returnInstruction')),
    actions(
      button(text('station.button.signIn'), () => tap('start'), { variant: 'primary' }),
      button(text('station.button.returnItems'), () => tap('return-items')),
    ),
  );
}

export function menuScreen({ view, text, tap }: ScreenContext): HTMLElement {
  const current = view.screen as ScreenOf<'menu'>;
  const { summary, borrowBlock } = current;
  const facts = [
    current.readyHoldsCount !== null && text('station.menu.readyHolds', { count: current.readyHoldsCount }),
    summary && text('kiosk.account.loansCount', { count: summary.loansCount }),
    summary && summary.overdueCount > 0 && text('kiosk.account.overdueCount', { count: summary.overdueCount }),
    summary && summary.chargesTotalCents > 0 && text('kiosk.account.charges', { amount: formatMoney(summary.chargesTotalCents, view.language, summary.currency) }),
  ].filter((fact): fact is string => typeof fact === 'string');
  // Collecting and borrowing are left out while something blocks every checkout, whose notice gives the reason.
  // Collecting is also left out when nothing waits here. An unknown count (account not loaded) keeps it.
  const checkouts = borrowBlock
    ? []
    : [
        current.readyHoldsCount !== 0 && button(text('station.button.pickUp'), () => tap('pick-up'), { variant: 'primary', disabled: view.busy }),
        button(text('station.button.borrow'), () => tap('borrow'), { variant: 'primary', disabled: view.busy }),
      ];

  return screen(
    'menu',
    text('kiosk.account.heading', { name: current.readerName }),
    view.busy && progress(text('kiosk.account.loading')),
    facts.length > 0 && element('ul', { class: 'facts' }, ...facts.map((fact) => element('li', { text: fact }))),
    allowanceLine(current, text),
    !view.busy && element('h2', { text: text('station.menu.choose') }),
    element(
      'div',
      { class: 'actions actions-menu' },
      ...checkouts,
      button(text('station.button.loans'), () => tap('loans'), { disabled: view.busy }),
      button(text('station.button.charges'), () => tap('charges'), { disabled: view.busy }),
    ),
    actions(button(text('kiosk.button.finish'), () => tap('finish'), { disabled: view.busy })),
  );
}

export function loansScreen({ view, text, tap }: ScreenContext): HTMLElement {
  const current = view.screen as ScreenOf<'loans'>;
  return screen(
    'loans',
    text('kiosk.account.loansHeading'),
    current.loans === null ? paragraph(text('station.loans.unavailable')) : loanList(current.loans, view.language, text),
    backAndFinish(text, tap),
  );
}

export function chargesScreen({ view, text, tap }: ScreenContext): HTMLElement {
  const current = view.screen as ScreenOf<'charges'>;
  const money = (cents: number) => formatMoney(cents, view.language, current.currency);
  return screen(
    'charges',
    text('station.charges.heading'),
    current.charges === null && paragraph(text('station.charges.unavailable')),
    current.charges !== null && current.charges.length === 0 && paragraph(text('station.charges.none')),
    current.charges !== null && current.charges.length > 0 && chargeList(current.charges, view.language, text, money),
    current.totalCents > 0 && element('p', { class: 'instruction total', text: text('station.charges.total', { amount: money(current.totalCents) }), attributes: { 'data-total': current.totalCents } }),
    current.totalCents > 0 && paragraph(text('station.charges.payAdvice'), 'detail'),
    backAndFinish(text, tap),
  );
}

export function stationReceiptScreen(context: ScreenContext): HTMLElement {
  const current = context.view.screen as ScreenOf<'receipt'>;
  const counts = visitCounts(current.visit, context.text);
  return receiptChoiceScreen(context, current, counts, { problemAdvice: 'station.receipt.problemAdvice', printerUnavailable: 'station.receipt.printerUnavailable' });
}

export function stationGoodbyeScreen({ view, text, tap }: ScreenContext): HTMLElement {
  const current = view.screen as ScreenOf<'goodbye'>;
  const { visit } = current;
  const texts = goodbyeTexts(current.reason, current.signedIn, 'station');
  const finishedWithoutSignIn = current.reason === 'finished' && !current.signedIn;
  let { message } = texts;
  if (finishedWithoutSignIn) message = visit.returned.length > 0 ? 'station.goodbye.returned' : 'station.goodbye.nothingReturned';

  return screen(
    'goodbye',
    text(texts.heading),
    texts.problem ? problem(text(message)) : paragraph(text(message)),
    summaryList('pickedUp', text('station.goodbye.pickedUpHeading'), visit.pickedUp, view.language, text),
    summaryList('borrowed', text('station.goodbye.borrowedHeading'), visit.borrowed, view.language, text),
    summaryList('returned', text('station.goodbye.returnedHeading'), visit.returned, view.language, text),
    actions(button(text('kiosk.button.done'), () => tap('continue'), { variant: 'primary' })),
  );
}

function backAndFinish(text: Text, tap: ScreenContext['tap']): HTMLElement {
  return actions(button(text('station.button.back'), () => tap('back'), { variant: 'primary' }), button(text('kiosk.button.finish'), () => tap('finish')));
}

function chargeList(charges: ChargeLine[], language: Language, text: Text, money: (cents: number) => string): HTMLElement {
  return element(
    'ul',
    { class: 'items' },
    ...charges.map((charge) =>
      element(
        'li',
        { class: 'item' },
        element('span', { class: 'item-title', text: money(charge.amountCents) }),
        // A reason given only as staff typed it shows in that language on every screen.
        element('span', { class: 'item-detail', text: chargeReasonIn(charge, language) }),
        element('span', { class: 'item-detail', text: text('station.charges.recorded', { date: formatDate(charge.createdAt, language) }) }),
      ),
    ),
  );
}

function visitCounts(visit: VisitSummary, text: Text): HTMLElement {
  const lines = [
    visit.pickedUp.length > 0 && text('station.summary.pickedUp', { count: visit.pickedUp.length }),
    visit.borrowed.length > 0 && text('station.summary.borrowed', { count: visit.borrowed.length }),
    visit.returned.length > 0 && text('station.summary.returned', { count: visit.returned.length }),
  ].filter((line): line is string => typeof line === 'string');
  return element('ul', { class: 'facts' }, ...lines.map((line) => element('li', { text: line })));
}

/** Builds one part of the end-of-visit summary: the items collected, borrowed or returned, with due dates. */
function summaryList(kind: keyof VisitSummary, heading: string, items: Array<CheckedOutItem | ReturnedItem>, language: Language, text: Text): HTMLElement | null {
  if (items.length === 0) return null;
  return element(
    'section',
    { class: 'summary', attributes: { 'data-summary': kind } },
    element('h2', { text: heading }),
    itemList(items, language, text),
  );
}
