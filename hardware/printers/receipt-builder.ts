import {
  cutPaper,
  feedLines,
  initialize,
  LINE_FEED,
  rasterImage,
  selectAlignment,
  selectChineseCharacterMode,
  selectEmphasis,
  type CutMode,
  type MonochromeBitmap,
} from './escpos-commands.ts';
import { cellBytes, MISSING_CHARACTER_SUBSTITUTE, PrinterTextEncoder, type PrinterCell, type PrinterTextEncoding } from './printer-text-encoder.ts';
import { wrapCells } from './wrap-cells.ts';

/** One borrowed or renewed item; both texts come already translated and formatted from the caller's catalogue. */
export interface ReceiptItem {
  title: string;
  /** The whole due-date line, for example "Due 19 Jan 2026" or "到期日：2026年1月19日". */
  dueText: string;
}

/** The content of a receipt. Every text is reader-facing and comes from the caller's message catalogue. */
export interface Receipt {
  /** Printed centred and bold: library name, receipt kind, date. */
  titleLines: readonly string[];
  items: readonly ReceiptItem[];
  /** The whole transaction reference line, for example "Reference 2026-0105-0042". */
  referenceText: string;
  /** Printed centred after the reference. */
  footerLines: readonly string[];
}

export interface ReceiptLayout {
  /** Characters per line in the printer's font; a full-width Chinese character takes two. */
  columns?: number;
  encoding?: PrinterTextEncoding;
  /** Send FS & so the printer reads Big5; turn off for a printer without a Chinese font. */
  chineseMode?: boolean;
  feedLinesBeforeCut?: number;
  cut?: CutMode;
  /**
   * Draws a line as an image, for lines with characters the printer's code page lacks. Without it such
   * characters print as □.
   */
  renderLineImage?: (text: string) => MonochromeBitmap;
}

/**
 * 42 columns: Font A is 12 dots wide, and Epson's TM-T88 manual gives 42 characters per line for the 512-dot
 * print area on 80 mm paper. Printers using the full 576 dots fit 48.
 */
export const RECEIPT_LAYOUT_DEFAULTS: Readonly<Required<Omit<ReceiptLayout, 'renderLineImage'>>> = Object.freeze({
  columns: 42,
  encoding: 'cp950',
  chineseMode: true,
  feedLinesBeforeCut: 4,
  cut: 'partial',
});

export interface ReceiptBytes {
  bytes: Buffer;
  /** Characters the printer's code page lacks, each once, in order of first use; callers may log them. */
  missingCharacters: string[];
}

/** Lays out a receipt as ESC/POS bytes: initialise, centred title, items with due dates, reference, footer, feed, cut. */
export function buildReceiptBytes(receipt: Receipt, layout: ReceiptLayout = {}): ReceiptBytes {
  const writer = new ReceiptWriter(resolveLayout(layout));

  writer.command(initialize());
  if (writer.layout.chineseMode) writer.command(selectChineseCharacterMode());

  writer.command(selectAlignment('center'), selectEmphasis(true));
  for (const line of receipt.titleLines) writer.text(line);
  writer.command(selectEmphasis(false), selectAlignment('left'));

  writer.separator();
  for (const item of receipt.items) {
    writer.text(item.title);
    writer.text(item.dueText, 2);
  }
  writer.separator();

  writer.command(selectAlignment('center'));
  writer.text(receipt.referenceText);
  for (const line of receipt.footerLines) writer.text(line);
  writer.command(selectAlignment('left'));

  writer.command(feedLines(writer.layout.feedLinesBeforeCut), cutPaper(writer.layout.cut));
  return writer.finish();
}

type ResolvedLayout = Required<Omit<ReceiptLayout, 'renderLineImage'>> & Pick<ReceiptLayout, 'renderLineImage'>;

function resolveLayout(layout: ReceiptLayout): ResolvedLayout {
  return {
    columns: layout.columns ?? RECEIPT_LAYOUT_DEFAULTS.columns,
    encoding: layout.encoding ?? RECEIPT_LAYOUT_DEFAULTS.encoding,
    chineseMode: layout.chineseMode ?? RECEIPT_LAYOUT_DEFAULTS.chineseMode,
    feedLinesBeforeCut: layout.feedLinesBeforeCut ?? RECEIPT_LAYOUT_DEFAULTS.feedLinesBeforeCut,
    cut: layout.cut ?? RECEIPT_LAYOUT_DEFAULTS.cut,
    renderLineImage: layout.renderLineImage,
  };
}

class ReceiptWriter {
  readonly #encoder: PrinterTextEncoder;
  readonly #substitute: Buffer;
  readonly #chunks: Buffer[] = [];
  readonly #missing = new Set<string>();

  constructor(readonly layout: ResolvedLayout) {
    this.#encoder = new PrinterTextEncoder(layout.encoding);
    this.#substitute = cellBytes(this.#encoder.toCells(MISSING_CHARACTER_SUBSTITUTE), Buffer.from('?'));
  }

  command(...commands: Buffer[]): void {
    this.#chunks.push(...commands);
  }

  /** Prints text wrapped to the line width, every line indented by `indent` columns; blank text prints an empty line. */
  text(text: string, indent = 0): void {
    const lines = wrapCells(this.#encoder.toCells(text), this.layout.columns, indent);
    if (lines.length === 0) this.#chunks.push(LINE_FEED);
    for (const line of lines) this.#line(line);
  }

  separator(): void {
    this.#chunks.push(Buffer.from('-'.repeat(this.layout.columns)), LINE_FEED);
  }

  finish(): ReceiptBytes {
    return { bytes: Buffer.concat(this.#chunks), missingCharacters: [...this.#missing] };
  }

  #line(cells: PrinterCell[]): void {
    const missing = cells.filter((cell) => cell.bytes === null).map((cell) => cell.text);
    for (const character of missing) this.#missing.add(character);

    if (missing.length > 0 && this.layout.renderLineImage) {
      this.#chunks.push(rasterImage(this.layout.renderLineImage(cells.map((cell) => cell.text).join(''))));
      return;
    }
    // NOTE: without renderLineImage, characters missing from the code page (HKSCS characters on a cp950
    // printer, Simplified Chinese) print as □. The real fix is a renderer that draws the line with a CJK font
    // for GS v 0; none is built in, because it needs a font rasteriser this project does not ship.
    this.#chunks.push(cellBytes(cells, this.#substitute), LINE_FEED);
  }
}
