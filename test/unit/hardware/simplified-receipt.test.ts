import { describe, expect, it } from 'vitest';
import { traditionalChineseForBig5 } from '../../../src/i18n/chinese-script.ts';
import { buildReceiptBytes } from '../../../hardware/printers/receipt-builder.ts';
import { mapReceiptText } from '../../../hardware/terminal-agent/escpos-receipt-printer.ts';

const simplifiedReceipt = {
  titleLines: ['中央图书馆', '借阅收据'],
  items: [{ title: '红楼梦', dueText: '到期日：2026年12月19日' }],
  referenceText: '交易参考编号：521 446 9206',
  footerLines: ['谢谢使用'],
};

describe('Simplified Chinese receipts on a Big5 printer', () => {
  it('lack characters when encoded as they are', () => {
    expect(buildReceiptBytes(simplifiedReceipt).missingCharacters.length).toBeGreaterThan(0);
  });

  it('print every character once converted to Traditional forms', () => {
    const converted = mapReceiptText(simplifiedReceipt, traditionalChineseForBig5);

    expect(converted.items[0]!.title).toBe('紅樓夢');
    expect(converted.titleLines).toEqual(['中央圖書館', '借閱收據']);
    expect(buildReceiptBytes(converted).missingCharacters).toEqual([]);
  });
});
