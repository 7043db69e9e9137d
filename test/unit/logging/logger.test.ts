import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logging/logger.ts';

function captureLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ level: 'trace', destination }), lines };
}

describe('logger redaction', () => {
  it.each([
    ['pin', { pin: '739264' }],
    ['newPin', { newPin: '739264' }],
    ['Digits', { Digits: '739264' }],
    ['nested body Digits', { body: { Digits: '739264', CallSid: 'CA1' } }],
    ['pepper', { pepper: '739264' }],
    ['terminal key', { terminalKey: '739264' }],
    ['card', { card: '739264' }],
    ['authorization header', { req: { headers: { authorization: 'Bearer 739264' } } }],
    ['twilio signature header', { req: { headers: { 'x-twilio-signature': '739264' } } }],
  ])('removes %s', (_name, fields) => {
    const { logger, lines } = captureLogger();

    logger.info(fields, 'event');

    expect(lines.join('')).not.toContain('739264');
    expect(lines.join('')).toContain('[redacted]');
  });

  it('keeps fields that are not secret', () => {
    const { logger, lines } = captureLogger();

    logger.info({ cardMasked: '**********0018', source: 'kiosk-01' }, 'PIN rejected');

    expect(JSON.parse(lines[0]!)).toMatchObject({ cardMasked: '**********0018', source: 'kiosk-01', msg: 'PIN rejected' });
  });
});
