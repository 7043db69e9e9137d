import { defineMessages } from '../../src/i18n/catalogue.ts';

/** The last words of a call, one per way a call can end. */
export const endingPrompts = defineMessages({
  'phone.end.goodbye': {
    en: 'Thank you for calling. Goodbye.',
    'zh-Hant': '多謝你嘅來電，再見。',
    'zh-Hans': '谢谢您的来电，再见。',
  },
  'phone.end.noResponse': {
    en: 'We have not received a valid choice, so we will end this call. Please call again later. Goodbye.',
    'zh-Hant': '我哋收唔到有效嘅選擇，所以會結束今次通話。歡迎你稍後再打嚟。再見。',
    'zh-Hans': '我们没有收到有效的选择，本次通话将会结束。欢迎您稍后再来电。再见。',
  },
  'phone.end.noCardNumber': {
    en: 'We have not received a valid library card number, so we will end this call. Please check the number on your card and call again, or ask the staff at any library. Goodbye.',
    'zh-Hant': '我哋收唔到有效嘅圖書證號碼，所以會結束今次通話。請核對清楚圖書證上面嘅號碼再打嚟，或者向任何一間圖書館嘅職員查詢。再見。',
    'zh-Hans': '我们没有收到有效的图书证号码，本次通话将会结束。请核对图书证上的号码后再来电，或向任何一间图书馆的工作人员查询。再见。',
  },
  'phone.end.noPin': {
    en: 'We have not received your PIN, so we will end this call. Please call again later. Goodbye.',
    'zh-Hant': '我哋收唔到你嘅密碼，所以會結束今次通話。歡迎你稍後再打嚟。再見。',
    'zh-Hans': '我们没有收到您的密码，本次通话将会结束。欢迎您稍后再来电。再见。',
  },
  'phone.end.pinFailed': {
    en: 'Sorry, we could not verify your library card number and PIN. Please check them and call again, or ask the staff at any library. Goodbye.',
    'zh-Hant': '對唔住，我哋未能核實你嘅圖書證號碼同密碼。請檢查清楚之後再打嚟，或者向任何一間圖書館嘅職員查詢。再見。',
    'zh-Hans': '对不起，我们未能核实您的图书证号码和密码。请核对后再来电，或向任何一间图书馆的工作人员查询。再见。',
  },
  'phone.end.sourceBlocked': {
    en: 'Sorry, there have been too many unsuccessful attempts from this phone, so this service is not available to it for a while. Please try again later, or ask the staff at any library. Goodbye.',
    'zh-Hant': '對唔住，呢個電話嘅失敗嘗試次數太多，暫時未能使用呢項服務。請稍後再試，或者向任何一間圖書館嘅職員查詢。再見。',
    'zh-Hans': '对不起，这部电话的失败尝试次数太多，暂时无法使用本服务。请稍后再试，或向任何一间图书馆的工作人员查询。再见。',
  },
  'phone.end.defaultPinRefused': {
    en: 'For your security, the telephone line does not accept a PIN that has never been changed. Please change your PIN at a library or in your online account first. Goodbye.',
    'zh-Hant': '為咗保障你嘅帳戶，電話續借服務唔接受從未更改過嘅密碼。請先喺圖書館或者網上帳戶更改密碼。再見。',
    'zh-Hans': '为了保障您的账户安全，电话续借服务不接受从未更改过的密码。请先在图书馆或网上账户更改密码。再见。',
  },
  'phone.end.serviceFault': {
    en: 'Sorry, the service is not available just now. Please call again later. Goodbye.',
    'zh-Hant': '對唔住，服務暫時未能使用。請稍後再打嚟。再見。',
    'zh-Hans': '对不起，服务暂时无法使用。请稍后再来电。再见。',
  },
  'phone.end.callExpired': {
    en: 'Sorry, this call can no longer continue. Please call again. Goodbye.',
    'zh-Hant': '對唔住，今次通話已經無法繼續。請你再打嚟。再見。',
    'zh-Hans': '对不起，本次通话已无法继续。请您重新来电。再见。',
  },
});
