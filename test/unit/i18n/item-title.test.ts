import { describe, expect, it } from 'vitest';
import { chargeReasonIn } from '../../../src/i18n/charge-reason.ts';
import { titleIn } from '../../../src/i18n/item-title.ts';
import { simplifiedChinese } from '../../../src/i18n/chinese-script.ts';

describe('item titles', () => {
  const title = { en: 'Dream of the Red Chamber', zh: '紅樓夢', zhHans: '红楼梦' };

  it.each([
    ['en', 'Dream of the Red Chamber'],
    ['zh-Hant', '紅樓夢'],
    ['zh-Hans', '红楼梦'],
  ] as const)('shows the %s title', (language, expected) => {
    expect(titleIn(title, language)).toBe(expected);
  });

  it('falls back to English when no Chinese title is catalogued', () => {
    expect(titleIn({ en: 'Learning Python', zh: null, zhHans: null }, 'zh-Hans')).toBe('Learning Python');
  });

  it.each([
    ['西遊記', '西游记'],
    ['魯迅短篇小說集', '鲁迅短篇小说集'],
    ['中國書法藝術', '中国书法艺术'],
    ['學習Python', '学习Python'],
  ])('converts %s to Simplified characters', (traditional, simplified) => {
    expect(simplifiedChinese(traditional)).toBe(simplified);
  });
});

describe('charge reasons', () => {
  const charge = { reason: 'Lost item: Birds of Hong Kong', reasonZh: '遺失資料：香港鳥類', reasonZhHans: '遗失资料：香港鸟类' };

  it.each([
    ['en', 'Lost item: Birds of Hong Kong'],
    ['zh-Hant', '遺失資料：香港鳥類'],
    ['zh-Hans', '遗失资料：香港鸟类'],
  ] as const)('gives the %s reason', (language, expected) => {
    expect(chargeReasonIn(charge, language)).toBe(expected);
  });

  it('gives the reason as typed when no Chinese one was given', () => {
    expect(chargeReasonIn({ reason: 'Overdue: Water Margin', reasonZh: null, reasonZhHans: null }, 'zh-Hant')).toBe('Overdue: Water Margin');
  });
});
