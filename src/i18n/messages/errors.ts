import { defineMessages } from '../catalogue.ts';

export const errorMessages = defineMessages({
  'error.validationFailed': {
    en: 'Some of the details entered are not valid.',
    'zh-Hant': '部分輸入的資料無效。',
    'zh-Hans': '部分输入的信息无效。',
  },
  'error.cardNumberInvalid': {
    en: 'This is not a valid library card number.',
    'zh-Hant': '這不是有效的圖書證號碼。',
    'zh-Hans': '这不是有效的图书证号码。',
  },
  'error.hkidInvalid': {
    en: 'This Hong Kong Identity Card number is not valid.',
    'zh-Hant': '香港身份證號碼無效。',
    'zh-Hans': '香港身份证号码无效。',
  },
  'error.pinFormatInvalid': {
    en: 'A PIN is 4 to 12 digits.',
    'zh-Hant': '密碼須為4至12位數字。',
    'zh-Hans': '密码须为4至12位数字。',
  },
  'error.unauthorized': {
    en: 'Sign-in is required.',
    'zh-Hant': '需要登入。',
    'zh-Hans': '需要登录。',
  },
  'error.forbidden': {
    en: 'This request is not allowed.',
    'zh-Hant': '不允許此要求。',
    'zh-Hans': '不允许此请求。',
  },
  'error.notFound': {
    en: 'Not found.',
    'zh-Hant': '找不到。',
    'zh-Hans': '找不到。',
  },
  'error.readerNotFound': {
    en: 'No reader has this card number.',
    'zh-Hant': '沒有讀者使用此圖書證號碼。',
    'zh-Hans': '没有读者使用此图书证号码。',
  },
  'error.idempotencyKeyReused': {
    en: 'This request was already made with different details.',
    'zh-Hant': '此要求已以不同資料提交過。',
    'zh-Hans': '此请求已用不同信息提交过。',
  },
  'error.pinNotAllowed': {
    en: 'This PIN is too easy to guess. Please choose another.',
    'zh-Hant': '此密碼太容易被猜中，請選擇另一個。',
    'zh-Hans': '此密码太容易被猜中，请另选一个。',
  },
  'error.terminalEnrolmentCodeInvalid': {
    en: 'This enrolment code is not valid. It may be mistyped, already used or expired; ask staff for a new one.',
    'zh-Hant': '此登記碼無效，可能輸入錯誤、已被使用或已過期，請向職員索取新的登記碼。',
    'zh-Hans': '此登记码无效，可能输入错误、已被使用或已过期，请向工作人员索取新的登记码。',
  },
  'error.terminalRevoked': {
    en: 'This terminal has been taken out of service by staff.',
    'zh-Hant': '此終端機已被職員停用。',
    'zh-Hans': '此终端机已被工作人员停用。',
  },
  'error.sourceBlocked': {
    en: 'Too many unsuccessful attempts. Please try again later or ask library staff.',
    'zh-Hant': '嘗試失敗次數太多，請稍後再試或向圖書館職員查詢。',
    'zh-Hans': '尝试失败次数太多，请稍后再试或向图书馆工作人员咨询。',
  },
  'error.serviceBusy': {
    en: 'The service is busy. Please try again in a moment.',
    'zh-Hant': '系統繁忙，請稍後再試。',
    'zh-Hans': '系统繁忙，请稍后再试。',
  },
  'error.storageFault': {
    en: 'The service is temporarily unavailable. Please try again later.',
    'zh-Hant': '服務暫時未能使用，請稍後再試。',
    'zh-Hans': '服务暂时无法使用，请稍后再试。',
  },
  'error.internal': {
    en: 'Something went wrong. Please try again or ask library staff.',
    'zh-Hant': '系統出現問題，請再試或向圖書館職員查詢。',
    'zh-Hans': '系统出现问题，请重试或向图书馆工作人员咨询。',
  },
});
