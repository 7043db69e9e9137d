import { afterEach, describe, expect, it } from 'vitest';
import type { CardReaderKind } from '../../../hardware/card-readers/card-reader.ts';
import { createCardReader, type CardReaderDependencies } from '../../../hardware/card-readers/create-card-reader.ts';
import { systemTimers } from '../../../hardware/serial/timers.ts';
import type { FaultInjectingBinding } from '../../support/fault-injecting-binding.ts';
import { ManualTime } from '../../support/manual-time.ts';
import { ReaderEventLog } from '../../support/reader-events.ts';
import { waitUntil } from '../../support/wait-until.ts';

/** One serial connection between a driver under test and a device the test plays. */
export interface SerialLine {
  readonly path: string;
  readonly binding: FaultInjectingBinding;
  /** Sends bytes as the device would, one byte per character (Latin-1), and resolves once they are on their way. */
  send(data: string): Promise<void>;
  unplug(): Promise<void>;
  replug(): Promise<void>;
  /** Opens the driver's port from a second client so the driver finds it locked; resolves to a release function. */
  occupy(): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** A way to make serial lines: the mock binding, a socat pty pair or a real device. */
export interface SerialLineHarness {
  name: string;
  /** Why this harness cannot run here; every test is then skipped with this note. */
  skipReason: string | null;
  /** Why unplugging cannot be tested with this harness, or null when it can. */
  unplugSkipReason: string | null;
  /** `singleByteReads` makes the driver receive every byte in its own chunk. */
  openLine(options: { singleByteReads: boolean }): Promise<SerialLine>;
}

interface KindSamples {
  kind: CardReaderKind;
  /** Three good frames with different card numbers, and the card numbers they carry. */
  frames: Array<{ bytes: string; cardNumber: string }>;
  junk: string;
  overlong: string;
}

export const KIND_SAMPLES: KindSamples[] = [
  {
    kind: 'barcode',
    frames: [
      { bytes: '27301000010018\r\n', cardNumber: '27301000010018' },
      { bytes: '30001000020013\r\n', cardNumber: '30001000020013' },
      { bytes: '27301000030016\r\n', cardNumber: '27301000030016' },
    ],
    junk: '\x00\xff\x1b\x80',
    overlong: `${'9'.repeat(100)}\r\n`,
  },
  {
    kind: 'rfid-em4100',
    frames: [
      { bytes: '\x020F00A1B2C3DF\r\n\x03', cardNumber: '0010597059' },
      { bytes: '\x026200E3A1F0D0\x03', cardNumber: '0014918128' },
      { bytes: '\x020100000001' + '00\x03', cardNumber: '0000000001' },
    ],
    junk: '\xff\x00noise\r\n\x03',
    overlong: `\x02${'A'.repeat(100)}`,
  },
  {
    kind: 'magstripe',
    frames: [
      { bytes: ';27301000010018=2812101?\r\n', cardNumber: '27301000010018' },
      { bytes: ';30001000020013=2812?\r\n', cardNumber: '30001000020013' },
      { bytes: ';6011000990139424123=2812?\r\n', cardNumber: '6011000990139424123' },
    ],
    junk: '\x00\xff12?=',
    overlong: `;${'1'.repeat(100)}`,
  },
];

/**
 * The behaviour every card reader driver must show on every kind of serial line. One harness runs it on the
 * mock binding, one on socat pseudo-terminals and one on a real port when the environment names one.
 */
export function describeCardReaderContract(harness: SerialLineHarness): void {
  describe(`card reader contract on ${harness.name}`, () => {
    const cleanups: Array<() => Promise<void>> = [];

    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    async function openLine(skip: (note: string) => never, singleByteReads = false): Promise<SerialLine> {
      if (harness.skipReason) skip(harness.skipReason);
      const line = await harness.openLine({ singleByteReads });
      cleanups.push(() => line.close());
      return line;
    }

    async function startReader(line: SerialLine, kind: CardReaderKind, extra: Partial<CardReaderDependencies> = {}) {
      const time = new ManualTime();
      const reader = createCardReader({ kind, path: line.path, baudRate: 9600 }, { binding: line.binding, clock: time, timers: time, ...extra });
      const log = new ReaderEventLog(reader);
      cleanups.push(() => reader.stop());
      await reader.start();
      return { reader, log, time };
    }

    async function startConnectedReader(line: SerialLine, kind: CardReaderKind, extra: Partial<CardReaderDependencies> = {}) {
      const started = await startReader(line, kind, extra);
      await started.log.waitForCount('connected', 1);
      return started;
    }

    describe.each(KIND_SAMPLES)('$kind', ({ kind, frames, junk, overlong }) => {
      const [first, second, third] = frames as [KindSamples['frames'][number], KindSamples['frames'][number], KindSamples['frames'][number]];

      it('reads a frame split into single bytes', async ({ skip }) => {
        const line = await openLine(skip, true);
        const { log } = await startConnectedReader(line, kind);

        await line.send(first.bytes);

        expect(await log.waitForCount('card', 1)).toEqual([{ type: 'card', cardNumber: first.cardNumber }]);
      });

      it('reads several frames and a half in one chunk', async ({ skip }) => {
        const line = await openLine(skip);
        const { log } = await startConnectedReader(line, kind);
        const half = Math.floor(third.bytes.length / 2);

        await line.send(first.bytes + second.bytes + third.bytes.slice(0, half));
        await log.waitForCount('card', 2);
        await line.send(third.bytes.slice(half));

        expect(await log.waitForCount('card', 3)).toHaveLength(3);
        expect(log.cards()).toEqual([first.cardNumber, second.cardNumber, third.cardNumber]);
      });

      it('skips junk before a frame', async ({ skip }) => {
        const line = await openLine(skip);
        const { log } = await startConnectedReader(line, kind);

        await line.send(junk + first.bytes);

        await log.waitForCount('card', 1);
        expect(log.cards()).toEqual([first.cardNumber]);
        expect(log.ofType('bad-read')).toEqual([]);
      });

      it('drops an overlong frame, reports it and reads the next', async ({ skip }) => {
        const line = await openLine(skip);
        const { log } = await startConnectedReader(line, kind);

        await line.send(overlong + first.bytes);

        await log.waitForCount('card', 1);
        expect(log.ofType('bad-read')).toEqual([expect.objectContaining({ type: 'bad-read', reason: 'unreadable' })]);
        expect(log.cards()).toEqual([first.cardNumber]);
      });

      it('reopens with backoff after the device is unplugged', async ({ skip }) => {
        if (harness.unplugSkipReason) skip(harness.unplugSkipReason);
        const line = await openLine(skip);
        const { log, time } = await startConnectedReader(line, kind);

        await line.unplug();
        const [disconnected] = await log.waitForCount('disconnected', 1);
        expect(disconnected?.path).toBe(line.path);
        expect(time.pendingDelays()).toEqual([250]);

        time.advance(250);
        const [missing] = await log.waitForCount('error', 1);
        expect(missing?.code).toBe('not-found');
        expect(time.pendingDelays()).toEqual([500]);

        time.advance(500);
        await waitUntil(() => time.pendingDelays()[0] === 1_000, 'the third reopen is scheduled after 1000 ms');
        await line.replug();
        time.advance(1_000);
        await log.waitForCount('connected', 2);
        await line.send(second.bytes);

        await log.waitForCount('card', 1);
        expect(log.cards()).toEqual([second.cardNumber]);
        expect(log.ofType('error')).toHaveLength(1);
        expect(log.events.map((event) => event.type)).toEqual(['connected', 'disconnected', 'error', 'connected', 'card']);
      });

      it('reports a busy port and opens it once it is free', async ({ skip }) => {
        const line = await openLine(skip);
        const release = await line.occupy();

        const { log, time } = await startReader(line, kind);
        const [busy] = await log.waitForCount('error', 1);
        await release();
        time.advance(250);
        await log.waitForCount('connected', 1);
        await line.send(first.bytes);

        expect(busy).toEqual({
          type: 'error',
          code: 'busy',
          message: `${line.path} is busy: another program has it open and locked. Stop that program (for example a second terminal agent or a serial console). Retrying until the port opens.`,
        });
        expect(await log.waitForCount('card', 1)).toEqual([{ type: 'card', cardNumber: first.cardNumber }]);
      });

      // Root ignores file modes, so the open error is injected here; the pty permission test runs a real
      // open as an unprivileged user.
      it('reports permission denied naming the dialout group and keeps retrying', async ({ skip }) => {
        const line = await openLine(skip);
        line.binding.failNextOpen(new Error(`Error: Permission denied, cannot open ${line.path}`));
        line.binding.failNextOpen(new Error(`Error: Permission denied, cannot open ${line.path}`));

        const { log, time } = await startReader(line, kind);
        const [denied] = await log.waitForCount('error', 1);
        time.advance(250);
        await waitUntil(() => time.pendingDelays()[0] === 500, 'the second retry is scheduled');
        time.advance(500);
        await log.waitForCount('connected', 1);

        expect(denied?.code).toBe('permission-denied');
        expect(denied?.message).toContain('dialout group');
        expect(log.ofType('error')).toHaveLength(1);
      });
    });

    describe('barcode', () => {
      it.for([
        ['CR', '\r'],
        ['LF', '\n'],
        ['CRLF', '\r\n'],
      ])('reads barcodes ended by %s without empty or shifted reads', async ([, terminator], { skip }) => {
        const line = await openLine(skip);
        const { log } = await startConnectedReader(line, 'barcode');

        await line.send(`27301000010018${terminator}30001000020013${terminator}`);

        await log.waitForCount('card', 2);
        expect(log.cards()).toEqual(['27301000010018', '30001000020013']);
      });

      it('reads a barcode without terminator once the line goes quiet', async ({ skip }) => {
        const line = await openLine(skip);
        // Real timers, because the silence timeout starts when the bytes arrive and the test cannot observe that.
        const { log } = await startConnectedReader(line, 'barcode', { timers: systemTimers, barcode: { interByteTimeoutMs: 50 } });

        await line.send('27301000010018');

        expect(await log.waitForCount('card', 1)).toEqual([{ type: 'card', cardNumber: '27301000010018' }]);
      });

      it('strips Codabar start and stop letters and CLSI spaces', async ({ skip }) => {
        const line = await openLine(skip);
        const { log } = await startConnectedReader(line, 'barcode');

        await line.send('A27301000010018B\r2 7301 00001 0018\r');

        await log.waitForCount('card', 2);
        expect(log.cards()).toEqual(['27301000010018', '27301000010018']);
      });
    });

    describe('rfid-em4100', () => {
      it('drops a frame with a bad checksum and reports it', async ({ skip }) => {
        const line = await openLine(skip);
        const { log } = await startConnectedReader(line, 'rfid-em4100');

        await line.send('\x020F00A1B2C3DE\r\n\x03');

        const [badRead] = await log.waitForCount('bad-read', 1);
        expect(badRead?.reason).toBe('bad-checksum');
        expect(log.cards()).toEqual([]);
      });

      it('reports a tag held on the reader once', async ({ skip }) => {
        const line = await openLine(skip);
        const { log, time } = await startConnectedReader(line, 'rfid-em4100');
        const heldTagFrame = '\x026200E3A1F0D0\x03';

        for (let repeat = 0; repeat < 5; repeat += 1) {
          await line.send(heldTagFrame);
          time.advance(50);
        }
        await line.send('\x020F00A1B2C3DF\r\n\x03');

        await log.waitForCount('card', 2);
        expect(log.cards()).toEqual(['0014918128', '0010597059']);
      });
    });

    describe('magstripe', () => {
      it('reports ;E? as a bad swipe', async ({ skip }) => {
        const line = await openLine(skip);
        const { log } = await startConnectedReader(line, 'magstripe');

        await line.send(';E?\r\n');

        const [badRead] = await log.waitForCount('bad-read', 1);
        expect(badRead?.reason).toBe('bad-swipe');
      });
    });
  });
}
