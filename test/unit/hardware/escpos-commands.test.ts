import { describe, expect, it } from 'vitest';
import { cutPaper, feedLines, initialize, rasterImage, selectAlignment, selectChineseCharacterMode, selectEmphasis } from '../../../hardware/printers/escpos-commands.ts';

const hex = (bytes: Buffer): string => bytes.toString('hex');

describe('ESC/POS commands', () => {
  it.each([
    ['initialise (ESC @)', initialize(), '1b40'],
    ['align left (ESC a 0)', selectAlignment('left'), '1b6100'],
    ['align centre (ESC a 1)', selectAlignment('center'), '1b6101'],
    ['align right (ESC a 2)', selectAlignment('right'), '1b6102'],
    ['bold on (ESC E 1)', selectEmphasis(true), '1b4501'],
    ['bold off (ESC E 0)', selectEmphasis(false), '1b4500'],
    ['Chinese mode (FS &)', selectChineseCharacterMode(), '1c26'],
    ['feed 4 lines (ESC d 4)', feedLines(4), '1b6404'],
    ['full cut (GS V 0)', cutPaper('full'), '1d5600'],
    ['partial cut (GS V 1)', cutPaper('partial'), '1d5601'],
  ])('encodes %s', (_name, bytes, expected) => {
    expect(hex(bytes)).toBe(expected);
  });

  it('encodes a GS v 0 raster image', () => {
    const image = rasterImage({ widthDots: 10, heightDots: 2, rows: Uint8Array.of(0xff, 0xc0, 0x80, 0x40) });

    expect(hex(image)).toBe('1d7630' + '00' + '0200' + '0200' + 'ffc08040');
  });

  it.each([[-1], [256], [1.5]])('rejects feeding %d lines', (lines) => {
    expect(() => feedLines(lines)).toThrow(/Feed lines must be an integer from 0 to 255/);
  });

  it('rejects raster data of the wrong length', () => {
    expect(() => rasterImage({ widthDots: 10, heightDots: 2, rows: Uint8Array.of(0xff, 0xc0) })).toThrow('Raster data must be 4 bytes for 10×2 dots, got 2');
  });

  it('rejects an empty raster image', () => {
    expect(() => rasterImage({ widthDots: 0, heightDots: 1, rows: new Uint8Array() })).toThrow(/Raster width must be/);
  });
});
