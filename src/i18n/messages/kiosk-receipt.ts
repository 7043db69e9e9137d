import { defineMessages } from '../catalogue.ts';

/** Lines of the printed loan receipt. Card numbers arrive masked; a receipt never shows a phone number. */
export const kioskReceiptMessages = defineMessages({
  'receipt.title': { en: 'Library loan receipt', 'zh-Hant': '圖書館借閱收據', 'zh-Hans': '图书馆借阅收据' },
  'receipt.printedAt': { en: 'Date: {date}', 'zh-Hant': '日期：{date}', 'zh-Hans': '日期：{date}' },
  'receipt.card': { en: 'Card: {card}', 'zh-Hant': '圖書證：{card}', 'zh-Hans': '图书证：{card}' },
  'receipt.item': { en: '{title} ({barcode})', 'zh-Hant': '{title}（{barcode}）', 'zh-Hans': '{title}（{barcode}）' },
  'receipt.due': { en: 'Due: {date}', 'zh-Hant': '到期日：{date}', 'zh-Hans': '到期日：{date}' },
  'receipt.references': { en: 'Reference: {references}', 'zh-Hant': '參考編號：{references}', 'zh-Hans': '参考编号：{references}' },
  // Joins the references of one receipt; Chinese lists take the enumeration comma, not an ASCII comma.
  'receipt.referenceSeparator': { en: ', ', 'zh-Hant': '、', 'zh-Hans': '、' },
  'receipt.total': { en: 'Items borrowed: {count}', 'zh-Hant': '借閱總數：{count}', 'zh-Hans': '借阅总数：{count}' },
  'receipt.footer': {
    en: 'Thank you for using the library.',
    'zh-Hant': '多謝使用圖書館服務。',
    'zh-Hans': '感谢使用图书馆服务。',
  },
});
