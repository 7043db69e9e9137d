import { defineMessages } from '../catalogue.ts';

/** Kiosk messages about timing, card reads, devices and the connection to the library system. */
export const kioskNoticeMessages = defineMessages({
  'kiosk.idle.heading': { en: 'Are you still there?', 'zh-Hant': '你仍在使用嗎？', 'zh-Hans': '您还在使用吗？' },
  'kiosk.idle.text': {
    en: 'You will be signed out in {seconds} seconds.',
    'zh-Hant': '你將於 {seconds} 秒後被登出。',
    'zh-Hans': '您将于 {seconds} 秒后被退出。',
  },
  'kiosk.button.extend': { en: "I'm still here", 'zh-Hant': '我仍在使用', 'zh-Hans': '我还在使用' },
  'kiosk.timeLimit.near': {
    en: 'Your session will end in about one minute.',
    'zh-Hant': '今次使用將於約一分鐘後結束。',
    'zh-Hans': '本次使用将于约一分钟后结束。',
  },

  'kiosk.notice.read-failed.bad-swipe': {
    en: 'The card could not be read. Please swipe it again in one steady movement.',
    'zh-Hant': '未能讀取圖書證，請以平穩的速度再刷一次。',
    'zh-Hans': '无法读取图书证，请以平稳的速度再刷一次。',
  },
  'kiosk.notice.read-failed.bad-checksum': {
    en: 'The card could not be read. Please hold it still on the reader again.',
    'zh-Hant': '未能讀取圖書證，請再將圖書證平放在讀卡器上。',
    'zh-Hans': '无法读取图书证，请再将图书证平放在读卡器上。',
  },
  'kiosk.notice.read-failed.unreadable': {
    en: 'The card could not be read. Please try again, or ask library staff.',
    'zh-Hant': '未能讀取圖書證，請再試一次或向圖書館職員查詢。',
    'zh-Hans': '无法读取图书证，请再试一次或向图书馆工作人员咨询。',
  },
  'kiosk.notice.card-invalid': {
    en: 'This is not a valid library card. Please try again or ask library staff.',
    'zh-Hant': '這不是有效的圖書證，請再試一次或向圖書館職員查詢。',
    'zh-Hans': '这不是有效的图书证，请再试一次或向图书馆工作人员咨询。',
  },
  'kiosk.notice.not-a-card': {
    en: 'That is not a library card. To sign in, please scan your library card first.',
    'zh-Hant': '這不是圖書證。請先掃描你的圖書證以登入。',
    'zh-Hans': '这不是图书证。请先扫描您的图书证以登录。',
  },
  'kiosk.notice.card-not-item': {
    en: 'That is a library card, not an item. To borrow, scan the barcode on the item.',
    'zh-Hant': '這是圖書證，不是資料。如要借閱，請掃描資料上的條碼。',
    'zh-Hans': '这是图书证，不是资料。如需借阅，请扫描资料上的条码。',
  },
  'kiosk.notice.account-unavailable': {
    en: 'Your loans cannot be shown just now, but you can still borrow items.',
    'zh-Hant': '暫時未能顯示你的借閱紀錄，但你仍可借閱資料。',
    'zh-Hans': '暂时无法显示您的借阅记录，但您仍可借阅资料。',
  },
  'kiosk.notice.pin-changed': { en: 'Your PIN has been changed.', 'zh-Hant': '你的密碼已經更改。', 'zh-Hans': '您的密码已更改。' },

  'kiosk.scroll.hint': {
    en: 'More below. Swipe up to see it.',
    'zh-Hant': '下面還有更多內容，請向上滑動查看。',
    'zh-Hans': '下面还有更多内容，请向上滑动查看。',
  },
  'kiosk.scroll.region': { en: 'Scrollable content', 'zh-Hant': '可捲動的內容', 'zh-Hans': '可滚动的内容' },

  'kiosk.device.cardReader.disconnected': {
    en: 'The card reader is disconnected. Please ask library staff.',
    'zh-Hant': '讀卡器未有連接，請向圖書館職員查詢。',
    'zh-Hans': '读卡器未连接，请向图书馆工作人员咨询。',
  },
  'kiosk.device.cardReader.busy': {
    en: 'The card reader is in use by another program. Please ask library staff.',
    'zh-Hant': '讀卡器正被其他程式使用，請向圖書館職員查詢。',
    'zh-Hans': '读卡器正被其他程序使用，请向图书馆工作人员咨询。',
  },
  'kiosk.device.cardReader.permission-denied': {
    en: 'The card reader cannot be opened because permission was denied. Please ask library staff.',
    'zh-Hant': '沒有權限開啟讀卡器，請向圖書館職員查詢。',
    'zh-Hans': '没有权限打开读卡器，请向图书馆工作人员咨询。',
  },
  'kiosk.device.cardReader.not-found': {
    en: 'The card reader was not found. Please ask library staff.',
    'zh-Hant': '找不到讀卡器，請向圖書館職員查詢。',
    'zh-Hans': '找不到读卡器，请向图书馆工作人员咨询。',
  },
  'kiosk.device.cardReader.fault': {
    en: 'The card reader reported a fault. Please ask library staff.',
    'zh-Hant': '讀卡器出現故障，請向圖書館職員查詢。',
    'zh-Hans': '读卡器出现故障，请向图书馆工作人员咨询。',
  },

  'kiosk.outOfService.heading': { en: 'Out of service', 'zh-Hant': '暫停服務', 'zh-Hans': '暂停服务' },
  'kiosk.outOfService.connecting': {
    en: 'This kiosk is connecting to the library system. Please wait a moment or use another kiosk.',
    'zh-Hant': '此服務機正在連接圖書館系統，請稍候或使用其他服務機。',
    'zh-Hans': '此服务机正在连接图书馆系统，请稍候或使用其他服务机。',
  },
  'kiosk.outOfService.unauthorized': {
    en: 'This kiosk is not registered with the library system. Please ask library staff.',
    'zh-Hant': '此服務機未在圖書館系統登記，請向圖書館職員查詢。',
    'zh-Hans': '此服务机未在图书馆系统登记，请向图书馆工作人员咨询。',
  },
  'kiosk.outOfService.revoked': {
    en: 'This kiosk has been taken out of service. Please ask library staff.',
    'zh-Hant': '此服務機已停止服務，請向圖書館職員查詢。',
    'zh-Hans': '此服务机已停止服务，请向图书馆工作人员咨询。',
  },
});
