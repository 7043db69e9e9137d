import { maskCardNumber } from '../domain/card-number.ts';
import { LIBRARY_TIME_ZONE } from '../domain/library-day.ts';
import type { ReceiptDocument } from '../http/terminal-protocol.ts';
import { createTranslator } from '../i18n/catalogue.ts';
import { formatDate, INTL_LOCALES } from '../i18n/formatters.ts';
import { kioskReceiptMessages } from '../i18n/messages/kiosk-receipt.ts';
import { stationReceiptMessages } from '../i18n/messages/station-receipt.ts';
import { titleIn } from './kiosk-receipt.ts';
import type { CheckedOutItem, ReturnedItem, StationReceiptInput } from './station-session.types.ts';

const translate = createTranslator(kioskReceiptMessages, stationReceiptMessages);

/**
 * Words a station's receipt in the reader's language: collected holds and loans with their due dates, then
 * returned items. As on the kiosk receipt, the card number is masked and the reader's name left out, and a
 * receipt of returns alone names no card at all.
 */
export function renderStationReceipt(input: StationReceiptInput, printedAt: Date): ReceiptDocument {
  const { language } = input;
  const text = (key: string, parameters?: Record<string, string | number>) => translate(language, key, parameters);
  const dateTime = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone: LIBRARY_TIME_ZONE });

  const itemLine = (item: CheckedOutItem | ReturnedItem) => text('receipt.item', { title: titleIn(item.title, language), barcode: item.itemBarcode });
  const dueDate = (item: CheckedOutItem) => ({ date: formatDate(item.dueAt, language) });
  const items = [
    ...input.pickedUp.map((item) => ({ title: itemLine(item), dueText: text('stationReceipt.pickedUpDue', dueDate(item)) })),
    ...input.borrowed.map((item) => ({ title: itemLine(item), dueText: text('receipt.due', dueDate(item)) })),
    ...input.returned.map((item) => ({ title: itemLine(item), dueText: text(item.wasOverdue ? 'stationReceipt.returnedOverdue' : 'stationReceipt.returned') })),
  ];
  const references = [...input.pickedUp, ...input.borrowed, ...input.returned].map((item) => item.reference).join(text('receipt.referenceSeparator'));

  return {
    language,
    titleLines: [
      text('stationReceipt.title'),
      text('receipt.printedAt', { date: dateTime.format(printedAt) }),
      ...(input.cardNumber ? [text('receipt.card', { card: maskCardNumber(input.cardNumber) })] : []),
    ],
    items,
    referenceText: text('receipt.references', { references }),
    footerLines: [
      text('stationReceipt.totals', { pickedUp: input.pickedUp.length, borrowed: input.borrowed.length, returned: input.returned.length }),
      text('receipt.footer'),
    ],
  };
}
