import { defineMessages } from '../../src/i18n/catalogue.ts';

/** Counts, amounts and lists as they are read inside other prompts. */
export const valuePrompts = defineMessages({
  'phone.items.one': {
    en: '1 item',
    'zh-Hant': '1項資料',
    'zh-Hans': '1项资料',
  },
  'phone.items.other': {
    en: '{count} items',
    'zh-Hant': '{count}項資料',
    'zh-Hans': '{count}项资料',
  },
  'phone.amount.whole': {
    en: '{dollars} Hong Kong dollars',
    'zh-Hant': '港幣{dollars}元',
    'zh-Hans': '{dollars}港元',
  },
  'phone.amount.withCents': {
    en: '{dollars} Hong Kong dollars and {cents} cents',
    'zh-Hant': '港幣{dollars}元{cents}仙',
    'zh-Hans': '{decimal}港元',
  },
  'phone.amount.otherCurrency': {
    en: '{decimal} {currency}',
    'zh-Hant': '{decimal} {currency}',
    'zh-Hans': '{decimal} {currency}',
  },
  // A list of titles is built from the last two joined by `pair`, then each earlier one put in front by `series`.
  'phone.list.pair': {
    en: '{first} and {last}',
    'zh-Hant': '{first}同{last}',
    'zh-Hans': '{first}和{last}',
  },
  'phone.list.series': {
    en: '{first}, {rest}',
    'zh-Hant': '{first}、{rest}',
    'zh-Hans': '{first}、{rest}',
  },
});
