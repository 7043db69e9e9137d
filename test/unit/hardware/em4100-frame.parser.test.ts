import { describe, expect, it } from 'vitest';
import type { CardRead } from '../../../hardware/card-readers/card-frame-parser.ts';
import { em4100CardNumber, Em4100FrameParser } from '../../../hardware/card-readers/em4100-frame.parser.ts';

const STX = '\x02';
const ETX = '\x03';
// Checksums and decimal numbers worked out independently: 0F^00^A1^B2^C3 = DF, 0x00A1B2C3 = 10597059.
const TAG_A = { frame: `${STX}0F00A1B2C3DF\r\n${ETX}`, decimal: '0010597059', hex: '0F00A1B2C3' };
const TAG_B = { frame: `${STX}6200E3A1F0D0${ETX}`, decimal: '0014918128', hex: '6200E3A1F0' };

function feed(parser: Em4100FrameParser, nowMs: number, ...chunks: string[]): CardRead[] {
  return chunks.flatMap((chunk) => parser.push(Buffer.from(chunk, 'latin1'), nowMs));
}

const card = (cardNumber: string): CardRead => ({ type: 'card', cardNumber });

describe('EM4100 frame parser', () => {
  it('reads an ID-12 frame with CR LF and an RDM6300 frame without', () => {
    const parser = new Em4100FrameParser();

    expect(feed(parser, 0, TAG_A.frame)).toEqual([card(TAG_A.decimal)]);
    expect(feed(parser, 0, TAG_B.frame)).toEqual([card(TAG_B.decimal)]);
  });

  it('reports the full hex when configured', () => {
    const parser = new Em4100FrameParser({ cardNumberFormat: 'hex' });

    expect(feed(parser, 0, TAG_A.frame)).toEqual([card(TAG_A.hex)]);
  });

  it('accepts lower-case hex digits', () => {
    const parser = new Em4100FrameParser({ cardNumberFormat: 'hex' });

    expect(feed(parser, 0, `${STX}0f00a1b2c3df${ETX}`)).toEqual([card(TAG_A.hex)]);
  });

  it('drops a frame with a bad checksum and reports it', () => {
    const parser = new Em4100FrameParser();

    const reads = feed(parser, 0, `${STX}0F00A1B2C3DE\r\n${ETX}`);

    expect(reads).toEqual([{ type: 'bad-read', reason: 'bad-checksum', detail: 'EM4100 frame checksum does not match its data; dropped' }]);
  });

  it.each([
    ['too few digits', `${STX}0F00A1B2DF${ETX}`],
    ['a non-hex digit', `${STX}0F00A1B2CXDF${ETX}`],
    ['an empty body', `${STX}${ETX}`],
  ])('reports a frame with %s as unreadable', (_case, frame) => {
    const parser = new Em4100FrameParser();

    expect(feed(parser, 0, frame)).toEqual([expect.objectContaining({ type: 'bad-read', reason: 'unreadable' })]);
  });

  it('reads a frame split into single bytes', () => {
    const parser = new Em4100FrameParser();

    const reads = [...TAG_A.frame].flatMap((character) => feed(parser, 0, character));

    expect(reads).toEqual([card(TAG_A.decimal)]);
  });

  it('reads several frames in one chunk and completes the half frame later', () => {
    const parser = new Em4100FrameParser();
    const halfOfB = TAG_B.frame.slice(0, 7);

    const first = feed(parser, 0, TAG_A.frame + TAG_B.frame + halfOfB);

    expect(first).toEqual([card(TAG_A.decimal), card(TAG_B.decimal)]);
    expect(parser.hasPartialFrame).toBe(true);
    expect(feed(parser, 1_000, TAG_B.frame.slice(7))).toEqual([card(TAG_B.decimal)]);
  });

  it('skips junk before a frame and resynchronises on STX after a lost byte', () => {
    const parser = new Em4100FrameParser();
    const frameMissingOneByte = `${STX}0F00A1B2C3D`;

    const reads = feed(parser, 0, '\xff\x00noise\r\n', frameMissingOneByte, TAG_B.frame);

    expect(reads).toEqual([card(TAG_B.decimal)]);
  });

  it('drops an overlong frame without ETX, reports it and reads the next one', () => {
    const parser = new Em4100FrameParser();

    const reads = feed(parser, 0, `${STX}${'A'.repeat(200)}`, TAG_A.frame);

    expect(reads).toEqual([
      { type: 'bad-read', reason: 'unreadable', detail: 'EM4100 frame longer than 14 bytes without ETX; dropped' },
      card(TAG_A.decimal),
    ]);
  });

  it('reports a tag held on the reader once', () => {
    const parser = new Em4100FrameParser({ repeatGapMs: 500 });

    const reads = [0, 50, 100, 150, 600].flatMap((nowMs) => feed(parser, nowMs, TAG_B.frame));

    expect(reads).toEqual([card(TAG_B.decimal)]);
  });

  it('reads the same tag again after it was away for the gap', () => {
    const parser = new Em4100FrameParser({ repeatGapMs: 500 });

    const reads = [0, 50, 550, 600].flatMap((nowMs) => feed(parser, nowMs, TAG_B.frame));

    expect(reads).toEqual([card(TAG_B.decimal), card(TAG_B.decimal)]);
  });

  it('reads a different tag at once', () => {
    const parser = new Em4100FrameParser();

    const reads = [...feed(parser, 0, TAG_A.frame), ...feed(parser, 50, TAG_B.frame)];

    expect(reads).toEqual([card(TAG_A.decimal), card(TAG_B.decimal)]);
  });

  it('does not report a bad frame among the repeats of a held tag', () => {
    const parser = new Em4100FrameParser();
    const corrupted = `${STX}6200E3A1F0D1${ETX}`;

    const reads = [...feed(parser, 0, TAG_B.frame), ...feed(parser, 50, corrupted), ...feed(parser, 100, TAG_B.frame)];

    expect(reads).toEqual([card(TAG_B.decimal)]);
  });

  it('forgets a partial frame on reset', () => {
    const parser = new Em4100FrameParser();
    feed(parser, 0, TAG_A.frame.slice(0, 6));

    parser.reset();

    expect(feed(parser, 0, `0F00${ETX}`, TAG_B.frame)).toEqual([card(TAG_B.decimal)]);
  });
});

describe('EM4100 card numbers', () => {
  it.each([
    ['0F00A1B2C3', 'decimal-last-4-bytes', '0010597059'],
    ['01FFFFFFFF', 'decimal-last-4-bytes', '4294967295'],
    ['0100000000', 'decimal-last-4-bytes', '0000000000'],
    ['0f00a1b2c3', 'hex', '0F00A1B2C3'],
  ] as const)('maps %s as %s to %s', (tagHex, format, expected) => {
    expect(em4100CardNumber(tagHex, format)).toBe(expected);
  });
});
