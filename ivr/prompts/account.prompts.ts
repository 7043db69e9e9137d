import { defineMessages } from '../../src/i18n/catalogue.ts';

/** The account summary, the main menu and the lists of loans and charges. */
export const accountPrompts = defineMessages({
  'phone.summary.noLoans': {
    en: 'You have no items on loan.',
    'zh-Hant': '你而家冇借任何資料。',
    'zh-Hans': '您目前没有借阅任何资料。',
  },
  'phone.summary.noneOverdue': {
    en: 'You have {items} on loan, and none is overdue.',
    'zh-Hant': '你而家借咗{items}，全部都未過期。',
    'zh-Hans': '您目前借阅了{items}，全部都没有逾期。',
  },
  'phone.summary.someOverdue': {
    en: 'You have {items} on loan. {overdue} overdue.',
    'zh-Hant': '你而家借咗{items}，其中{overdue}已經過期。',
    'zh-Hans': '您目前借阅了{items}，其中{overdue}已经逾期。',
  },
  'phone.summary.onlyItemOverdue': {
    en: 'You have 1 item on loan, and it is overdue.',
    'zh-Hant': '你而家借咗1項資料，已經過期。',
    'zh-Hans': '您目前借阅了1项资料，已经逾期。',
  },
  'phone.summary.overdueOne': {
    en: '1 of them is',
    'zh-Hant': '1項',
    'zh-Hans': '1项',
  },
  'phone.summary.overdueOther': {
    en: '{count} of them are',
    'zh-Hant': '{count}項',
    'zh-Hans': '{count}项',
  },
  'phone.menu': {
    en: 'To renew all your items, press 0. To renew one item, press 1. To hear all your loans, press 2. To hear your outstanding charges, press 3. To use another library card, press 8. To hear this menu again, press 9. To end the call, press the star key.',
    'zh-Hant': '續借全部資料，請按0。續借個別資料，請按1。收聽所有借閱紀錄，請按2。查詢未繳費用，請按3。使用另一張圖書證，請按8。重聽主選單，請按9。結束通話，請按米字鍵。',
    'zh-Hans': '续借全部资料，请按0。续借其中一项资料，请按1。收听全部借阅记录，请按2。查询未缴费用，请按3。使用另一张图书证，请按8。重听主菜单，请按9。结束通话，请按星号键。',
  },
  'phone.menu.noLoans': {
    en: 'To hear your outstanding charges, press 3. To use another library card, press 8. To hear this menu again, press 9. To end the call, press the star key.',
    'zh-Hant': '查詢未繳費用，請按3。使用另一張圖書證，請按8。重聽主選單，請按9。結束通話，請按米字鍵。',
    'zh-Hans': '查询未缴费用，请按3。使用另一张图书证，请按8。重听主菜单，请按9。结束通话，请按星号键。',
  },
  'phone.backOrEnd': {
    en: 'For the main menu, press 9. To end the call, press the star key.',
    'zh-Hant': '返回主選單，請按9。結束通話，請按米字鍵。',
    'zh-Hans': '返回主菜单，请按9。结束通话，请按星号键。',
  },
  'phone.loans.intro': {
    en: 'You have {items} on loan.',
    'zh-Hant': '你而家借咗{items}。',
    'zh-Hans': '您目前借阅了{items}。',
  },
  'phone.loans.item': {
    en: 'Item {position}: {title}, due on {date}.',
    'zh-Hant': '第{position}項：{title}，到期日係{date}。',
    'zh-Hans': '第{position}项：{title}，到期日是{date}。',
  },
  'phone.loans.itemOverdue': {
    en: 'Item {position}: {title}, was due on {date} and is overdue.',
    'zh-Hant': '第{position}項：{title}，到期日係{date}，已經過期。',
    'zh-Hans': '第{position}项：{title}，到期日是{date}，已经逾期。',
  },
  'phone.charges.none': {
    en: 'You have no outstanding charges.',
    'zh-Hant': '你冇任何未繳費用。',
    'zh-Hans': '您没有任何未缴费用。',
  },
  'phone.charges.total': {
    en: 'Your outstanding charges come to {amount}.',
    'zh-Hant': '你嘅未繳費用總共係{amount}。',
    'zh-Hans': '您的未缴费用共计{amount}。',
  },
  // Charge reasons are free text, stored in whatever language staff typed them. They are read only where
  // the voice can read them (see chargesScript), so the Chinese form names the position instead.
  'phone.charges.itemWithReason': {
    en: '{reason}, {amount}.',
    'zh-Hant': '第{position}項係{reason}，{amount}。',
    'zh-Hans': '第{position}项是{reason}，{amount}。',
  },
  'phone.charges.item': {
    en: 'Charge {position}: {amount}.',
    'zh-Hant': '第{position}項費用係{amount}。',
    'zh-Hans': '第{position}项费用是{amount}。',
  },
});
