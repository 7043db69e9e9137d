import { defineMessages } from '../catalogue.ts';

/** Texts of the kiosk's account, borrowing, receipt and goodbye screens. */
export const kioskLoanMessages = defineMessages({
  'kiosk.account.heading': { en: 'Hello, {name}', 'zh-Hant': '{name}，你好', 'zh-Hans': '{name}，您好' },
  'kiosk.account.loading': { en: 'Loading your account…', 'zh-Hant': '正在載入你的帳戶…', 'zh-Hans': '正在加载您的账户…' },
  'kiosk.account.loansCount': { en: 'Items on loan: {count}', 'zh-Hant': '借閱中的資料：{count}', 'zh-Hans': '借阅中的资料：{count}' },
  'kiosk.account.overdueCount': { en: 'Overdue: {count}', 'zh-Hant': '逾期：{count}', 'zh-Hans': '逾期：{count}' },
  'kiosk.account.charges': { en: 'Charges: {amount}', 'zh-Hant': '欠款：{amount}', 'zh-Hans': '欠款：{amount}' },
  'kiosk.account.readyHolds': {
    en: 'Reservations ready to collect: {count}',
    'zh-Hant': '可領取的預約資料：{count}',
    'zh-Hans': '可领取的预约资料：{count}',
  },
  'kiosk.account.loansHeading': { en: 'Your loans', 'zh-Hant': '你的借閱紀錄', 'zh-Hans': '您的借阅记录' },
  'kiosk.account.noLoans': { en: 'You have no items on loan.', 'zh-Hant': '你沒有借閱中的資料。', 'zh-Hans': '您没有借阅中的资料。' },
  'kiosk.account.due': { en: 'Due {date}', 'zh-Hant': '到期日：{date}', 'zh-Hans': '到期日：{date}' },
  'kiosk.account.overdue': { en: 'Overdue', 'zh-Hant': '已逾期', 'zh-Hans': '已逾期' },
  'kiosk.button.borrow': { en: 'Borrow items', 'zh-Hant': '借閱資料', 'zh-Hans': '借阅资料' },
  'kiosk.button.finish': { en: 'Finish', 'zh-Hant': '完成', 'zh-Hans': '完成' },
  'kiosk.button.signOut': { en: 'Sign out', 'zh-Hant': '登出', 'zh-Hans': '退出' },

  'kiosk.borrow.heading': { en: 'Scan the items to borrow', 'zh-Hant': '請掃描要借閱的資料', 'zh-Hans': '请扫描要借阅的资料' },
  'kiosk.borrow.instruction': {
    en: 'Scan the barcode of each item, one at a time. Touch Finish when you are done.',
    'zh-Hant': '請逐一掃描每項資料的條碼，完成後按「完成」。',
    'zh-Hans': '请逐一扫描每项资料的条码，完成后按“完成”。',
  },
  'kiosk.borrow.borrowed': { en: 'Borrowed: {title}', 'zh-Hant': '已借出：{title}', 'zh-Hans': '已借出：{title}' },
  'kiosk.borrow.refused': { en: 'Not borrowed: item {barcode}', 'zh-Hant': '未能借出：資料 {barcode}', 'zh-Hans': '未能借出：资料 {barcode}' },
  'kiosk.borrow.refusedTitle': { en: 'Not borrowed: {title}', 'zh-Hant': '未能借出：{title}', 'zh-Hans': '未能借出：{title}' },
  'kiosk.borrow.fault': {
    en: 'Item {barcode} could not be borrowed just now. Please scan it again or ask library staff.',
    'zh-Hant': '資料 {barcode} 暫時未能借出，請再掃描一次或向圖書館職員查詢。',
    'zh-Hans': '资料 {barcode} 暂时无法借出，请再扫描一次或向图书馆工作人员咨询。',
  },
  'kiosk.borrow.refusedOther': {
    en: 'This item cannot be borrowed here. Please ask library staff.',
    'zh-Hant': '此資料不能在這裏借出，請向圖書館職員查詢。',
    'zh-Hans': '此资料不能在这里借出，请向图书馆工作人员咨询。',
  },
  'kiosk.borrow.listHeading': { en: 'Borrowed in this visit', 'zh-Hant': '今次借閱的資料', 'zh-Hans': '本次借阅的资料' },
  'kiosk.borrow.none': { en: 'No items borrowed yet.', 'zh-Hant': '尚未借閱任何資料。', 'zh-Hans': '尚未借阅任何资料。' },
  'kiosk.borrow.checking': { en: 'Checking the item…', 'zh-Hant': '正在處理資料…', 'zh-Hans': '正在处理资料…' },

  'kiosk.receipt.heading': { en: 'Would you like a receipt?', 'zh-Hant': '需要收據嗎？', 'zh-Hans': '需要收据吗？' },
  'kiosk.receipt.count': { en: 'Items borrowed: {count}', 'zh-Hant': '借閱資料數目：{count}', 'zh-Hans': '借阅资料数量：{count}' },
  'kiosk.button.printReceipt': { en: 'Print receipt', 'zh-Hant': '列印收據', 'zh-Hans': '打印收据' },
  'kiosk.button.noReceipt': { en: 'No receipt', 'zh-Hant': '不需要收據', 'zh-Hans': '不需要收据' },
  'kiosk.receipt.printerUnavailable': {
    en: 'The receipt printer is not available. Your loans are saved, and you can see them in your online account.',
    'zh-Hant': '收據打印機暫時未能使用。你的借閱紀錄已經儲存，可在網上帳戶查閱。',
    'zh-Hans': '收据打印机暂时无法使用。您的借阅记录已保存，可在网上账户查看。',
  },
  'kiosk.receipt.printing': { en: 'Printing your receipt…', 'zh-Hant': '正在列印收據…', 'zh-Hans': '正在打印收据…' },
  'kiosk.receipt.problem.offline': {
    en: 'The receipt printer is offline.',
    'zh-Hant': '收據打印機未有連線。',
    'zh-Hans': '收据打印机未连接。',
  },
  'kiosk.receipt.problem.paper-out': {
    en: 'The receipt printer is out of paper.',
    'zh-Hant': '收據打印機已沒有紙。',
    'zh-Hans': '收据打印机缺纸。',
  },
  'kiosk.receipt.problem.timed-out': {
    en: 'The receipt printer did not respond.',
    'zh-Hant': '收據打印機沒有回應。',
    'zh-Hans': '收据打印机没有响应。',
  },
  'kiosk.receipt.problem.fault': {
    en: 'The receipt printer reported a problem.',
    'zh-Hant': '收據打印機出現問題。',
    'zh-Hans': '收据打印机出现问题。',
  },
  'kiosk.receipt.problemAdvice': {
    en: 'Your loans are saved. Please ask library staff if you need a receipt.',
    'zh-Hant': '你的借閱紀錄已經儲存。如需收據，請向圖書館職員查詢。',
    'zh-Hans': '您的借阅记录已保存。如需收据，请向图书馆工作人员咨询。',
  },

  'kiosk.goodbye.heading': { en: 'Thank you', 'zh-Hant': '多謝使用', 'zh-Hans': '谢谢使用' },
  'kiosk.goodbye.heading.notSignedIn': { en: 'Not signed in', 'zh-Hant': '未能登入', 'zh-Hans': '未能登录' },
  'kiosk.goodbye.heading.cancelled': { en: 'Cancelled', 'zh-Hant': '已取消', 'zh-Hans': '已取消' },
  'kiosk.goodbye.finished': {
    en: 'You are signed out. Please remember to take your card and your items.',
    'zh-Hant': '你已登出。請記得取回圖書證及借閱的資料。',
    'zh-Hans': '您已退出。请记得取回图书证及借阅的资料。',
  },
  'kiosk.goodbye.cancelled': { en: 'You are signed out.', 'zh-Hant': '你已登出。', 'zh-Hans': '您已退出。' },
  'kiosk.goodbye.idle': {
    en: 'You were signed out because the screen was not used for a while.',
    'zh-Hant': '由於一段時間沒有操作，你已被登出。',
    'zh-Hans': '由于一段时间没有操作，您已被退出。',
  },
  'kiosk.goodbye.time-limit': {
    en: 'You were signed out because the time limit for one session was reached.',
    'zh-Hant': '由於已達每次使用的時限，你已被登出。',
    'zh-Hans': '由于已达每次使用的时限，您已被退出。',
  },
  'kiosk.goodbye.notSignedIn.cancelled': {
    en: 'You have not signed in. Present your library card whenever you are ready.',
    'zh-Hant': '你尚未登入。準備好後，請再出示圖書證。',
    'zh-Hans': '您尚未登录。准备好后，请再出示图书证。',
  },
  'kiosk.goodbye.notSignedIn.idle': {
    en: 'The screen was not used for a while, so it has gone back to the start.',
    'zh-Hant': '由於一段時間沒有操作，已返回開始畫面。',
    'zh-Hans': '由于一段时间没有操作，已返回开始画面。',
  },
  'kiosk.goodbye.notSignedIn.time-limit': {
    en: 'The time limit for one visit was reached, so the screen has gone back to the start.',
    'zh-Hant': '由於已達每次使用的時限，已返回開始畫面。',
    'zh-Hans': '由于已达每次使用的时限，已返回开始画面。',
  },
  'kiosk.goodbye.too-many-tries': {
    en: 'Your PIN was not accepted. Please see library staff.',
    'zh-Hant': '密碼未被接納，請向圖書館職員查詢。',
    'zh-Hans': '密码未被接受，请向图书馆工作人员咨询。',
  },
  'kiosk.goodbye.source-blocked': {
    en: 'This kiosk cannot sign you in at the moment. Please see library staff.',
    'zh-Hant': '此服務機暫時未能讓你登入，請向圖書館職員查詢。',
    'zh-Hans': '此服务机暂时无法让您登录，请向图书馆工作人员咨询。',
  },
  'kiosk.goodbye.default-pin-refused': {
    en: 'Please change your default PIN at the library counter or in your online account before using this service.',
    'zh-Hant': '使用此服務前，請先在圖書館服務台或網上帳戶更改預設密碼。',
    'zh-Hans': '使用此服务前，请先在图书馆服务台或网上账户更改默认密码。',
  },
  'kiosk.button.done': { en: 'Done', 'zh-Hant': '完成', 'zh-Hans': '完成' },
});
