import { describe, expect, it } from 'vitest';
import { BarcodeFrameParser, normaliseBarcode } from '../../../hardware/card-readers/barcode-frame.parser.ts';
import type { CardRead } from '../../../hardware/card-readers/card-frame-parser.ts';

function feed(parser: BarcodeFrameParser, ...chunks: Array<string | number[]>): CardRead[] {
  return chunks.flatMap((chunk) => parser.push(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : Uint8Array.from(chunk)));
}

const card = (cardNumber: string): CardRead => ({ type: 'card', cardNumber });

describe('barcode frame parser', () => {
  it.each([
    ['CR', '27301000010018\r'],
    ['LF', '27301000010018\n'],
    ['CRLF', '27301000010018\r\n'],
  ])('reads a barcode ended by %s', (_terminator, bytes) => {
    const parser = new BarcodeFrameParser();

    expect(feed(parser, bytes)).toEqual([card('27301000010018')]);
    expect(parser.hasPartialFrame).toBe(false);
  });

  it('reads a barcode without terminator when the line goes quiet', () => {
    const parser = new BarcodeFrameParser({ interByteTimeoutMs: 80 });

    const beforeSilence = feed(parser, '27301000010018');

    expect(beforeSilence).toEqual([]);
    expect(parser.hasPartialFrame).toBe(true);
    expect(parser.idleTimeoutMs).toBe(80);
    expect(parser.flushIdle()).toEqual([card('27301000010018')]);
    expect(parser.hasPartialFrame).toBe(false);
  });

  it('ignores the LF after a CR', () => {
    const parser = new BarcodeFrameParser();

    const reads = feed(parser, '27301000010018\r', '\n30001000020013\r', '\n');

    expect(reads).toEqual([card('27301000010018'), card('30001000020013')]);
  });

  it('reads a frame split into single bytes', () => {
    const parser = new BarcodeFrameParser();

    const reads = [...'27301000010018\r\n'].flatMap((character) => feed(parser, character));

    expect(reads).toEqual([card('27301000010018')]);
  });

  it('reads several frames and keeps the half frame for the next chunk', () => {
    const parser = new BarcodeFrameParser();

    const first = feed(parser, '27301000010018\r\n30001000020013\r\n2730100');
    const second = feed(parser, '0030016\r\n');

    expect(first).toEqual([card('27301000010018'), card('30001000020013')]);
    expect(second).toEqual([card('27301000030016')]);
  });

  it('drops line noise before a frame', () => {
    const parser = new BarcodeFrameParser();

    const reads = feed(parser, [0x00, 0xff, 0x1b, 0x80, 0x02], '27301000010018', [0x03], '\r\n');

    expect(reads).toEqual([card('27301000010018')]);
  });

  it('drops an overlong frame once, reports it and reads the next one', () => {
    const parser = new BarcodeFrameParser({ maxFrameBytes: 16 });

    const overflow = feed(parser, 'X'.repeat(40));
    const rest = feed(parser, 'X'.repeat(40), '\r\n27301000010018\r\n');

    expect(overflow).toEqual([{ type: 'bad-read', reason: 'unreadable', detail: 'Barcode frame longer than 16 bytes without CR or LF; dropped' }]);
    expect(rest).toEqual([card('27301000010018')]);
  });

  it('ends a dropped overlong frame at the silence timeout too', () => {
    const parser = new BarcodeFrameParser({ maxFrameBytes: 16 });
    feed(parser, 'X'.repeat(20));

    expect(parser.hasPartialFrame).toBe(true);
    expect(parser.flushIdle()).toEqual([]);
    expect(feed(parser, '27301000010018')).toEqual([]);
    expect(parser.flushIdle()).toEqual([card('27301000010018')]);
  });

  it('forgets a partial frame on reset', () => {
    const parser = new BarcodeFrameParser();
    feed(parser, '2730100');

    parser.reset();

    expect(parser.hasPartialFrame).toBe(false);
    expect(feed(parser, '30001000020013\r')).toEqual([card('30001000020013')]);
  });
});

describe('barcode normalisation', () => {
  it.each([
    ['2 7301 00001 0018', '27301000010018'],
    ['A27301000010018B', '27301000010018'],
    ['c27301000010018d', '27301000010018'],
    ['A2 7301 00001 0018A', '27301000010018'],
    ['A12-34$5B', '12-34$5'],
  ])('turns %j into %j', (raw, expected) => {
    expect(normaliseBarcode(raw)).toBe(expected);
  });

  it.each([['AB1234CD'], ['A1234'], ['1234B'], ['31234000ABCD']])('keeps the letters of %j, which is not Codabar', (raw) => {
    expect(normaliseBarcode(raw)).toBe(raw);
  });
});
