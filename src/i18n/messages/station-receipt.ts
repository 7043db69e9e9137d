import { defineMessages } from '../catalogue.ts';

/** Lines of the receipt a self-service station prints; the kiosk receipt's lines give the date, card and items. */
export const stationReceiptMessages = defineMessages({
  'stationReceipt.title': { en: 'Library station receipt', 'zh-Hant': '自助圖書站收據', 'zh-Hans': '自助图书站收据' },
  'stationReceipt.pickedUpDue': {
    en: 'Reserved item collected. Due: {date}',
    'zh-Hant': '已領取預約資料，到期日：{date}',
    'zh-Hans': '已领取预约资料，到期日：{date}',
  },
  'stationReceipt.returned': { en: 'Returned', 'zh-Hant': '已歸還', 'zh-Hans': '已归还' },
  'stationReceipt.returnedOverdue': { en: 'Returned (it was overdue)', 'zh-Hant': '已歸還（此資料已逾期）', 'zh-Hans': '已归还（此资料已逾期）' },
  'stationReceipt.totals': {
    en: 'Collected: {pickedUp}  Borrowed: {borrowed}  Returned: {returned}',
    'zh-Hant': '領取：{pickedUp}　借閱：{borrowed}　歸還：{returned}',
    'zh-Hans': '领取：{pickedUp}　借阅：{borrowed}　归还：{returned}',
  },
});
