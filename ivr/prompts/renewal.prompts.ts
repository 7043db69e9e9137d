import { defineMessages } from '../../src/i18n/catalogue.ts';

/** Results of renewing all items or one item; `{reference}` is read digit by digit. */
export const renewalPrompts = defineMessages({
  'phone.renewAll.allRenewed': {
    en: 'All your items have been renewed, {items} in total. Your reference number is {reference}. The new due date is {date}.',
    'zh-Hant': '你嘅{items}已經全部續借。交易參考編號係{reference}。新嘅到期日係{date}。',
    'zh-Hans': '您的{items}已经全部续借。交易参考编号是{reference}。新的到期日是{date}。',
  },
  'phone.renewAll.allRenewedEachDate': {
    en: 'All your items have been renewed, {items} in total. Your reference number is {reference}.',
    'zh-Hant': '你嘅{items}已經全部續借。交易參考編號係{reference}。',
    'zh-Hans': '您的{items}已经全部续借。交易参考编号是{reference}。',
  },
  'phone.renewAll.someRefused': {
    en: '{items} could not be renewed. Your reference number is {reference}.',
    'zh-Hant': '有{items}未能續借。交易參考編號係{reference}。',
    'zh-Hans': '有{items}未能续借。交易参考编号是{reference}。',
  },
  'phone.renewAll.renewedIntro': {
    en: 'These items have been renewed:',
    'zh-Hant': '以下物品已經續借：',
    'zh-Hans': '以下物品已经续借：',
  },
  'phone.renewAll.noneRenewed': {
    en: 'No item could be renewed.',
    'zh-Hant': '所有物品都未能續借。',
    'zh-Hans': '所有物品都未能续借。',
  },
  'phone.renewedItem': {
    en: '{title}, now due on {date}.',
    'zh-Hant': '{title}，新到期日係{date}。',
    'zh-Hans': '{title}，新到期日是{date}。',
  },
  'phone.renewAll.hearReasons': {
    en: 'To hear why each item was not renewed, press 1.',
    'zh-Hant': '想知道每項物品未能續借嘅原因，請按1。',
    'zh-Hans': '想了解每项物品未能续借的原因，请按1。',
  },
  'phone.refusedItem': {
    en: '{title} was not renewed, because {reason}.',
    'zh-Hant': '{title}未能續借，因為{reason}。',
    'zh-Hans': '{title}未能续借，因为{reason}。',
  },
  'phone.loanChoice': {
    en: 'Item {position} of {total}: {title}, due on {date}.',
    'zh-Hant': '第{position}項，共{total}項：{title}，到期日係{date}。',
    'zh-Hans': '第{position}项，共{total}项：{title}，到期日是{date}。',
  },
  'phone.loanChoice.overdue': {
    en: 'This item is overdue.',
    'zh-Hant': '呢項物品已經過期。',
    'zh-Hans': '这项物品已经逾期。',
  },
  'phone.loanChoice.keys': {
    en: 'To renew this item, press 1. For the next item, press 2. For the main menu, press 9. To end the call, press the star key.',
    'zh-Hant': '續借呢項物品，請按1。下一項物品，請按2。返回主選單，請按9。結束通話，請按米字鍵。',
    'zh-Hans': '续借这项物品，请按1。下一项物品，请按2。返回主菜单，请按9。结束通话，请按星号键。',
  },
  'phone.renewOne.renewed': {
    en: '{title} has been renewed. Your reference number is {reference}. The new due date is {date}.',
    'zh-Hant': '{title}已經續借。交易參考編號係{reference}。新嘅到期日係{date}。',
    'zh-Hans': '{title}已经续借。交易参考编号是{reference}。新的到期日是{date}。',
  },
  'phone.renewOne.refused': {
    en: '{title} could not be renewed, because {reason}. Your reference number is {reference}.',
    'zh-Hant': '{title}未能續借，因為{reason}。交易參考編號係{reference}。',
    'zh-Hans': '{title}未能续借，因为{reason}。交易参考编号是{reference}。',
  },
  'phone.renewOne.refusedUnknownItem': {
    en: 'The item could not be renewed, because {reason}. Your reference number is {reference}.',
    'zh-Hant': '物品未能續借，因為{reason}。交易參考編號係{reference}。',
    'zh-Hans': '物品未能续借，因为{reason}。交易参考编号是{reference}。',
  },
  'phone.renewOne.keys': {
    en: 'To renew another item, press 1. For the main menu, press 9. To end the call, press the star key.',
    'zh-Hant': '續借另一項物品，請按1。返回主選單，請按9。結束通話，請按米字鍵。',
    'zh-Hans': '续借另一项物品，请按1。返回主菜单，请按9。结束通话，请按星号键。',
  },
});
