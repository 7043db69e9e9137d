import { describe, expect, it, vi } from 'vitest';
import { PrinterTextEncoder } from '../../../hardware/printers/printer-text-encoder.ts';
import { buildReceiptBytes, type Receipt } from '../../../hardware/printers/receipt-builder.ts';
import { wrapCells } from '../../../hardware/printers/wrap-cells.ts';

// Big5 codes below were checked with Python's cp950 codec, independently of iconv-lite.
const BIG5 = {
  借書收據: 'adc9aed1a6acbeda',
  圖書館: 'b9cfaed1c05d',
  到期日: 'a8ecb4c1a4e9',
  謝謝: 'c1c2c1c2',
  許功蓋: 'b35ca55cbb5c',
  missingSubstitute: 'a1bc',
};
const ascii = (text: string): string => Buffer.from(text, 'ascii').toString('hex');
const LF = '0a';

const receipt: Receipt = {
  titleLines: ['City Library', '借書收據'],
  items: [{ title: '圖書館', dueText: '到期日 2026-01-19' }],
  referenceText: 'Ref 42',
  footerLines: ['謝謝'],
};

describe('receipt bytes', () => {
  it('lays out a receipt in English and Big5 byte for byte', () => {
    const { bytes, missingCharacters } = buildReceiptBytes(receipt, { columns: 20 });

    const expected = [
      '1b40', // ESC @ initialise
      '1c26', // FS & Chinese character mode
      '1b6101', '1b4501', // centre, bold
      ascii('City Library'), LF,
      BIG5.借書收據, LF,
      '1b4500', '1b6100', // bold off, left
      ascii('-'.repeat(20)), LF,
      BIG5.圖書館, LF,
      ascii('  '), BIG5.到期日, ascii(' 2026-01-19'), LF,
      ascii('-'.repeat(20)), LF,
      '1b6101', ascii('Ref 42'), LF, BIG5.謝謝, LF, '1b6100',
      '1b6404', // feed 4 lines
      '1d5601', // partial cut
    ].join('');
    expect(bytes.toString('hex')).toBe(expected);
    expect(missingCharacters).toEqual([]);
  });

  it('omits Chinese mode and cuts fully when configured', () => {
    const { bytes } = buildReceiptBytes({ titleLines: [], items: [], referenceText: 'Ref 1', footerLines: [] }, { chineseMode: false, cut: 'full', feedLinesBeforeCut: 2 });

    expect(bytes.subarray(0, 4).toString('hex')).toBe('1b401b61');
    expect(bytes.subarray(-6).toString('hex')).toBe('1b64021d5600');
  });

  it('keeps Big5 trail bytes in the ASCII range intact', () => {
    const { bytes } = buildReceiptBytes({ ...receipt, items: [{ title: '許功蓋', dueText: '' }] });

    expect(bytes.toString('hex')).toContain(BIG5.許功蓋 + LF);
  });

  it('prints a character missing from Big5 as a white square and lists it', () => {
    const { bytes, missingCharacters } = buildReceiptBytes({ ...receipt, footerLines: ['多謝晒，下次見嘅', '欢迎再来书'] });

    expect(missingCharacters).toEqual(['嘅', '欢', '来', '书']);
    expect(bytes.toString('hex')).toContain(BIG5.missingSubstitute + LF);
    expect(bytes.includes(0x3f)).toBe(false);
  });

  it('prints HKSCS characters when the printer font has them', () => {
    const { bytes, missingCharacters } = buildReceiptBytes({ ...receipt, footerLines: ['嘅'] }, { encoding: 'big5-hkscs' });

    expect(missingCharacters).toEqual([]);
    expect(bytes.toString('hex')).not.toContain(BIG5.missingSubstitute);
  });

  it('rasterises lines with missing characters', () => {
    const renderLineImage = vi.fn(() => ({ widthDots: 16, heightDots: 1, rows: Uint8Array.of(0xff, 0x00) }));

    const { bytes, missingCharacters } = buildReceiptBytes({ ...receipt, footerLines: ['欢迎'] }, { renderLineImage });

    expect(renderLineImage).toHaveBeenCalledExactlyOnceWith('欢迎');
    expect(bytes.toString('hex')).toContain('1d7630' + '00' + '0200' + '0100' + 'ff00' + '1b6100');
    expect(missingCharacters).toEqual(['欢']);
  });

  it('turns control characters in caller text into spaces', () => {
    const { bytes } = buildReceiptBytes({ ...receipt, items: [{ title: 'Bad\x1b@Title\x1dV', dueText: 'Due' }] }, { columns: 20 });

    expect(bytes.toString('hex')).toContain(ascii('Bad @Title V') + LF);
  });

  it('prints a blank line for empty text', () => {
    const { bytes } = buildReceiptBytes({ ...receipt, footerLines: ['謝謝', ''] });

    expect(bytes.toString('hex')).toContain(BIG5.謝謝 + LF + LF);
  });
});

describe('line wrapping', () => {
  const encoder = new PrinterTextEncoder();
  const wrap = (text: string, columns: number, indent = 0): string[] =>
    wrapCells(encoder.toCells(text), columns, indent).map((line) => line.map((cell) => cell.text).join(''));

  it('breaks English at the last space that fits', () => {
    expect(wrap('Harry Potter and the Philosopher', 10)).toEqual(['Harry', 'Potter and', 'the', 'Philosophe', 'r']);
  });

  it('breaks Chinese between characters, two columns each', () => {
    expect(wrap('香港公共圖書館', 6)).toEqual(['香港公', '共圖書', '館']);
  });

  it('never splits a double-byte character at the line end', () => {
    expect(wrap('ab借書', 5)).toEqual(['ab借', '書']);
  });

  it('indents every line', () => {
    expect(wrap('Due 19 January 2026', 12, 2)).toEqual(['  Due 19', '  January', '  2026']);
  });

  it('rejects a width too narrow for one full-width character', () => {
    expect(() => wrap('借', 3, 2)).toThrow('Columns must be at least 4, got 3');
  });
});
