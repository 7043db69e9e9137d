import { defineMessages } from '../../src/i18n/catalogue.ts';

/** The greeting, the language menu and the card and PIN steps of the telephone line. */
export const signInPrompts = defineMessages({
  'phone.welcome': {
    en: 'Welcome to the library telephone renewal line.',
    'zh-Hant': '歡迎致電圖書館電話續借服務。',
    'zh-Hans': '欢迎致电图书馆电话续借服务。',
  },
  'phone.chooseLanguage': {
    en: 'For English, press 3.',
    'zh-Hant': '廣東話，請按1。',
    'zh-Hans': '普通话，请按2。',
  },
  'phone.askCard': {
    en: 'Please key in your library card number, then press the hash key.',
    'zh-Hant': '請輸入你嘅圖書證號碼，然後按井字鍵。',
    'zh-Hans': '请输入您的图书证号码，然后按井号键。',
  },
  'phone.askPin': {
    en: 'Please key in your PIN, then press the hash key. If you have never changed it, your PIN is the last four digits of the phone number you registered with the library.',
    'zh-Hant': '請輸入你嘅密碼，然後按井字鍵。如果你從來冇改過密碼，密碼就係你喺圖書館登記嘅電話號碼最後四個數字。',
    'zh-Hans': '请输入您的密码，然后按井号键。如果您从未更改过密码，密码就是您在图书馆登记的电话号码的最后四位数字。',
  },
  'phone.pinRejected': {
    en: 'Sorry, the card number or PIN is not correct. Please key in your PIN again, then press the hash key.',
    'zh-Hant': '對唔住，圖書證號碼或者密碼唔正確。請再輸入一次密碼，然後按井字鍵。',
    'zh-Hans': '对不起，图书证号码或密码不正确。请再输入一次密码，然后按井号键。',
  },
  'phone.changeCardOffer': {
    en: 'To key in your library card number again, press the star key, then the hash key.',
    'zh-Hant': '如果要重新輸入圖書證號碼，請按米字鍵，再按井字鍵。',
    'zh-Hans': '如需重新输入图书证号码，请按星号键，再按井号键。',
  },
  'phone.pinBusy': {
    en: 'Sorry, the system is very busy and could not check your PIN. Please key in your PIN again, then press the hash key.',
    'zh-Hant': '對唔住，系統而家好繁忙，未能核對你嘅密碼。請再輸入一次密碼，然後按井字鍵。',
    'zh-Hans': '对不起，系统现在非常繁忙，未能核对您的密码。请再输入一次密码，然后按井号键。',
  },
  'phone.pinNotChecked': {
    en: 'Sorry, we could not check your PIN. Please key in your PIN again, then press the hash key.',
    'zh-Hant': '對唔住，我哋未能核對你嘅密碼。請再輸入一次密碼，然後按井字鍵。',
    'zh-Hans': '对不起，我们未能核对您的密码。请再输入一次密码，然后按井号键。',
  },
  'phone.pleaseHold': {
    en: 'Please hold.',
    'zh-Hant': '請稍候。',
    'zh-Hans': '请稍候。',
  },
});
