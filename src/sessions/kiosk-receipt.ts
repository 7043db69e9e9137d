import { maskCardNumber } from '../domain/card-number.ts';
import type { Language } from '../domain/language.ts';
import { LIBRARY_TIME_ZONE } from '../domain/library-day.ts';
import type { ReceiptDocument } from '../http/terminal-protocol.ts';
import { createTranslator } from '../i18n/catalogue.ts';
import { formatDate, INTL_LOCALES } from '../i18n/formatters.ts';
import { kioskReceiptMessages } from '../i18n/messages/kiosk-receipt.ts';
import type { PrintReceiptInput } from './kiosk-session.types.ts';
import { titleIn } from '../i18n/item-title.ts';

const translate = createTranslator(kioskReceiptMessages);

export { titleIn };


/**
 * Words the loan receipt in the reader's language. The card number is masked and the reader's name left
 * out, because a receipt is often left behind at the kiosk.
 */
export function renderLoanReceipt(input: PrintReceiptInput, printedAt: Date): ReceiptDocument {
  const { language } = input;
  const dateTime = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone: LIBRARY_TIME_ZONE });

  return {
    language,
    titleLines: [
      translate(language, 'receipt.title'),
      translate(language, 'receipt.printedAt', { date: dateTime.format(printedAt) }),
      translate(language, 'receipt.card', { card: maskCardNumber(input.cardNumber) }),
    ],
    items: input.borrowed.map((item) => ({
      title: translate(language, 'receipt.item', { title: titleIn(item.title, language), barcode: item.itemBarcode }),
      dueText: translate(language, 'receipt.due', { date: formatDate(item.dueAt, language) }),
    })),
    referenceText: translate(language, 'receipt.references', { references: input.borrowed.map((item) => item.reference).join(translate(language, 'receipt.referenceSeparator')) }),
    footerLines: [translate(language, 'receipt.total', { count: input.borrowed.length }), translate(language, 'receipt.footer')],
  };
}
