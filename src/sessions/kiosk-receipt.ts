import type { ItemTitle } from '../circulation/circulation.types.ts';
import { maskCardNumber } from '../domain/card-number.ts';
import type { Language } from '../domain/language.ts';
import { createTranslator } from '../i18n/catalogue.ts';
import { kioskReceiptMessages } from '../i18n/messages/kiosk-receipt.ts';
import type { ReceiptDocument, ReceiptLine } from '../http/terminal-protocol.ts';
import type { PrintReceiptInput } from './kiosk-session.types.ts';

const translate = createTranslator(kioskReceiptMessages);

/** Locale used to format dates for each reader language. */
export const DATE_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', 'zh-Hant': 'zh-HK', 'zh-Hans': 'zh-CN' };

/** An item's title in the reader's language: the Chinese title for Chinese readers when catalogued. */
export function titleIn(title: ItemTitle, language: Language): string {
  return language !== 'en' && title.zh ? title.zh : title.en;
}

/**
 * Words the loan receipt in the reader's language. The card number is masked and the reader's name left
 * out, because a receipt is often left behind at the kiosk.
 */
export function renderLoanReceipt(input: PrintReceiptInput, printedAt: Date, timeZone: string): ReceiptDocument {
  const { language } = input;
  const dateTime = new Intl.DateTimeFormat(DATE_LOCALES[language], { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const date = new Intl.DateTimeFormat(DATE_LOCALES[language], { dateStyle: 'medium', timeZone });
  const line = (text: string, align: ReceiptLine['align'] = 'left', emphasis = false): ReceiptLine => ({ text, align, emphasis });

  const lines: ReceiptLine[] = [
    line(translate(language, 'receipt.title'), 'center', true),
    line(translate(language, 'receipt.printedAt', { date: dateTime.format(printedAt) })),
    line(translate(language, 'receipt.card', { card: maskCardNumber(input.cardNumber) })),
    line(''),
  ];
  for (const item of input.borrowed) {
    lines.push(
      line(titleIn(item.title, language), 'left', true),
      line(translate(language, 'receipt.itemBarcode', { barcode: item.itemBarcode })),
      line(translate(language, 'receipt.due', { date: date.format(new Date(item.dueAt)) })),
      line(translate(language, 'receipt.reference', { reference: item.reference })),
      line(''),
    );
  }
  lines.push(line(translate(language, 'receipt.total', { count: input.borrowed.length })), line(translate(language, 'receipt.footer'), 'center'));
  return { language, lines };
}
