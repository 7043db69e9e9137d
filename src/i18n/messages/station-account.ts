import { defineMessages } from '../catalogue.ts';

/** Texts of the station's charges, receipt and goodbye screens, and its own notices. */
export const stationAccountMessages = defineMessages({
  'station.loans.unavailable': {
    en: 'Your loans cannot be shown just now.',
    'zh-Hant': '暫時未能顯示你的借閱紀錄。',
    'zh-Hans': '暂时无法显示您的借阅记录。',
  },
  'station.charges.heading': { en: 'Your charges', 'zh-Hant': '你的欠款', 'zh-Hans': '您的欠款' },
  'station.charges.total': { en: 'Total outstanding: {amount}', 'zh-Hant': '未繳付總額：{amount}', 'zh-Hans': '未缴纳总额：{amount}' },
  'station.charges.none': { en: 'You have no outstanding charges.', 'zh-Hant': '你沒有未繳付的費用。', 'zh-Hans': '您没有未缴纳的费用。' },
  'station.charges.recorded': { en: 'Recorded {date}', 'zh-Hant': '記錄日期：{date}', 'zh-Hans': '记录日期：{date}' },
  'station.charges.payAdvice': {
    en: 'You can pay charges at any library counter.',
    'zh-Hant': '你可在任何圖書館服務櫃檯繳付費用。',
    'zh-Hans': '您可在任何图书馆服务台缴费。',
  },
  'station.charges.unavailable': {
    en: 'Your charges cannot be shown just now.',
    'zh-Hant': '暫時未能顯示你的欠款。',
    'zh-Hans': '暂时无法显示您的欠款。',
  },

  'station.summary.pickedUp': { en: 'Reserved items collected: {count}', 'zh-Hant': '已領取的預約資料：{count}', 'zh-Hans': '已领取的预约资料：{count}' },
  'station.summary.borrowed': { en: 'Items borrowed: {count}', 'zh-Hant': '已借閱的資料：{count}', 'zh-Hans': '已借阅的资料：{count}' },
  'station.summary.returned': { en: 'Items returned: {count}', 'zh-Hant': '已歸還的資料：{count}', 'zh-Hans': '已归还的资料：{count}' },
  'station.receipt.printerUnavailable': {
    en: 'The receipt printer is not available. Everything is recorded, and you can check your account online.',
    'zh-Hant': '收據打印機暫時未能使用。所有紀錄已經儲存，你可在網上帳戶查閱。',
    'zh-Hans': '收据打印机暂时无法使用。所有记录已保存，您可在网上账户查看。',
  },
  'station.receipt.problemAdvice': {
    en: 'Everything is recorded, and you can check your account online.',
    'zh-Hant': '所有紀錄已經儲存，你可在網上帳戶查閱。',
    'zh-Hans': '所有记录已保存，您可在网上账户查看。',
  },

  'station.goodbye.returned': {
    en: 'Thank you for returning your items.',
    'zh-Hant': '多謝你歸還資料。',
    'zh-Hans': '谢谢您归还资料。',
  },
  'station.goodbye.too-many-tries': {
    en: 'Your PIN was not accepted. You can try again later, or set a new PIN in your online account or at any library counter.',
    'zh-Hant': '密碼未被接納。你可稍後再試，或在網上帳戶或任何圖書館服務櫃檯重設密碼。',
    'zh-Hans': '密码未被接受。您可稍后再试，或在网上账户或任何图书馆服务台重设密码。',
  },
  'station.goodbye.source-blocked': {
    en: 'This station cannot sign you in at the moment. Please try again later, or visit a library.',
    'zh-Hant': '此自助圖書站暫時未能讓你登入。請稍後再試，或前往圖書館。',
    'zh-Hans': '此自助图书站暂时无法让您登录。请稍后再试，或前往图书馆。',
  },
  'station.goodbye.default-pin-refused': {
    en: 'For your security, this station does not accept the default PIN (the last 4 digits of your phone number). Please choose your own PIN at a library kiosk or in your online account, then come back.',
    'zh-Hant': '為保障你的帳戶安全，此自助圖書站不接受預設密碼（登記電話號碼的最後4位數字）。請先在圖書館的自助借書機或網上帳戶設定自己的密碼，然後再使用。',
    'zh-Hans': '为保障您的账户安全，此自助图书站不接受默认密码（登记电话号码的最后4位数字）。请先在图书馆的自助借书机或网上账户设置自己的密码，然后再使用。',
  },
  'station.goodbye.nothingReturned': { en: 'No items were returned.', 'zh-Hant': '沒有歸還任何資料。', 'zh-Hans': '没有归还任何资料。' },
  'station.goodbye.pickedUpHeading': { en: 'Collected', 'zh-Hant': '已領取', 'zh-Hans': '已领取' },
  'station.goodbye.borrowedHeading': { en: 'Borrowed', 'zh-Hant': '已借閱', 'zh-Hans': '已借阅' },
  'station.goodbye.returnedHeading': { en: 'Returned', 'zh-Hant': '已歸還', 'zh-Hans': '已归还' },

  'station.notice.default-pin': {
    en: 'You are still using the default PIN. To keep your account safe, choose your own PIN at a library kiosk or in your online account.',
    'zh-Hant': '你仍在使用預設密碼。為保障帳戶安全，請在圖書館的自助借書機或網上帳戶設定自己的密碼。',
    'zh-Hans': '您仍在使用默认密码。为保障账户安全，请在图书馆的自助借书机或网上账户设置自己的密码。',
  },
  'station.notice.card-not-item': {
    en: 'That is a library card, not an item. To collect or borrow, scan the barcode on the item.',
    'zh-Hant': '這是圖書證，不是資料。如要領取或借閱，請掃描資料上的條碼。',
    'zh-Hans': '这是图书证，不是资料。如需领取或借阅，请扫描资料上的条码。',
  },
  'station.notice.account-unavailable': {
    en: 'Your account cannot be shown just now, but you can still collect and borrow items.',
    'zh-Hant': '暫時未能顯示你的帳戶，但你仍可領取及借閱資料。',
    'zh-Hans': '暂时无法显示您的账户，但您仍可领取及借阅资料。',
  },
  'station.notice.card-invalid': {
    en: 'This is not a valid library card. Please try again, or contact the library.',
    'zh-Hant': '這不是有效的圖書證。請再試一次，或聯絡圖書館。',
    'zh-Hans': '这不是有效的图书证。请再试一次，或联系图书馆。',
  },
});
