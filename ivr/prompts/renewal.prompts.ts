import { defineMessages } from '../../src/i18n/catalogue.ts';

/**
 * Results of renewing all items or one item; `{reference}` is read digit by digit and `{titles}` is a
 * spoken list. A renewal that renewed nothing names no reference: it is stored, but there is nothing
 * for the caller to write down.
 */
export const renewalPrompts = defineMessages({
  'phone.renewed': {
    en: '{title} has been renewed. Your reference number is {reference}. The new due date is {date}.',
    'zh-Hant': '{title}已經續借。交易參考編號係{reference}。新嘅到期日係{date}。',
    'zh-Hans': '{title}已经续借。交易参考编号是{reference}。新的到期日是{date}。',
  },
  'phone.renewAll.allRenewed': {
    en: 'All {items} have been renewed. Your reference number is {reference}. The new due date is {date}.',
    'zh-Hant': '你借咗嘅{items}已經全部續借。交易參考編號係{reference}。新嘅到期日係{date}。',
    'zh-Hans': '您借阅的{items}已经全部续借。交易参考编号是{reference}。新的到期日是{date}。',
  },
  'phone.renewAll.allRenewedEachDate': {
    en: 'All {items} have been renewed. Your reference number is {reference}.',
    'zh-Hant': '你借咗嘅{items}已經全部續借。交易參考編號係{reference}。',
    'zh-Hans': '您借阅的{items}已经全部续借。交易参考编号是{reference}。',
  },
  'phone.renewAll.newDueDate': {
    en: '{title} is now due on {date}.',
    'zh-Hant': '{title}嘅新到期日係{date}。',
    'zh-Hans': '{title}的新到期日是{date}。',
  },
  'phone.renewAll.newDueDates': {
    en: '{titles} are now due on {date}.',
    'zh-Hant': '{titles}嘅新到期日係{date}。',
    'zh-Hans': '{titles}的新到期日是{date}。',
  },
  'phone.renewAll.someRefused': {
    en: '{refused} of your {total} items could not be renewed. Your reference number is {reference}.',
    'zh-Hant': '你借咗嘅{total}項資料之中，有{refused}項未能續借。交易參考編號係{reference}。',
    'zh-Hans': '您借阅的{total}项资料中，有{refused}项未能续借。交易参考编号是{reference}。',
  },
  'phone.renewAll.renewedItem': {
    en: '{title} has been renewed and is now due on {date}.',
    'zh-Hant': '{title}已經續借，新嘅到期日係{date}。',
    'zh-Hans': '{title}已经续借，新的到期日是{date}。',
  },
  'phone.renewAll.renewedItems': {
    en: 'These {count} items have been renewed and are now due on {date}: {titles}.',
    'zh-Hant': '以下{count}項資料已經續借，新嘅到期日係{date}：{titles}。',
    'zh-Hans': '以下{count}项资料已经续借，新的到期日是{date}：{titles}。',
  },
  'phone.renewAll.hearWhichOne': {
    en: 'To hear which item could not be renewed and why, press 1.',
    'zh-Hant': '想知道係邊項資料未能續借同埋原因，請按1。',
    'zh-Hans': '想了解是哪项资料未能续借以及原因，请按1。',
  },
  'phone.renewAll.hearWhichOnes': {
    en: 'To hear which items could not be renewed and why, press 1.',
    'zh-Hant': '想知道係邊啲資料未能續借同埋原因，請按1。',
    'zh-Hans': '想了解是哪些资料未能续借以及原因，请按1。',
  },
  'phone.renewAll.onlyItemRefused': {
    en: '{title} could not be renewed.',
    'zh-Hant': '{title}未能續借。',
    'zh-Hans': '{title}未能续借。',
  },
  'phone.renewAll.noneRenewed': {
    en: 'None of your {items} could be renewed.',
    'zh-Hant': '你借咗嘅{items}全部都未能續借。',
    'zh-Hans': '您借阅的{items}都未能续借。',
  },
  'phone.renewAll.reference': {
    en: 'Your reference number is {reference}.',
    'zh-Hant': '交易參考編號係{reference}。',
    'zh-Hans': '交易参考编号是{reference}。',
  },
  'phone.renewAll.hearWhy': {
    en: 'To hear why, press 1.',
    'zh-Hant': '想知道原因，請按1。',
    'zh-Hans': '想了解原因，请按1。',
  },
  'phone.refusedItem': {
    en: '{title} could not be renewed because {reason}.',
    'zh-Hant': '{title}未能續借，因為{reason}。',
    'zh-Hans': '{title}未能续借，因为{reason}。',
  },
  'phone.refusedItems': {
    en: 'These {count} items could not be renewed because {reason}: {titles}.',
    'zh-Hant': '以下{count}項資料未能續借，因為{reason}：{titles}。',
    'zh-Hans': '以下{count}项资料未能续借，因为{reason}：{titles}。',
  },
  'phone.loanChoice': {
    en: 'Item {position} of {total}: {title}, due on {date}.',
    'zh-Hant': '第{position}項係{title}，到期日係{date}。',
    'zh-Hans': '第{position}项是{title}，到期日是{date}。',
  },
  'phone.loanChoice.last': {
    en: 'Item {position} of {total}: {title}, due on {date}.',
    'zh-Hant': '最後一項係{title}，到期日係{date}。',
    'zh-Hans': '最后一项是{title}，到期日是{date}。',
  },
  'phone.loanChoice.only': {
    en: 'Your item on loan is {title}, due on {date}.',
    'zh-Hant': '你借咗嘅資料係{title}，到期日係{date}。',
    'zh-Hans': '您借阅的资料是{title}，到期日是{date}。',
  },
  'phone.loanChoice.overdue': {
    en: 'This item is overdue.',
    'zh-Hant': '呢項資料已經過期。',
    'zh-Hans': '这项资料已经逾期。',
  },
  'phone.loanChoice.keys': {
    en: 'To renew this item, press 1. For the next item, press 2. For the main menu, press 9. To end the call, press the star key.',
    'zh-Hant': '續借呢項資料，請按1。聽下一項，請按2。返回主選單，請按9。結束通話，請按米字鍵。',
    'zh-Hans': '续借这项资料，请按1。听下一项，请按2。返回主菜单，请按9。结束通话，请按星号键。',
  },
  'phone.loanChoice.lastKeys': {
    en: 'To renew this item, press 1. For the main menu, press 9. To end the call, press the star key.',
    'zh-Hant': '續借呢項資料，請按1。返回主選單，請按9。結束通話，請按米字鍵。',
    'zh-Hans': '续借这项资料，请按1。返回主菜单，请按9。结束通话，请按星号键。',
  },
  'phone.renewOne.refusedUnknownItem': {
    en: 'The item could not be renewed because {reason}.',
    'zh-Hant': '呢項資料未能續借，因為{reason}。',
    'zh-Hans': '这项资料未能续借，因为{reason}。',
  },
  'phone.renewOne.keys': {
    en: 'To renew another item, press 1. For the main menu, press 9. To end the call, press the star key.',
    'zh-Hant': '續借另一項資料，請按1。返回主選單，請按9。結束通話，請按米字鍵。',
    'zh-Hans': '续借另一项资料，请按1。返回主菜单，请按9。结束通话，请按星号键。',
  },
});
