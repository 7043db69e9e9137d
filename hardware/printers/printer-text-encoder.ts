import iconv from 'iconv-lite';

/**
 * Code page of the printer's Chinese font. `cp950` is Big5 as most Traditional Chinese receipt printers have
 * it; `big5-hkscs` adds the Hong Kong Supplementary Character Set, for printers whose font includes it.
 */
export type PrinterTextEncoding = 'cp950' | 'big5-hkscs';

const ICONV_ENCODINGS: Record<PrinterTextEncoding, string> = { cp950: 'cp950', 'big5-hkscs': 'big5hkscs' };

/** Printed in place of a character the printer's code page lacks: U+25A1 WHITE SQUARE, Big5 A1 BC. */
export const MISSING_CHARACTER_SUBSTITUTE = '□';

/** One character of a line with its printer bytes; `bytes` is null when the code page lacks the character. */
export interface PrinterCell {
  text: string;
  bytes: Buffer | null;
  /** Columns it takes: 1 for a single byte, 2 for a double-byte (full-width) character. */
  width: number;
}

/**
 * Encodes text for the printer one character at a time, so a double-byte character is never split across a
 * line break. Big5 trail bytes may be in the ASCII range (許 is B3 5C, a backslash), so the encoded bytes are
 * never searched or cut as text. Control characters become spaces, because an ESC or GS inside an item title
 * would be read as a printer command.
 */
export class PrinterTextEncoder {
  readonly #iconvEncoding: string;
  readonly #cache = new Map<string, Buffer | null>();

  constructor(readonly encoding: PrinterTextEncoding = 'cp950') {
    this.#iconvEncoding = ICONV_ENCODINGS[encoding];
  }

  toCells(text: string): PrinterCell[] {
    return Array.from(text, (character) => this.#cell(character));
  }

  #cell(rawCharacter: string): PrinterCell {
    const character = isControlCharacter(rawCharacter) ? ' ' : rawCharacter;
    const bytes = this.#encode(character);
    return { text: character, bytes, width: bytes === null ? 2 : bytes.length };
  }

  #encode(character: string): Buffer | null {
    const cached = this.#cache.get(character);
    if (cached !== undefined) return cached;

    const bytes = iconv.encode(character, this.#iconvEncoding);
    // iconv-lite writes '?' for a character the code page lacks, so only an exact round trip counts as present.
    const isPresent = iconv.decode(bytes, this.#iconvEncoding) === character && isPrintableSequence(bytes);
    const result = isPresent ? bytes : null;
    this.#cache.set(character, result);
    return result;
  }
}

/** Joins the bytes of cells, writing the substitute for each missing character. */
export function cellBytes(cells: readonly PrinterCell[], substitute: Buffer): Buffer {
  return Buffer.concat(cells.map((cell) => cell.bytes ?? substitute));
}

function isControlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Accepts a printable ASCII byte or a well-formed Big5 pair (lead 81–FE, trail 40–7E or A1–FE). A lone byte
 * of 0x80 or more would make the printer swallow the next byte as its trail byte.
 */
function isPrintableSequence(bytes: Buffer): boolean {
  const [lead = 0, trail = 0] = bytes;
  if (bytes.length === 1) return lead >= 0x20 && lead < 0x7f;
  if (bytes.length !== 2) return false;
  return lead >= 0x81 && lead <= 0xfe && ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe));
}
