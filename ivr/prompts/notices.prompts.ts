import { defineMessages } from '../../src/i18n/catalogue.ts';

/** What the caller hears before a question is asked again, or after a choice could not be carried out. */
export const noticePrompts = defineMessages({
  'phone.notice.noInput': {
    en: 'Sorry, we did not receive your choice.',
    'zh-Hant': '對唔住，我哋收唔到你嘅選擇。',
    'zh-Hans': '对不起，我们没有收到您的选择。',
  },
  'phone.notice.noEntry': {
    en: 'Sorry, we did not receive any numbers.',
    'zh-Hant': '對唔住，我哋收唔到你輸入嘅數字。',
    'zh-Hans': '对不起，我们没有收到您输入的数字。',
  },
  'phone.notice.invalidEntry': {
    en: 'Sorry, that entry is not valid.',
    'zh-Hant': '對唔住，你輸入嘅內容無效。',
    'zh-Hans': '对不起，您输入的内容无效。',
  },
  'phone.notice.wrongKey': {
    en: 'Sorry, that key is not one of the choices.',
    'zh-Hant': '對唔住，冇呢個選擇。',
    'zh-Hans': '对不起，没有这个选项。',
  },
  'phone.notice.invalidCard': {
    en: 'Sorry, that is not a valid library card number.',
    'zh-Hant': '對唔住，呢個唔係有效嘅圖書證號碼。',
    'zh-Hans': '对不起，这不是有效的图书证号码。',
  },
  'phone.notice.cardLost': {
    en: 'Sorry, we need your library card number again.',
    'zh-Hant': '對唔住，請你再輸入一次圖書證號碼。',
    'zh-Hans': '对不起，请您再输入一次图书证号码。',
  },
  'phone.notice.cardLimitReached': {
    en: 'Sorry, no more library cards can be used in this call.',
    'zh-Hant': '對唔住，今次通話已經唔可以再用其他圖書證。',
    'zh-Hans': '对不起，本次通话不能再使用其他图书证。',
  },
  'phone.notice.noMoreLoans': {
    en: 'That was the last item on loan.',
    'zh-Hant': '已經係最後一項借閱資料。',
    'zh-Hans': '这已经是最后一项借阅资料。',
  },
  'phone.notice.defaultPin': {
    en: 'You are still using the default PIN. To keep your account safe, please choose your own PIN at a library kiosk or in your online account.',
    'zh-Hant': '你仲係用緊預設密碼。為保障帳戶安全，請喺圖書館嘅自助借書機或者網上帳戶設定你自己嘅密碼。',
    'zh-Hans': '您仍在使用默认密码。为保障账户安全，请在图书馆的自助借书机或网上账户设置您自己的密码。',
  },
  'phone.notice.serviceFault': {
    en: 'Sorry, that could not be done just now. Please try again later.',
    'zh-Hant': '對唔住，暫時未能處理你嘅要求，請稍後再試。',
    'zh-Hans': '对不起，暂时无法处理您的请求，请稍后再试。',
  },
});
