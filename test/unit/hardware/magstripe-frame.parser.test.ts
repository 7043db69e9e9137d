import { describe, expect, it } from 'vitest';
import type { CardRead } from '../../../hardware/card-readers/card-frame-parser.ts';
import { MagstripeFrameParser } from '../../../hardware/card-readers/magstripe-frame.parser.ts';

function feed(parser: MagstripeFrameParser, ...chunks: string[]): CardRead[] {
  return chunks.flatMap((chunk) => parser.push(Buffer.from(chunk, 'latin1')));
}

const card = (cardNumber: string): CardRead => ({ type: 'card', cardNumber });
const badSwipe: CardRead = { type: 'bad-read', reason: 'bad-swipe', detail: 'The reader reported a failed swipe (;E?)' };

describe('magstripe frame parser', () => {
  it('reads the card number from track 2', () => {
    const parser = new MagstripeFrameParser();

    expect(feed(parser, ';27301000010018=2812101000000?\r\n')).toEqual([card('27301000010018')]);
  });

  it('reads a track 2 that holds only the card number', () => {
    const parser = new MagstripeFrameParser();

    expect(feed(parser, ';27301000010018?')).toEqual([card('27301000010018')]);
  });

  it('reads a 19-digit card number', () => {
    const parser = new MagstripeFrameParser();

    expect(feed(parser, ';6011000990139424123=2812?')).toEqual([card('6011000990139424123')]);
  });

  it('reports ;E? as a bad swipe', () => {
    const parser = new MagstripeFrameParser();

    expect(feed(parser, ';E?\r\n')).toEqual([badSwipe]);
  });

  it('skips track 1 and reads track 2 after it', () => {
    const parser = new MagstripeFrameParser();

    const reads = feed(parser, '%B27301000010018^CHAN/TAI MAN^2812101?;27301000010018=2812101?\r\n');

    expect(reads).toEqual([card('27301000010018')]);
  });

  it('reads track 2 when track 1 failed', () => {
    const parser = new MagstripeFrameParser();

    expect(feed(parser, '%E?;27301000010018=2812?')).toEqual([card('27301000010018')]);
  });

  it('skips track 3', () => {
    const parser = new MagstripeFrameParser();

    expect(feed(parser, ';27301000010018=2812?+0123456789?')).toEqual([card('27301000010018')]);
  });

  it.each([
    ['20 digits', ';12345678901234567890=2812?'],
    ['letters', ';2730ABC=2812?'],
    ['no digits', ';=2812?'],
  ])('reports a track 2 with %s as unreadable', (_case, track) => {
    const parser = new MagstripeFrameParser();

    expect(feed(parser, track)).toEqual([expect.objectContaining({ type: 'bad-read', reason: 'unreadable' })]);
  });

  it('reads a swipe split into single bytes', () => {
    const parser = new MagstripeFrameParser();

    const reads = [...';27301000010018=2812?\r\n'].flatMap((character) => feed(parser, character));

    expect(reads).toEqual([card('27301000010018')]);
  });

  it('reads several swipes and keeps the half swipe for the next chunk', () => {
    const parser = new MagstripeFrameParser();

    const first = feed(parser, ';27301000010018=2812?\r\n;E?\r\n;3000100');
    const second = feed(parser, '0020013=2812?\r\n');

    expect(first).toEqual([card('27301000010018'), badSwipe]);
    expect(second).toEqual([card('30001000020013')]);
  });

  it('skips junk before a swipe', () => {
    const parser = new MagstripeFrameParser();

    expect(feed(parser, '\x00\xff12?==', ';27301000010018=2812?')).toEqual([card('27301000010018')]);
  });

  it('drops a track cut short by the next start sentinel', () => {
    const parser = new MagstripeFrameParser();

    expect(feed(parser, ';2730100', ';30001000020013=2812?')).toEqual([card('30001000020013')]);
  });

  it('reports and drops an overlong track', () => {
    const parser = new MagstripeFrameParser();

    const reads = feed(parser, `;${'1'.repeat(100)}`, ';27301000010018=2812?');

    expect(reads).toEqual([
      { type: 'bad-read', reason: 'unreadable', detail: 'Track 2 longer than 40 bytes without the end sentinel; dropped' },
      card('27301000010018'),
    ]);
  });

  it('forgets a partial track on reset', () => {
    const parser = new MagstripeFrameParser();
    feed(parser, ';2730100');

    parser.reset();

    expect(parser.hasPartialFrame).toBe(false);
    expect(feed(parser, '0010018=2812?', ';30001000020013?')).toEqual([card('30001000020013')]);
  });
});
