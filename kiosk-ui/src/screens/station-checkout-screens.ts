import type { BorrowBlock } from '../../../src/circulation/circulation.types.ts';
import type { Language } from '../../../src/domain/language.ts';
import { formatDate } from '../../../src/i18n/formatters.ts';
import { titleIn } from '../../../src/sessions/kiosk-receipt.ts';
import type { ReturnedItem, StationResult } from '../../../src/sessions/station-session.types.ts';
import type { Allowance, HoldLine, StationScreen } from '../../../src/sessions/station-view.types.ts';
import { button, element } from '../dom.ts';
import { actions, paragraph, problem, progress, screen, success, type ScreenContext } from '../screen-context.ts';
import { hasText, type Text } from '../ui-text.ts';
import { borrowedList, itemList } from './item-lists.ts';
import { borrowBlockMessage, refusedItemText } from './refusal-messages.ts';

type ScreenOf<Name extends StationScreen['name']> = Extract<StationScreen, { name: Name }>;

/** Words for a result on each checkout screen: what succeeded, and what was refused by title or by barcode. */
const RESULT_TEXTS = {
  pickup: { done: 'station.pickup.collected', refused: { title: 'station.pickup.refusedTitle', barcode: 'station.pickup.refused' } },
  borrow: { done: 'kiosk.borrow.borrowed', refused: { title: 'kiosk.borrow.refusedTitle', barcode: 'kiosk.borrow.refused' } },
  returns: { done: 'station.returns.returned', refused: { title: 'station.returns.refusedTitle', barcode: 'station.returns.refused' } },
} as const;

export function pickupScreen({ view, text, tap, send }: ScreenContext): HTMLElement {
  const current = view.screen as ScreenOf<'pickup'>;
  return screen(
    'pickup',
    text('station.pickup.heading'),
    paragraph(text('station.pickup.instruction')),
    ...checkoutStatus(current, 'pickup', view, text),
    element('h2', { text: text('station.pickup.waitingHeading') }),
    holdList(current.holds, view.language, text, view.busy, (holdId) => send({ type: 'collect', holdId })),
    current.pickedUp.length > 0 && element('h2', { text: text('station.pickup.listHeading') }),
    current.pickedUp.length > 0 && borrowedList(current.pickedUp, view.language, text),
    finishOrBack(text, tap, view.busy),
  );
}

export function stationBorrowScreen({ view, text, tap }: ScreenContext): HTMLElement {
  const current = view.screen as ScreenOf<'borrow'>;
  return screen(
    'borrow',
    text('kiosk.borrow.heading'),
    paragraph(text('kiosk.borrow.instruction')),
    ...checkoutStatus(current, 'borrow', view, text),
    element('h2', { text: text('kiosk.borrow.listHeading') }),
    borrowedList(current.borrowed, view.language, text),
    finishOrBack(text, tap, view.busy),
  );
}

export function returnsScreen({ view, text, tap }: ScreenContext): HTMLElement {
  const current = view.screen as ScreenOf<'returns'>;
  return screen(
    'returns',
    text('station.returns.heading'),
    paragraph(text('station.returns.instruction')),
    view.busy ? progress(text('kiosk.borrow.checking')) : current.lastResult && resultMessage(current.lastResult, 'returns', view.language, text),
    element('h2', { text: text('station.returns.listHeading') }),
    returnedList(current.returned, view.language, text),
    actions(button(text('kiosk.button.finish'), () => tap('finish'), { variant: 'primary', disabled: view.busy })),
  );
}

type CheckoutState = { allowance: Allowance | null; borrowBlock: BorrowBlock | null; lastResult: StationResult | null };

/**
 * Builds the allowance line (or the block in its place) and the last result of a checkout screen. The block
 * is left out when the refusal just shown gives the same reason.
 */
