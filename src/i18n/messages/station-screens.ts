import { defineMessages } from '../catalogue.ts';

/**
 * Texts of the self-service station's screens from welcome to the returns screen. The station shares the
 * kiosk's texts for the card and PIN screens, the loan list and the buttons both have.
 */
export const stationScreenMessages = defineMessages({
  'station.title': { en: 'Library station', 'zh-Hant': '自助圖書站', 'zh-Hans': '自助图书站' },
  'station.welcome.instruction': {
    en: 'To collect reserved items or borrow, present your library card or touch Sign in.',
    'zh-Hant': '如要領取預約資料或借閱資料，請出示圖書證或按「登入」。',
    'zh-Hans': '如需领取预约资料或借阅资料，请出示图书证或按“登录”。',
  },
  'station.welcome.returnInstruction': {
    en: 'To return items, just scan them here. No card or PIN is needed.',
    'zh-Hant': '如要歸還資料，請直接在此掃描，無須圖書證或密碼。',
    'zh-Hans': '如需归还资料，请直接在此扫描，无需图书证或密码。',
  },
  'station.button.signIn': { en: 'Sign in', 'zh-Hant': '登入', 'zh-Hans': '登录' },
  'station.button.returnItems': { en: 'Return items', 'zh-Hant': '歸還資料', 'zh-Hans': '归还资料' },

  'station.menu.allowance': {
    en: 'You may have up to {limit} items on loan. You can borrow or collect {remaining} more here.',
    'zh-Hant': '你最多可借閱{limit}項資料，現在還可在此借閱或領取{remaining}項。',
    'zh-Hans': '您最多可借阅{limit}项资料，现在还可在此借阅或领取{remaining}项。',
  },
  'station.menu.readyHolds': {
    en: 'Reserved items waiting for you here: {count}',
    'zh-Hant': '在此等候你領取的預約資料：{count}',
    'zh-Hans': '在此等候您领取的预约资料：{count}',
  },
  'station.menu.choose': { en: 'What would you like to do?', 'zh-Hant': '請選擇服務', 'zh-Hans': '请选择服务' },
  'station.button.pickUp': { en: 'Collect reserved items', 'zh-Hant': '領取預約資料', 'zh-Hans': '领取预约资料' },
  'station.button.borrow': { en: 'Borrow from this station', 'zh-Hant': '借閱站內資料', 'zh-Hans': '借阅站内资料' },
  'station.button.loans': { en: 'My loans', 'zh-Hant': '我的借閱紀錄', 'zh-Hans': '我的借阅记录' },
  'station.button.charges': { en: 'My charges', 'zh-Hant': '我的欠款', 'zh-Hans': '我的欠款' },
  'station.button.back': { en: 'Back', 'zh-Hant': '返回', 'zh-Hans': '返回' },

  'station.pickup.heading': { en: 'Collect your reserved items', 'zh-Hant': '領取預約資料', 'zh-Hans': '领取预约资料' },
  'station.pickup.instruction': {
    en: 'Touch Collect beside an item, or scan its barcode.',
    'zh-Hant': '請按資料旁的「領取」，或掃描資料的條碼。',
    'zh-Hans': '请按资料旁的“领取”，或扫描资料的条码。',
  },
  'station.pickup.none': {
    en: 'No reserved items are waiting for you at this station.',
    'zh-Hant': '此自助圖書站沒有等候你領取的預約資料。',
    'zh-Hans': '此自助图书站没有等候您领取的预约资料。',
  },
  'station.pickup.unavailable': {
    en: 'Your reserved items cannot be shown just now. You can still scan an item to collect it.',
    'zh-Hant': '暫時未能顯示你的預約資料，但你仍可掃描資料條碼以領取。',
    'zh-Hans': '暂时无法显示您的预约资料，但您仍可扫描资料条码以领取。',
  },
  'station.pickup.collectBy': { en: 'Collect by {date}', 'zh-Hant': '請於{date}或之前領取', 'zh-Hans': '请于{date}或之前领取' },
  'station.button.collect': { en: 'Collect', 'zh-Hant': '領取', 'zh-Hans': '领取' },
  'station.pickup.collectLabel': { en: 'Collect {title}', 'zh-Hant': '領取：{title}', 'zh-Hans': '领取：{title}' },
  'station.pickup.collected': { en: 'Collected: {title}', 'zh-Hant': '已領取：{title}', 'zh-Hans': '已领取：{title}' },
  'station.pickup.refused': { en: 'Not collected: item {barcode}', 'zh-Hant': '未能領取：資料 {barcode}', 'zh-Hans': '未能领取：资料 {barcode}' },
  'station.pickup.refusedTitle': { en: 'Not collected: {title}', 'zh-Hant': '未能領取：{title}', 'zh-Hans': '未能领取：{title}' },
  'station.pickup.listHeading': { en: 'Collected in this visit', 'zh-Hant': '今次已領取的資料', 'zh-Hans': '本次已领取的资料' },
  'station.pickup.waitingHeading': { en: 'Waiting for you here', 'zh-Hant': '在此等候你領取', 'zh-Hans': '在此等候您领取' },

  'station.returns.heading': { en: 'Return items', 'zh-Hant': '歸還資料', 'zh-Hans': '归还资料' },
  'station.returns.instruction': {
    en: 'Scan the barcode of each item you are returning, one at a time. Touch Finish when you are done.',
    'zh-Hant': '請逐一掃描要歸還資料的條碼，完成後按「完成」。',
    'zh-Hans': '请逐一扫描要归还资料的条码，完成后按“完成”。',
  },
  'station.returns.returned': { en: 'Returned: {title}', 'zh-Hant': '已歸還：{title}', 'zh-Hans': '已归还：{title}' },
  'station.returns.returnedOverdue': {
    en: 'Returned: {title}. It was overdue, so please check your account for any charge.',
    'zh-Hant': '已歸還：{title}。此資料已逾期，請留意帳戶內的相關費用。',
    'zh-Hans': '已归还：{title}。此资料已逾期，请留意账户内的相关费用。',
  },
  'station.returns.refused': { en: 'Not returned: item {barcode}', 'zh-Hant': '未能歸還：資料 {barcode}', 'zh-Hans': '未能归还：资料 {barcode}' },
  'station.returns.refusedTitle': { en: 'Not returned: {title}', 'zh-Hant': '未能歸還：{title}', 'zh-Hans': '未能归还：{title}' },
  'station.returns.cardScanned': {
    en: 'That is a library card. To sign in, touch Finish first, then present your card.',
    'zh-Hant': '這是圖書證。如要登入，請先按「完成」，然後再出示圖書證。',
    'zh-Hans': '这是图书证。如需登录，请先按“完成”，然后再出示图书证。',
  },
  'station.returns.listHeading': { en: 'Returned in this visit', 'zh-Hant': '今次已歸還的資料', 'zh-Hans': '本次已归还的资料' },
  'station.returns.none': { en: 'No items returned yet.', 'zh-Hant': '尚未歸還任何資料。', 'zh-Hans': '尚未归还任何资料。' },

  'station.result.fault': {
    en: 'Item {barcode} could not be processed just now. Please scan it again.',
    'zh-Hant': '暫時未能處理資料 {barcode}，請再掃描一次。',
    'zh-Hans': '暂时无法处理资料 {barcode}，请再扫描一次。',
  },
  'station.result.refusedOther': {
    en: 'This item cannot be handled at this station. Please contact the library.',
    'zh-Hant': '此自助圖書站未能處理此資料，請聯絡圖書館。',
    'zh-Hans': '此自助图书站无法处理此资料，请联系图书馆。',
  },
});
