import type { Language } from '../../../src/domain/language.ts';
import { formatMoney } from '../../../src/i18n/formatters.ts';
import { titleIn } from '../../../src/sessions/kiosk-receipt.ts';
import type { ScanResult } from '../../../src/sessions/kiosk-session.types.ts';
import type { KioskScreen } from '../../../src/sessions/kiosk-view.types.ts';
import { button, element } from '../dom.ts';
import { actions, paragraph, problem, progress, screen, success, type ScreenContext } from '../screen-context.ts';
import { hasText, type Text } from '../ui-text.ts';
import { borrowedList, loanList } from './item-lists.ts';
import { borrowBlockMessage, refusedItemText } from './refusal-messages.ts';
import { goodbyeTexts, receiptChoiceScreen } from './session-end-screens.ts';

type ScreenOf<Name extends KioskScreen['name']> = Extract<KioskScreen, { name: Name }>;

export function accountScreen({ view, text, tap }: ScreenContext): HTMLElement {
  const current = view.screen as ScreenOf<'account'>;
  const { summary, borrowBlock, refusedScan } = current;
  const facts = summary && [
    text('kiosk.account.loansCount', { count: summary.loansCount }),
    text('kiosk.account.overdueCount', { count: summary.overdueCount }),
    summary.chargesTotalCents > 0 && text('kiosk.account.charges', { amount: formatMoney(summary.chargesTotalCents, view.language, summary.currency) }),
    summary.readyHoldsCount > 0 && text('kiosk.account.readyHolds', { count: summary.readyHoldsCount }),
  ];

  return screen(
    'account',
    text('kiosk.account.heading', { name: current.readerName }),
    view.busy && progress(text('kiosk.account.loading')),
    facts && element('ul', { class: 'facts' }, ...facts.map((fact) => fact && element('li', { text: fact }))),
    // A refused scan already gives the block's reason, so the notice would only repeat it.
    refusedScan ? scanResult(refusedScan, view.language, text) : borrowBlock && borrowBlockMessage(borrowBlock, 'borrowBlock.heading', text),
    !view.busy && element('h2', { text: text('kiosk.account.loansHeading') }),
    !view.busy && loanList(current.loans, view.language, text),
    // A reader who cannot borrow is not offered the borrow screen; scanning an item still gets the reason.
    actions(
      ...(borrowBlock ? [] : [button(text('kiosk.button.borrow'), () => tap('borrow'), { variant: 'primary', disabled: view.busy })]),
      button(text('kiosk.button.signOut'), () => tap('finish'), { variant: borrowBlock ? 'primary' : 'secondary', disabled: view.busy }),
    ),
  );
}

export function borrowScreen({ view, text, tap }: ScreenContext): HTMLElement {
  const current = view.screen as ScreenOf<'borrow'>;
  return screen(
    'borrow',
    text('kiosk.borrow.heading'),
    paragraph(text('kiosk.borrow.instruction')),
    view.busy ? progress(text('kiosk.borrow.checking')) : current.lastScan && scanResult(current.lastScan, view.language, text),
    element('h2', { text: text('kiosk.borrow.listHeading') }),
    borrowedList(current.borrowed, view.language, text),
    actions(button(text('kiosk.button.finish'), () => tap('finish'), { variant: 'primary', disabled: view.busy })),
  );
}

export function receiptScreen(context: ScreenContext): HTMLElement {
  const current = context.view.screen as ScreenOf<'receipt'>;
  const count = paragraph(context.text('kiosk.receipt.count', { count: current.borrowedCount }), 'detail');
  return receiptChoiceScreen(context, current, count, { problemAdvice: 'kiosk.receipt.problemAdvice', printerUnavailable: 'kiosk.receipt.printerUnavailable' });
}

export function goodbyeScreen({ view, text, tap }: ScreenContext): HTMLElement {
  const current = view.screen as ScreenOf<'goodbye'>;
  const texts = goodbyeTexts(current.reason, current.signedIn, 'kiosk');
  return screen(
    'goodbye',
    text(texts.heading),
    texts.problem ? problem(text(texts.message)) : paragraph(text(texts.message)),
    current.borrowedCount > 0 && paragraph(text('kiosk.receipt.count', { count: current.borrowedCount }), 'detail'),
    actions(button(text('kiosk.button.done'), () => tap('continue'), { variant: 'primary' })),
  );
}

function scanResult(result: ScanResult, language: Language, text: Text): HTMLElement {
  if (result.outcome === 'borrowed') {
    return success(text('kiosk.borrow.borrowed', { title: titleIn(result.item.title, language) }));
  }
  if (result.outcome === 'fault') return problem(text('kiosk.borrow.fault', { barcode: result.itemBarcode }));

  const reasonKey = `refusal.${result.reason}`;
  const reason = hasText(reasonKey) ? text(reasonKey) : text('kiosk.borrow.refusedOther');
  return element(
    'div',
    { class: 'message message-problem', attributes: { role: 'alert', 'data-refusal': result.reason } },
    element('p', { text: refusedItemText(result, language, text, { title: 'kiosk.borrow.refusedTitle', barcode: 'kiosk.borrow.refused' }) }),
    element('p', { text: reason }),
  );
}
