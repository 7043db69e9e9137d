import { describe, expect, it } from 'vitest';
import { renderLoanReceipt } from '../../../src/sessions/kiosk-receipt.ts';
import type { PrintReceiptInput } from '../../../src/sessions/kiosk-session.types.ts';

const PRINTED_AT = new Date('2026-01-05T09:30:00.000Z');

function input(language: PrintReceiptInput['language']): PrintReceiptInput {
  return {
    language,
    cardNumber: '21234000000018',
    borrowed: [
      { itemBarcode: '31234000000016', title: { en: 'The Old Man and the Sea', zh: '老人與海' }, dueAt: '2026-01-19T15:59:59.999Z', reference: '1001' },
      { itemBarcode: '31234000000032', title: { en: 'A Brief History of Time', zh: null }, dueAt: '2026-01-19T15:59:59.999Z', reference: '1002' },
    ],
  };
}

describe('loan receipt', () => {
  it('words the receipt in English', () => {
    const receipt = renderLoanReceipt(input('en'), PRINTED_AT);

    expect(receipt).toEqual({
      language: 'en',
      titleLines: ['Library loan receipt', 'Date: 5 January 2026 at 17:30', 'Card: **********0018'],
      items: [
        { title: 'The Old Man and the Sea (31234000000016)', dueText: 'Due: 19 January 2026' },
        { title: 'A Brief History of Time (31234000000032)', dueText: 'Due: 19 January 2026' },
      ],
      referenceText: 'Reference: 1001, 1002',
      footerLines: ['Items borrowed: 2', 'Thank you for using the library.'],
    });
  });

  it('uses Chinese titles in Traditional Chinese and falls back to the English title', () => {
    const receipt = renderLoanReceipt(input('zh-Hant'), PRINTED_AT);

    expect(receipt.items.map((item) => item.title)).toEqual(['老人與海（31234000000016）', 'A Brief History of Time（31234000000032）']);
    expect(receipt.items[0]?.dueText).toBe('到期日：2026年1月19日');
    expect(receipt.titleLines[0]).toBe('圖書館借閱收據');
  });

  it('uses Simplified characters in Simplified Chinese', () => {
    const receipt = renderLoanReceipt(input('zh-Hans'), PRINTED_AT);

    expect(receipt.titleLines).toEqual(expect.arrayContaining(['图书馆借阅收据', '图书证：**********0018']));
  });

  it.each([
    ['zh-Hant', '參考編號：1001、1002'],
    ['zh-Hans', '参考编号：1001、1002'],
  ] as const)('lists %s references with the enumeration comma', (language, expected) => {
    expect(renderLoanReceipt(input(language), PRINTED_AT).referenceText).toBe(expected);
  });

  it('never prints the whole card number', () => {
    const receipt = renderLoanReceipt(input('en'), PRINTED_AT);

    expect(JSON.stringify(receipt)).not.toContain('21234000000018');
  });
});