function checkoutStatus(current: CheckoutState, screenName: 'pickup' | 'borrow', view: ScreenContext['view'], text: Text): Array<HTMLElement | null> {
  if (view.busy) return [allowanceLine(current, text), progress(text('kiosk.borrow.checking'))];
  const { lastResult } = current;
  const repeatsBlock = lastResult?.outcome === 'refused' && lastResult.reason === current.borrowBlock;
  return [repeatsBlock ? null : allowanceLine(current, text), lastResult && resultMessage(lastResult, screenName, view.language, text)];
}

/**
 * Builds the line with the items the reader may still take here, for the menu and both checkout screens. When
 * something blocks every checkout it shows the block instead, because an allowance the reader cannot use misleads.
 */
export function allowanceLine({ allowance, borrowBlock }: { allowance: Allowance | null; borrowBlock: BorrowBlock | null }, text: Text): HTMLElement | null {
  if (borrowBlock) return borrowBlockMessage(borrowBlock, 'station.borrowBlock.heading', text);
  if (!allowance) return null;
  return element('p', {
    class: 'detail allowance',
    text: text('station.menu.allowance', { limit: allowance.itemLimit, remaining: allowance.remaining }),
    attributes: { 'data-allowance': allowance.remaining },
  });
}

function finishOrBack(text: Text, tap: ScreenContext['tap'], busy: boolean): HTMLElement {
  return actions(
    button(text('kiosk.button.finish'), () => tap('finish'), { variant: 'primary', disabled: busy }),
    button(text('station.button.back'), () => tap('back'), { disabled: busy }),
  );
}

function holdList(holds: HoldLine[] | null, language: Language, text: Text, busy: boolean, collect: (holdId: number) => void): HTMLElement {
  if (holds === null) return paragraph(text('station.pickup.unavailable'));
  if (holds.length === 0) return paragraph(text('station.pickup.none'));
  return element(
    'ul',
    { class: 'items' },
    ...holds.map((hold) => {
      const title = titleIn(hold.title, language);
      return element(
        'li',
        { class: 'item item-with-action' },
        element(
          'div',
          { class: 'item-text' },
          element('span', { class: 'item-title', text: title }),
          hold.pickupBy && element('span', { class: 'item-detail', text: text('station.pickup.collectBy', { date: formatDate(hold.pickupBy, language) }) }),
        ),
        button(text('station.button.collect'), () => collect(hold.holdId), {
          variant: 'primary',
          disabled: busy,
          attributes: { 'aria-label': text('station.pickup.collectLabel', { title }), 'data-hold': hold.holdId },
        }),
      );
    }),
  );
}

function returnedList(items: ReturnedItem[], language: Language, text: Text): HTMLElement {
  if (items.length === 0) return paragraph(text('station.returns.none'));
  return itemList(items, language, text);
}

/** Builds the message about the last scan or tap in the reader's language, with the refusal reason if any. */
function resultMessage(result: StationResult, screenName: keyof typeof RESULT_TEXTS, language: Language, text: Text): HTMLElement {
  const texts = RESULT_TEXTS[screenName];
  switch (result.outcome) {
    case 'checked-out':
      return success(text(texts.done, { title: titleIn(result.item.title, language) }));
    case 'returned':
      return success(text(result.item.wasOverdue ? 'station.returns.returnedOverdue' : texts.done, { title: titleIn(result.item.title, language) }));
    case 'fault':
      return problem(text('station.result.fault', { barcode: result.itemBarcode }));
    case 'card-scanned':
      return problem(text('station.returns.cardScanned'));
    case 'refused': {
      const reasonKey = `refusal.${result.reason}`;
      return element(
        'div',
        { class: 'message message-problem', attributes: { role: 'alert', 'data-refusal': result.reason } },
        element('p', { text: refusedItemText(result, language, text, texts.refused) }),
        element('p', { text: hasText(reasonKey) ? text(reasonKey) : text('station.result.refusedOther') }),
      );
    }
  }
}
