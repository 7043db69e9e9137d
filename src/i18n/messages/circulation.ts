import type { RefusalReason } from '../../circulation/circulation.types.ts';
import { defineMessages, type Translations } from '../catalogue.ts';

/** Why a checkout, renewal, pickup or return was refused, one key per `RefusalReason`: `refusal.<reason>`. */
export const circulationMessages = defineMessages<`refusal.${RefusalReason}`>({
  'refusal.reserved-by-another-reader': {
    en: 'Another reader has reserved this item.',
    'zh-Hant': '此資料已有其他讀者預約。',
    'zh-Hans': '此资料已有其他读者预约。',
  },
  'refusal.renewal-limit-reached': {
    en: 'This item has been renewed the maximum number of times. Please return it to the library.',
    'zh-Hant': '此資料的續借次數已達上限，請歸還圖書館。',
    'zh-Hans': '此资料的续借次数已达上限，请归还图书馆。',
  },
  'refusal.item-limit-reached': {
    en: 'You have borrowed the maximum number of items allowed.',
    'zh-Hant': '你借閱的資料數量已達上限。',
    'zh-Hans': '你借阅的资料数量已达上限。',
  },
  'refusal.charges-over-limit': {
    en: 'Your outstanding charges are over the limit. Please pay them at a library counter before you borrow or renew.',
    'zh-Hant': '你尚未繳付的費用已超過上限，請先到圖書館服務櫃檯繳費，才可借閱或續借。',
    'zh-Hans': '你尚未缴纳的费用已超过上限，请先到图书馆服务台缴费，才能借阅或续借。',
  },
  'refusal.item-not-found': {
    en: 'This item could not be found in the library catalogue.',
    'zh-Hant': '圖書館目錄中找不到此資料。',
    'zh-Hans': '图书馆目录中找不到此资料。',
  },
  'refusal.item-already-on-loan': {
    en: 'This item is already on loan.',
    'zh-Hant': '此資料已借出。',
    'zh-Hans': '此资料已借出。',
  },
  'refusal.item-on-loan-to-you': {
    en: 'You already have this item on loan.',
    'zh-Hant': '你已借閱此資料。',
    'zh-Hans': '你已借阅此资料。',
  },
  'refusal.card-blocked': {
    en: 'Your library card cannot be used at the moment. Please contact library staff.',
    'zh-Hant': '你的圖書證暫時未能使用，請聯絡圖書館職員。',
    'zh-Hans': '你的图书证暂时无法使用，请联系图书馆工作人员。',
  },
  'refusal.overdue-not-renewable': {
    en: 'This item is overdue and cannot be renewed. Please return it as soon as possible.',
    'zh-Hant': '此資料已逾期，不能續借，請盡快歸還。',
    'zh-Hans': '此资料已逾期，不能续借，请尽快归还。',
  },
  'refusal.loan-not-found': {
    en: 'This item is not on loan to you.',
    'zh-Hant': '你沒有借閱此資料。',
    'zh-Hans': '你没有借阅此资料。',
  },
  'refusal.hold-not-ready': {
    en: 'Your reserved item is not ready for collection yet.',
    'zh-Hant': '你預約的資料尚未可供領取。',
    'zh-Hans': '你预约的资料尚不能领取。',
  },
  'refusal.hold-for-another-reader': {
    en: 'This item is being kept for another reader.',
    'zh-Hant': '此資料正為其他讀者保留。',
    'zh-Hans': '此资料正为其他读者保留。',
  },
  'refusal.hold-at-another-location': {
    en: 'Your reserved item is waiting for you at a different pickup location.',
    'zh-Hant': '你預約的資料須在另一個取書地點領取。',
    'zh-Hans': '你预约的资料须在另一个取书地点领取。',
  },
  'refusal.item-not-on-loan': {
    en: 'This item is not on loan, so it does not need to be returned.',
    'zh-Hant': '此資料並未借出，無須歸還。',
    'zh-Hans': '此资料并未借出，无须归还。',
  },
  'refusal.hold-not-found': {
    en: 'You have not reserved this item.',
    'zh-Hant': '你沒有預約此資料。',
    'zh-Hans': '你没有预约此资料。',
  },
  'refusal.renewal-would-not-extend': {
    en: 'This item was borrowed or renewed recently, so renewing it today would not extend its due date.',
    'zh-Hant': '此資料剛借出或剛續借，今天續借不會延長到期日。',
    'zh-Hans': '此资料刚借出或刚续借，今天续借不会延长到期日。',
  },
});

/** Returns the message key of a refusal reason. */
export function refusalMessageKey(reason: RefusalReason): `refusal.${RefusalReason}` {
  return `refusal.${reason}`;
}

/** Returns the three translations of a refusal reason. */
export function refusalTranslations(reason: RefusalReason): Translations {
  return circulationMessages[refusalMessageKey(reason)];
}
