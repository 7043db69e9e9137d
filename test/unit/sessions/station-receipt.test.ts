import { describe, expect, it } from 'vitest';
import { renderStationReceipt } from '../../../src/sessions/station-receipt.ts';

const collected = { itemBarcode: '31234000000073', title: { en: 'Birds of Hong Kong', zh: '香港鳥類' }, dueAt: '2026-01-19T15:59:59.999Z', reference: '1000000001' };
const borrowed = { itemBarcode: '31234000000081', title: { en: 'Hiking Trails', zh: null }, dueAt: '2026-01-19T15:59:59.999Z', reference: '1000000002' };
const returned = { itemBarcode: '31234000000024', title: { en: 'Dream of the Red Chamber', zh: '紅樓夢' }, reference: '1000000003', wasOverdue: true };
const PRINTED_AT = new Date('2026-01-05T09:00:00.000Z');

describe('station receipt', () => {
  it('lists collected, borrowed and returned items in Traditional Chinese', () => {
    const receipt = renderStationReceipt({ language: 'zh-Hant', cardNumber: '21234000000018', pickedUp: [collected], borrowed: [borrowed], returned: [returned] }, PRINTED_AT);

    expect(receipt.titleLines[0]).toBe('自助圖書站收據');
    expect(receipt.titleLines[2]).toBe('圖書證：**********0018');
    expect(receipt.items).toEqual([
      { title: '香港鳥類（31234000000073）', dueText: '已領取預約資料，到期日：2026年1月19日' },
      { title: 'Hiking Trails（31234000000081）', dueText: '到期日：2026年1月19日' },
      { title: '紅樓夢（31234000000024）', dueText: '已歸還（此資料已逾期）' },
    ]);
    expect(receipt.referenceText).toBe('參考編號：1000000001、1000000002、1000000003');
    expect(receipt.footerLines[0]).toBe('領取：1　借閱：1　歸還：1');
  });

  it('names no card on a receipt of returns alone', () => {
    const receipt = renderStationReceipt({ language: 'en', cardNumber: null, pickedUp: [], borrowed: [], returned: [{ ...returned, wasOverdue: false }] }, PRINTED_AT);

    expect(receipt.titleLines).toHaveLength(2);
    expect(receipt.items).toEqual([{ title: 'Dream of the Red Chamber (31234000000024)', dueText: 'Returned' }]);
    expect(JSON.stringify(receipt)).not.toContain('Card');
  });
});
