import { afterEach, describe, expect, it } from 'vitest';
import { BarcodeFrameParser } from '../../../hardware/card-readers/barcode-frame.parser.ts';
import { createCardFrameParser, createCardReader } from '../../../hardware/card-readers/create-card-reader.ts';
import { Em4100FrameParser } from '../../../hardware/card-readers/em4100-frame.parser.ts';
import { MagstripeFrameParser } from '../../../hardware/card-readers/magstripe-frame.parser.ts';
import type { CardReader } from '../../../hardware/card-readers/card-reader.ts';
import { withInjectedFaults, type FaultInjectingBinding } from '../../support/fault-injecting-binding.ts';
import { ManualTime } from '../../support/manual-time.ts';
import { MockSerialDevice } from '../../support/mock-serial-device.ts';
import { ReaderEventLog } from '../../support/reader-events.ts';
import { waitUntil } from '../../support/wait-until.ts';

let pathNumber = 0;

describe('serial card reader on the mock binding', () => {
  const readers: CardReader[] = [];

  afterEach(async () => {
    for (const reader of readers.splice(0)) await reader.stop();
  });

  function setUp(options: { barcode?: { interByteTimeoutMs?: number } } = {}) {
    pathNumber += 1;
    const path = `/dev/ttyREADER${pathNumber}`;
    const device = new MockSerialDevice(path);
    const binding: FaultInjectingBinding = withInjectedFaults(device.binding);
    const time = new ManualTime();
    const reader = createCardReader({ kind: 'barcode', path, baudRate: 9600 }, { binding, clock: time, timers: time, ...options });
    readers.push(reader);
    return { path, device, binding, time, reader, log: new ReaderEventLog(reader) };
  }

  it('ends an unterminated barcode after the line is quiet for the timeout', async () => {
    const { device, time, reader, log } = setUp({ barcode: { interByteTimeoutMs: 100 } });
    await reader.start();

    device.send('2730100001');
    await waitUntil(() => time.msUntilNextTimer() === 100, 'the silence timer starts');
    time.advance(60);
    device.send('0018');
    await waitUntil(() => time.msUntilNextTimer() === 100, 'the silence timer restarts after the second chunk');
    time.advance(99);
    const beforeTimeout = log.cards();
    time.advance(1);

    expect(beforeTimeout).toEqual([]);
    expect(log.cards()).toEqual(['27301000010018']);
  });

  it('emits nothing after stop', async () => {
    const { device, time, reader, log } = setUp();
    await reader.start();

    await reader.stop();
    time.advance(60_000);

    expect(device.isOpen).toBe(false);
    expect(() => device.send('27301000010018\r')).toThrow(/is not open/);
    expect(log.events).toEqual([{ type: 'connected', path: reader.path }]);
  });

  it('stops retrying after stop', async () => {
    const { path, binding, time, reader, log } = setUp();
    binding.failNextOpen(new Error(`Error: Permission denied, cannot open ${path}`));
    await reader.start();

    await reader.stop();
    time.advance(60_000);

    expect(time.pendingDelays()).toEqual([]);
    expect(log.events.map((event) => event.type)).toEqual(['error']);
  });

  it('reads again when restarted after stop', async () => {
    const { device, reader, log } = setUp();
    await reader.start();
    await reader.stop();

    await reader.start();
    device.send('27301000010018\r');

    await log.waitForCount('card', 1);
    expect(log.events.map((event) => event.type)).toEqual(['connected', 'connected', 'card']);
  });

  it('keeps one port when restarted during an open', async () => {
    const { device, reader, log } = setUp();

    const firstStart = reader.start();
    await reader.stop();
    await Promise.all([firstStart, reader.start()]);
    device.send('27301000010018\r');

    await log.waitForCount('card', 1);
    expect(log.ofType('connected')).toHaveLength(1);
    expect(log.ofType('error')).toEqual([]);
  });

  it('opens the port once when started twice', async () => {
    const { device, reader, log } = setUp();

    await Promise.all([reader.start(), reader.start()]);
    device.send('27301000010018\r');

    await log.waitForCount('card', 1);
    expect(log.ofType('connected')).toHaveLength(1);
    expect(log.ofType('error')).toEqual([]);
  });

  it('reports the disconnect reason and the path', async () => {
    const { device, reader, log } = setUp();
    await reader.start();

    device.unplug();

    expect(await log.waitForCount('disconnected', 1)).toEqual([{ type: 'disconnected', path: reader.path, reason: 'EIO: i/o error, read' }]);
  });

  it('reports each new failure cause once while retrying', async () => {
    const { path, binding, device, time, reader, log } = setUp();
    const denied = new Error(`Error: Permission denied, cannot open ${path}`);
    binding.failNextOpen(denied);
    binding.failNextOpen(denied);
    device.unplug();
    await reader.start();

    await log.waitForCount('error', 1);
    time.advance(250);
    await waitUntil(() => time.pendingDelays()[0] === 500, 'the second retry is scheduled');
    time.advance(500);
    await log.waitForCount('error', 2);

    expect(log.ofType('error').map((event) => event.code)).toEqual(['permission-denied', 'not-found']);
  });
});

describe('card reader factory', () => {
  it.each([
    ['barcode', BarcodeFrameParser],
    ['rfid-em4100', Em4100FrameParser],
    ['magstripe', MagstripeFrameParser],
  ] as const)('builds the %s frame parser', (kind, parserClass) => {
    expect(createCardFrameParser(kind)).toBeInstanceOf(parserClass);
  });

  it('builds a reader with the kind and path of the option', () => {
    const device = new MockSerialDevice('/dev/ttyFACTORY');

    const reader = createCardReader({ kind: 'magstripe', path: '/dev/ttyFACTORY', baudRate: 19200 }, { binding: device.binding });

    expect(reader.kind).toBe('magstripe');
    expect(reader.path).toBe('/dev/ttyFACTORY');
  });
});
