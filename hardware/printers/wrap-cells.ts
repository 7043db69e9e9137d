import type { PrinterCell } from './printer-text-encoder.ts';

/**
 * Breaks a line of cells into lines of at most `columns` columns. English breaks at the last space that fits;
 * Chinese, which has no spaces, breaks between any two characters. Every line starts with `indent` spaces.
 * A double-byte character is never split.
 */
export function wrapCells(cells: readonly PrinterCell[], columns: number, indent = 0): PrinterCell[][] {
  if (!Number.isInteger(columns) || columns < 2 + indent) throw new RangeError(`Columns must be at least ${2 + indent}, got ${columns}`);

  const prefix: PrinterCell[] = Array.from({ length: indent }, () => ({ text: ' ', bytes: Buffer.from(' '), width: 1 }));
  const lines: PrinterCell[][] = [];
  let rest = trimLeadingSpaces([...cells]);

  while (rest.length > 0) {
    const breakAt = findBreak(rest, columns - indent);
    lines.push([...prefix, ...trimTrailingSpaces(rest.slice(0, breakAt))]);
    rest = trimLeadingSpaces(rest.slice(breakAt));
  }
  return lines;
}

/** Returns how many cells go on the line: all that fit, moved back to after the last space when a word would be cut. */
function findBreak(cells: readonly PrinterCell[], available: number): number {
  let width = 0;
  let fitting = 0;
  while (fitting < cells.length && width + (cells[fitting]?.width ?? 0) <= available) {
    width += cells[fitting]?.width ?? 0;
    fitting += 1;
  }
  if (fitting === cells.length) return fitting;

  const cutsWord = isWordCell(cells[fitting]) && isWordCell(cells[fitting - 1]);
  if (!cutsWord) return fitting;

  const lastSpace = cells.slice(0, fitting).findLastIndex((cell) => cell.text === ' ');
  return lastSpace > 0 ? lastSpace + 1 : fitting;
}

/** True for a single-column character other than a space: a letter or digit of an English word. */
function isWordCell(cell: PrinterCell | undefined): boolean {
  return cell !== undefined && cell.width === 1 && cell.text !== ' ';
}

function trimTrailingSpaces(cells: PrinterCell[]): PrinterCell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]?.text === ' ') end -= 1;
  return cells.slice(0, end);
}

function trimLeadingSpaces(cells: PrinterCell[]): PrinterCell[] {
  const start = cells.findIndex((cell) => cell.text !== ' ');
  return start < 0 ? [] : cells.slice(start);
}
