import { defineMessages } from '../catalogue.ts';

/** Texts of the kiosk screens from welcome to the PIN change; buttons and headings. */
export const kioskScreenMessages = defineMessages({
  'kiosk.title': { en: 'Self-checkout', 'zh-Hant': '自助借書', 'zh-Hans': '自助借书' },
  'kiosk.language.label': { en: 'Language', 'zh-Hant': '語言', 'zh-Hans': '语言' },
  // Each language is named in itself, whatever the screen's language.
  'kiosk.language.en': { en: 'English', 'zh-Hant': 'English', 'zh-Hans': 'English' },
  'kiosk.language.zh-Hant': { en: '繁體中文', 'zh-Hant': '繁體中文', 'zh-Hans': '繁體中文' },
  'kiosk.language.zh-Hans': { en: '简体中文', 'zh-Hant': '简体中文', 'zh-Hans': '简体中文' },
  'kiosk.busy': { en: 'Please wait…', 'zh-Hant': '請稍候…', 'zh-Hans': '请稍候…' },

  'kiosk.welcome.heading': { en: 'Welcome', 'zh-Hant': '歡迎使用', 'zh-Hans': '欢迎使用' },
  'kiosk.welcome.instruction': {
    en: 'To borrow items, present your library card to the card reader or touch Start.',
    'zh-Hant': '如要借閱資料，請將圖書證放在讀卡器上，或按「開始」。',
    'zh-Hans': '如需借阅资料，请将图书证放在读卡器上，或按“开始”。',
  },
  'kiosk.button.start': { en: 'Start', 'zh-Hant': '開始', 'zh-Hans': '开始' },
  'kiosk.button.cancel': { en: 'Cancel', 'zh-Hant': '取消', 'zh-Hans': '取消' },
  'kiosk.button.continue': { en: 'Continue', 'zh-Hant': '繼續', 'zh-Hans': '继续' },

  'kiosk.card.heading': { en: 'Present your library card', 'zh-Hant': '請出示圖書證', 'zh-Hans': '请出示图书证' },
  'kiosk.card.instruction': {
    en: 'Hold your card to the card reader, or scan its barcode.',
    'zh-Hant': '請將圖書證靠近讀卡器，或掃描證上的條碼。',
    'zh-Hans': '请将图书证靠近读卡器，或扫描证上的条码。',
  },

  'kiosk.pin.heading': { en: 'Enter your PIN', 'zh-Hant': '請輸入密碼', 'zh-Hans': '请输入密码' },
  'kiosk.pin.card': { en: 'Card {card}', 'zh-Hant': '圖書證 {card}', 'zh-Hans': '图书证 {card}' },
  'kiosk.pin.triesLeft': { en: 'Tries left: {count}', 'zh-Hant': '尚餘嘗試次數：{count}', 'zh-Hans': '剩余尝试次数：{count}' },
  'kiosk.pin.checking': { en: 'Checking your PIN…', 'zh-Hant': '正在核對密碼…', 'zh-Hans': '正在核对密码…' },
  'kiosk.pin.problem.rejected': {
    en: 'The card or PIN was not accepted. Please try again.',
    'zh-Hant': '圖書證或密碼不正確，請再試一次。',
    'zh-Hans': '图书证或密码不正确，请再试一次。',
  },
  'kiosk.pin.problem.busy': {
    en: 'The system is busy. Please enter your PIN again.',
    'zh-Hant': '系統繁忙，請再次輸入密碼。',
    'zh-Hans': '系统繁忙，请再次输入密码。',
  },
  'kiosk.pin.problem.fault': {
    en: 'Your PIN could not be checked just now. Please enter it again.',
    'zh-Hant': '暫時未能核對密碼，請再次輸入。',
    'zh-Hans': '暂时无法核对密码，请再次输入。',
  },
  'kiosk.pin.problem.interrupted': {
    en: 'Please enter your PIN again.',
    'zh-Hant': '請再次輸入密碼。',
    'zh-Hans': '请再次输入密码。',
  },
  'kiosk.pinpad.label': { en: 'PIN keypad', 'zh-Hant': '密碼鍵盤', 'zh-Hans': '密码键盘' },
  'kiosk.pinpad.display': { en: 'PIN entered', 'zh-Hant': '已輸入的密碼', 'zh-Hans': '已输入的密码' },
  'kiosk.pinpad.digitsEntered': { en: 'Digits entered: {count}', 'zh-Hant': '已輸入位數：{count}', 'zh-Hans': '已输入位数：{count}' },
  'kiosk.pinpad.delete': { en: 'Delete', 'zh-Hant': '刪除', 'zh-Hans': '删除' },
  'kiosk.pinpad.ok': { en: 'OK', 'zh-Hant': '確定', 'zh-Hans': '确定' },

  'kiosk.pinChange.offerHeading': { en: 'Change your PIN?', 'zh-Hant': '要更改密碼嗎？', 'zh-Hans': '要更改密码吗？' },
  'kiosk.pinChange.offerText': {
    en: 'You are still using the default PIN, the last 4 digits of your phone number. Choose your own PIN now to keep your account safe.',
    'zh-Hant': '你仍在使用預設密碼（登記電話號碼的最後4位數字）。請立即設定自己的密碼，以保障帳戶安全。',
    'zh-Hans': '您仍在使用默认密码（登记电话号码的最后4位数字）。请立即设置自己的密码，以保障账户安全。',
  },
  'kiosk.button.changePin': { en: 'Change PIN', 'zh-Hant': '更改密碼', 'zh-Hans': '更改密码' },
  'kiosk.button.notNow': { en: 'Not now', 'zh-Hant': '暫不更改', 'zh-Hans': '暂不更改' },
  'kiosk.pinChange.newHeading': { en: 'Choose a new PIN', 'zh-Hant': '請設定新密碼', 'zh-Hans': '请设置新密码' },
  'kiosk.pinChange.newHint': {
    en: 'Use {minLength} to {maxLength} digits. Avoid repeated digits, runs such as 1234, years and your phone number.',
    'zh-Hant': '請使用{minLength}至{maxLength}位數字，避免重複數字、連續數字（例如1234）、年份及你的電話號碼。',
    'zh-Hans': '请使用{minLength}至{maxLength}位数字，避免重复数字、连续数字（例如1234）、年份及您的电话号码。',
  },
  'kiosk.pinChange.confirmHeading': { en: 'Enter the new PIN again', 'zh-Hant': '請再次輸入新密碼', 'zh-Hans': '请再次输入新密码' },
  'kiosk.pinChange.problem.mismatch': {
    en: 'The two entries were different. Please choose your new PIN again.',
    'zh-Hant': '兩次輸入的密碼不相同，請重新設定新密碼。',
    'zh-Hans': '两次输入的密码不一致，请重新设置新密码。',
  },
  'kiosk.pinChange.problem.busy': {
    en: 'The system is busy, so your PIN was not changed. You can try again.',
    'zh-Hant': '系統繁忙，密碼未有更改，你可以再試一次。',
    'zh-Hans': '系统繁忙，密码未更改，您可以再试一次。',
  },
  'kiosk.pinChange.problem.fault': {
    en: 'Your PIN could not be changed just now. You can try again or continue with your current PIN.',
    'zh-Hant': '暫時未能更改密碼。你可以再試一次，或繼續使用現有密碼。',
    'zh-Hans': '暂时无法更改密码。您可以再试一次，或继续使用现有密码。',
  },
  // Refusals by a rule the kiosk has no text for; the known rules use the `pinRule.*` texts.
  'kiosk.pinChange.reason.other': {
    en: 'This PIN is too easy to guess. Please choose another.',
    'zh-Hant': '此密碼太容易被猜中，請選擇另一個。',
    'zh-Hans': '此密码太容易被猜中，请另选一个。',
  },
});
