import { defineMessages } from '../../src/i18n/catalogue.ts';

/**
 * Reasons an item was not renewed, worded to follow "because" in a spoken sentence: `phone.reason.*` about
 * one item, `phone.reasons.*` about several items that share the reason.
 */
export const refusalReasonPrompts = defineMessages({
  'phone.reason.reserved-by-another-reader': {
    en: 'another reader has reserved it',
    'zh-Hant': '已經有其他讀者預約咗',
    'zh-Hans': '已有其他读者预约',
  },
  'phone.reasons.reserved-by-another-reader': {
    en: 'other readers have reserved them',
    'zh-Hant': '已經有其他讀者預約咗',
    'zh-Hans': '已有其他读者预约',
  },
  'phone.reason.renewal-limit-reached': {
    en: 'it has been renewed the maximum number of times',
    'zh-Hant': '已經續借到上限',
    'zh-Hans': '已达到续借次数上限',
  },
  'phone.reasons.renewal-limit-reached': {
    en: 'they have been renewed the maximum number of times',
    'zh-Hant': '已經續借到上限',
    'zh-Hans': '已达到续借次数上限',
  },
  'phone.reason.item-limit-reached': {
    en: 'you have reached your loan limit',
    'zh-Hant': '你已經借到上限',
    'zh-Hans': '您已达到借阅数量上限',
  },
  'phone.reasons.item-limit-reached': {
    en: 'you have reached your loan limit',
    'zh-Hant': '你已經借到上限',
    'zh-Hans': '您已达到借阅数量上限',
  },
  'phone.reason.charges-over-limit': {
    en: 'your outstanding charges are over the limit',
    'zh-Hant': '你嘅未繳費用超過咗上限',
    'zh-Hans': '您的未缴费用超过上限',
  },
  'phone.reasons.charges-over-limit': {
    en: 'your outstanding charges are over the limit',
    'zh-Hant': '你嘅未繳費用超過咗上限',
    'zh-Hans': '您的未缴费用超过上限',
  },
  'phone.reason.item-not-found': {
    en: 'the item could not be found',
    'zh-Hant': '搵唔到呢項資料',
    'zh-Hans': '找不到这项资料',
  },
  'phone.reasons.item-not-found': {
    en: 'the items could not be found',
    'zh-Hant': '搵唔到呢啲資料',
    'zh-Hans': '找不到这些资料',
  },
  'phone.reason.item-already-on-loan': {
    en: 'the item is already on loan',
    'zh-Hant': '呢項資料已經借出咗',
    'zh-Hans': '这项资料已被借出',
  },
  'phone.reasons.item-already-on-loan': {
    en: 'the items are already on loan',
    'zh-Hant': '呢啲資料已經借出咗',
    'zh-Hans': '这些资料已被借出',
  },
  'phone.reason.item-on-loan-to-you': {
    en: 'you already have the item on loan',
    'zh-Hant': '你已經借咗呢項資料',
    'zh-Hans': '您已经借了这项资料',
  },
  'phone.reasons.item-on-loan-to-you': {
    en: 'you already have the items on loan',
    'zh-Hant': '你已經借咗呢啲資料',
    'zh-Hans': '您已经借了这些资料',
  },
  'phone.reason.card-blocked': {
    en: 'your library card is blocked',
    'zh-Hant': '你嘅圖書證已經暫停使用',
    'zh-Hans': '您的图书证已被暂停使用',
  },
  'phone.reasons.card-blocked': {
    en: 'your library card is blocked',
    'zh-Hant': '你嘅圖書證已經暫停使用',
    'zh-Hans': '您的图书证已被暂停使用',
  },
  'phone.reason.overdue-not-renewable': {
    en: 'overdue items cannot be renewed',
    'zh-Hant': '過期資料唔可以續借',
    'zh-Hans': '逾期资料不能续借',
  },
  'phone.reasons.overdue-not-renewable': {
    en: 'overdue items cannot be renewed',
    'zh-Hant': '過期資料唔可以續借',
    'zh-Hans': '逾期资料不能续借',
  },
  'phone.reason.loan-not-found': {
    en: 'the loan could not be found',
    'zh-Hant': '搵唔到呢項借閱紀錄',
    'zh-Hans': '找不到这项借阅记录',
  },
  'phone.reasons.loan-not-found': {
    en: 'the loans could not be found',
    'zh-Hant': '搵唔到呢啲借閱紀錄',
    'zh-Hans': '找不到这些借阅记录',
  },
  'phone.reason.hold-not-ready': {
    en: 'the reserved item is not ready yet',
    'zh-Hant': '預約資料仲未準備好',
    'zh-Hans': '预约资料尚未准备好',
  },
  'phone.reasons.hold-not-ready': {
    en: 'the reserved items are not ready yet',
    'zh-Hant': '預約資料仲未準備好',
    'zh-Hans': '预约资料尚未准备好',
  },
  'phone.reason.hold-for-another-reader': {
    en: 'the item is reserved for another reader',
    'zh-Hant': '呢項資料係其他讀者預約嘅',
    'zh-Hans': '这项资料是为其他读者预约的',
  },
  'phone.reasons.hold-for-another-reader': {
    en: 'the items are reserved for other readers',
    'zh-Hant': '呢啲資料係其他讀者預約嘅',
    'zh-Hans': '这些资料是为其他读者预约的',
  },
  'phone.reason.hold-at-another-location': {
    en: 'the item is waiting at another library',
    'zh-Hant': '呢項資料喺另一間圖書館等候領取',
    'zh-Hans': '这项资料在另一间图书馆等候领取',
  },
  'phone.reasons.hold-at-another-location': {
    en: 'the items are waiting at another library',
    'zh-Hant': '呢啲資料喺另一間圖書館等候領取',
    'zh-Hans': '这些资料在另一间图书馆等候领取',
  },
  'phone.reason.item-not-on-loan': {
    en: 'the item is not on loan',
    'zh-Hant': '呢項資料冇借出',
    'zh-Hans': '这项资料没有借出',
  },
  'phone.reasons.item-not-on-loan': {
    en: 'the items are not on loan',
    'zh-Hant': '呢啲資料冇借出',
    'zh-Hans': '这些资料没有借出',
  },
  'phone.reason.hold-not-found': {
    en: 'you have not reserved this item',
    'zh-Hant': '你冇預約呢項資料',
    'zh-Hans': '您没有预约这项资料',
  },
  'phone.reasons.hold-not-found': {
    en: 'you have not reserved these items',
    'zh-Hant': '你冇預約呢啲資料',
    'zh-Hans': '您没有预约这些资料',
  },
  'phone.reason.renewal-would-not-extend': {
    en: 'it was borrowed or renewed so recently that renewing it today would not move its due date',
    'zh-Hant': '佢啱啱先借出或者續借過，今日續借都唔會延長到期日',
    'zh-Hans': '它刚借出或刚续借过，今天续借不会延长到期日',
  },
  'phone.reasons.renewal-would-not-extend': {
    en: 'they were borrowed or renewed so recently that renewing them today would not move their due dates',
    'zh-Hant': '佢哋啱啱先借出或者續借過，今日續借都唔會延長到期日',
    'zh-Hans': '它们刚借出或刚续借过，今天续借不会延长到期日',
  },
});
