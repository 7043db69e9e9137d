import { defineMessages } from '../catalogue.ts';

/** Why a new PIN was refused, keyed `pinRule.<WeakPinReason>`, said to the reader when they choose a PIN. */
export const pinPolicyMessages = defineMessages({
  'pinRule.format': {
    en: 'Your PIN must be {minLength} to {maxLength} digits, numbers only.',
    'zh-Hant': '密碼須為{minLength}至{maxLength}位數字，只可使用數字。',
    'zh-Hans': '密码须为{minLength}至{maxLength}位数字，只能使用数字。',
  },
  'pinRule.repeated-digit': {
    en: 'A PIN of one digit repeated, such as 1111, is too easy to guess.',
    'zh-Hant': '同一數字重複的密碼（例如1111）太容易被猜中。',
    'zh-Hans': '同一数字重复的密码（例如1111）太容易被猜中。',
  },
  'pinRule.repeated-pattern': {
    en: 'A PIN that repeats a short pattern, such as 1212, is too easy to guess.',
    'zh-Hant': '重複同一組數字的密碼（例如1212）太容易被猜中。',
    'zh-Hans': '重复同一组数字的密码（例如1212）太容易被猜中。',
  },
  'pinRule.run': {
    en: 'A PIN of digits in order, such as 1234 or 9876, is too easy to guess.',
    'zh-Hant': '順序或倒序排列的數字（例如1234或9876）太容易被猜中。',
    'zh-Hans': '顺序或倒序排列的数字（例如1234或9876）太容易被猜中。',
  },
  'pinRule.keypad-line': {
    en: 'A PIN in a straight line on the keypad, such as 2580, is too easy to guess.',
    'zh-Hant': '在按鍵上連成一直線的密碼（例如2580）太容易被猜中。',
    'zh-Hans': '在键盘上连成一条直线的密码（例如2580）太容易被猜中。',
  },
  'pinRule.year': {
    en: 'A PIN that looks like a year, such as 1988, is easy to guess from a birthday.',
    'zh-Hant': '像年份的密碼（例如1988）容易從出生日期猜中。',
    'zh-Hans': '像年份的密码（例如1988）容易从出生日期猜中。',
  },
  'pinRule.common': {
    en: 'This is one of the PINs people choose most often. Please choose a less common one.',
    'zh-Hant': '這是最多人使用的密碼之一，請選擇一個較少人用的密碼。',
    'zh-Hans': '这是最多人使用的密码之一，请选择一个较少人用的密码。',
  },
  'pinRule.card-digits': {
    en: 'Your PIN must not be part of your library card number.',
    'zh-Hant': '密碼不可以是圖書證號碼的一部分。',
    'zh-Hans': '密码不能是图书证号码的一部分。',
  },
  'pinRule.default-pin': {
    en: 'Your PIN must not be your default PIN, the last 4 digits of your phone number.',
    'zh-Hant': '密碼不可以是預設密碼，即登記電話號碼的最後4位數字。',
    'zh-Hans': '密码不能是默认密码，即登记电话号码的最后4位数字。',
  },
});
