/**
 * ESC/POS command bytes. Each function returns a new Buffer, so callers can concatenate freely.
 */
const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;

export const LINE_FEED = Buffer.from([0x0a]);

export type Alignment = 'left' | 'center' | 'right';
export type CutMode = 'full' | 'partial';

const ALIGNMENT_CODES: Record<Alignment, number> = { left: 0, center: 1, right: 2 };

/** ESC @: clears the print buffer and restores the power-on modes. */
export function initialize(): Buffer {
  return Buffer.from([ESC, 0x40]);
}

/** ESC a n: aligns the following lines. */
export function selectAlignment(alignment: Alignment): Buffer {
  return Buffer.from([ESC, 0x61, ALIGNMENT_CODES[alignment]]);
}

/** ESC E n: turns emphasised (bold) printing on or off. */
export function selectEmphasis(on: boolean): Buffer {
  return Buffer.from([ESC, 0x45, on ? 1 : 0]);
}

/**
 * FS &: selects the double-byte (Hanzi) character mode, in which printers with a Traditional Chinese font
 * read bytes 0x81–0xFE as the lead byte of a Big5 character. Leave it out for printers without such a font.
 */
export function selectChineseCharacterMode(): Buffer {
  return Buffer.from([FS, 0x26]);
}

/** ESC d n: prints the buffer and feeds `lines` lines (0–255). */
export function feedLines(lines: number): Buffer {
  if (!Number.isInteger(lines) || lines < 0 || lines > 255) throw new RangeError(`Feed lines must be an integer from 0 to 255, got ${lines}`);
  return Buffer.from([ESC, 0x64, lines]);
}

/** GS V m: cuts the paper. `partial` leaves a small part uncut, so the receipt stays on the roll until torn off. */
export function cutPaper(mode: CutMode): Buffer {
  return Buffer.from([GS, 0x56, mode === 'full' ? 0 : 1]);
}

/**
 * A 1-bit image in the layout GS v 0 expects. `rows` contains `heightDots` rows of `ceil(widthDots / 8)`
 * bytes each. The most significant bit is the leftmost dot, and 1 is black.
 */
export interface MonochromeBitmap {
  widthDots: number;
  heightDots: number;
  rows: Uint8Array;
}

/** GS v 0 m xL xH yL yH d…: prints a raster image at normal size. */
export function rasterImage(bitmap: MonochromeBitmap): Buffer {
  const bytesPerRow = Math.ceil(bitmap.widthDots / 8);
  if (!Number.isInteger(bitmap.widthDots) || bytesPerRow < 1 || bytesPerRow > 0xffff) {
    throw new RangeError(`Raster width must be 1 to ${0xffff * 8} dots, got ${bitmap.widthDots}`);
  }
  if (!Number.isInteger(bitmap.heightDots) || bitmap.heightDots < 1 || bitmap.heightDots > 0xffff) {
    throw new RangeError(`Raster height must be 1 to ${0xffff} dots, got ${bitmap.heightDots}`);
  }
  if (bitmap.rows.length !== bytesPerRow * bitmap.heightDots) {
    throw new RangeError(`Raster data must be ${bytesPerRow * bitmap.heightDots} bytes for ${bitmap.widthDots}×${bitmap.heightDots} dots, got ${bitmap.rows.length}`);
  }

  const header = [GS, 0x76, 0x30, 0, bytesPerRow & 0xff, bytesPerRow >> 8, bitmap.heightDots & 0xff, bitmap.heightDots >> 8];
  return Buffer.concat([Buffer.from(header), Buffer.from(bitmap.rows)]);
}
