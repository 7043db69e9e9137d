import type { BorrowBlock, ItemTitle } from '../../../src/circulation/circulation.types.ts';
import type { Language } from '../../../src/domain/language.ts';
import { titleIn } from '../../../src/sessions/kiosk-receipt.ts';
import { element } from '../dom.ts';
import type { Text } from '../ui-text.ts';

// Messages about what the reader cannot do, shared by kiosk and station screens.

/**
 * Words the first line of a refusal: the item by its title when circulation found it, else by the barcode
 * scanned, because an unknown barcode has no title.
 */
export function refusedItemText(result: { itemBarcode: string; title: ItemTitle | null }, language: Language, text: Text, keys: { title: string; barcode: string }): string {
  return result.title ? text(keys.title, { title: titleIn(result.title, language) }) : text(keys.barcode, { barcode: result.itemBarcode });
}

/**
 * Builds the notice of what stops the reader borrowing any item, shown before they scan one. `headingKey`
 * names what cannot be done here: borrowing at a kiosk, borrowing and collecting at a station.
 */
export function borrowBlockMessage(block: BorrowBlock, headingKey: string, text: Text): HTMLElement {
  return element(
    'div',
    { class: 'message message-warning', attributes: { role: 'status', 'data-borrow-block': block } },
    element('p', { class: 'message-heading', text: text(headingKey) }),
    element('p', { text: text(`borrowBlock.${block}`) }),
  );
}
