import type { BorrowBlock } from '../../circulation/circulation.types.ts';
import { defineMessages } from '../catalogue.ts';

/**
 * Messages for the reason a reader can borrow no item, shown on the kiosk's account screen and the station's screens before
 * an item is scanned: a heading per terminal mode, then `borrowBlock.<BorrowBlock>` for the reason.
 */
export const borrowBlockMessages = defineMessages<'borrowBlock.heading' | 'station.borrowBlock.heading' | `borrowBlock.${BorrowBlock}`>({
  'borrowBlock.heading': {
    en: 'You cannot borrow items at the moment.',
    'zh-Hant': '你暫時未能借閱資料。',
    'zh-Hans': '您暂时无法借阅资料。',
  },
  'station.borrowBlock.heading': {
    en: 'You cannot collect or borrow items at the moment.',
    'zh-Hant': '你暫時未能領取或借閱資料。',
    'zh-Hans': '您暂时无法领取或借阅资料。',
  },
  'borrowBlock.charges-over-limit': {
    en: 'Your outstanding charges are over the limit. Please pay them at a library counter first.',
    'zh-Hant': '你尚未繳付的費用已超過上限，請先到圖書館服務櫃檯繳費。',
    'zh-Hans': '您尚未缴纳的费用已超过上限，请先到图书馆服务台缴费。',
  },
  'borrowBlock.item-limit-reached': {
    en: 'You have reached the limit of items on loan. Please return an item first.',
    'zh-Hant': '你借閱的資料數量已達上限，請先歸還資料。',
    'zh-Hans': '您借阅的资料数量已达上限，请先归还资料。',
  },
  'borrowBlock.card-blocked': {
    en: 'Your library card cannot be used for borrowing at the moment. Please contact the library.',
    'zh-Hant': '你的圖書證暫時未能用於借閱，請聯絡圖書館。',
    'zh-Hans': '您的图书证暂时无法用于借阅，请联系图书馆。',
  },
});
