import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReceiptBytes } from '../../../hardware/printers/receipt-builder.ts';
import { SerialReceiptPrinter } from '../../../hardware/printers/serial-receipt-printer.ts';
import { systemSerialBinding, type SerialBinding } from '../../../hardware/serial/serial-binding.ts';
import { withInjectedFaults } from '../../support/fault-injecting-binding.ts';
import { ManualTime } from '../../support/manual-time.ts';
import { MockSerialDevice } from '../../support/mock-serial-device.ts';
import { startPtyPair, type PtyPair } from '../../support/pty-pair.ts';
import { closeSerialClient, openSerialClient } from '../../support/serial-client.ts';
import { waitUntil } from '../../support/wait-until.ts';

const receipt = buildReceiptBytes({
  titleLines: ['香港中央圖書館', 'Loan receipt'],
  items: [
    { title: 'The Hobbit', dueText: 'Due 19 Jan 2026' },
    { title: '許地山散文選', dueText: '到期日：2026年1月19日' },
  ],
  referenceText: 'Reference 2026-0105-0042',
  footerLines: ['謝謝', 'Thank you'],
}).bytes;

describe('serial receipt printer on a pty', () => {
  let pair: PtyPair;

  let printer: SerialReceiptPrinter | null = null;

  afterEach(async () => {
    await printer?.close();
    printer = null;
    await pair.close();
  });

  it('delivers the receipt bytes unchanged to the printer end', async () => {
    pair = await startPtyPair();
    const printerEnd = await pair.openDevice();
    printer = new SerialReceiptPrinter({ path: pair.hostPath, baudRate: 9600, binding: systemSerialBinding });

    const result = await printer.print(receipt);

    expect(result).toEqual({ ok: true });
    expect(await printerEnd.waitForBytes(receipt.length)).toEqual(receipt);
  });

  it('prints queued receipts one after another', async () => {
    pair = await startPtyPair();
    const printerEnd = await pair.openDevice();
    printer = new SerialReceiptPrinter({ path: pair.hostPath, baudRate: 9600, binding: systemSerialBinding });
    const second = buildReceiptBytes({ titleLines: ['Second'], items: [], referenceText: 'Reference 2', footerLines: [] }).bytes;

    const results = await Promise.all([printer.print(receipt), printer.print(second)]);

    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(await printerEnd.waitForBytes(receipt.length + second.length)).toEqual(Buffer.concat([receipt, second]));
  });

  it('prints again after the printer was unplugged and plugged back in', async () => {
    pair = await startPtyPair();
    printer = new SerialReceiptPrinter({ path: pair.hostPath, baudRate: 9600, binding: systemSerialBinding });
    expect(await printer.print(Buffer.from('first\n'))).toEqual({ ok: true });

    await pair.unplug();
    await waitUntil(() => !printer?.isOpen, 'the printer notices the unplug without printing');
    await pair.replug();
    const printerEnd = await pair.openDevice();
    const result = await printer.print(receipt);

    expect(result).toEqual({ ok: true });
    expect(await printerEnd.waitForBytes(receipt.length)).toEqual(receipt);
  });

  it('reports a printer that is not plugged in', async () => {
    pair = await startPtyPair();
    const missingPath = join(pair.dir, 'ttyMissing');
    printer = new SerialReceiptPrinter({ path: missingPath, baudRate: 9600, binding: systemSerialBinding });

    expect(await printer.print(receipt)).toEqual({
      ok: false,
      code: 'not-found',
      message: `${missingPath} does not exist. Check that the device is plugged in and that the configured path is right.`,
    });
  });

  it('reports a printer port another program holds', async () => {
    pair = await startPtyPair();
    const holder = await openSerialClient(pair.hostPath);
    printer = new SerialReceiptPrinter({ path: pair.hostPath, baudRate: 9600, binding: systemSerialBinding });

    const result = await printer.print(receipt);
    await closeSerialClient(holder);

    expect(result).toMatchObject({ ok: false, code: 'busy' });
  });
});

describe('serial receipt printer on the mock binding', () => {
  it('writes the receipt to the port', async () => {
    const device = new MockSerialDevice('/dev/ttyPRINTER1');
    const printer = new SerialReceiptPrinter({ path: device.path, baudRate: 38400, binding: device.binding });

    expect(await printer.print(receipt)).toEqual({ ok: true });
    expect(device.written()).toEqual(receipt);
    expect(device.isOpen).toBe(true);
    await printer.close();
    expect(device.isOpen).toBe(false);
  });

  it('opens the port again for the next print after the printer was unplugged', async () => {
    const device = new MockSerialDevice('/dev/ttyPRINTER5');
    const printer = new SerialReceiptPrinter({ path: device.path, baudRate: 9600, binding: device.binding });
    await printer.print(Buffer.from('first\n'));

    device.unplug();
    await waitUntil(() => !printer.isOpen, 'the unplugged port closes');
    const whileUnplugged = await printer.print(Buffer.from('lost\n'));
    device.replug();
    const afterReplug = await printer.print(Buffer.from('second\n'));
    await printer.close();

    expect(whileUnplugged).toMatchObject({ ok: false, code: 'not-found' });
    expect(afterReplug).toEqual({ ok: true });
    expect(device.written().toString()).toBe('first\nsecond\n');
  });

  // Root ignores file modes, so permission denied is injected here; the card reader suite covers a real open.
  it('reports permission denied naming the dialout group', async () => {
    const device = new MockSerialDevice('/dev/ttyPRINTER2');
    const binding = withInjectedFaults(device.binding);
    binding.failNextOpen(new Error('Error: Permission denied, cannot open /dev/ttyPRINTER2'));
    const printer = new SerialReceiptPrinter({ path: device.path, baudRate: 9600, binding });

    const result = await printer.print(receipt);

    expect(result).toMatchObject({ ok: false, code: 'permission-denied', message: expect.stringContaining('dialout group') });
  });

  it('gives up on a printer that stops accepting bytes', async () => {
    const device = new MockSerialDevice('/dev/ttyPRINTER3');
    const time = new ManualTime();
    const printer = new SerialReceiptPrinter({ path: device.path, baudRate: 9600, binding: withStalledWrites(device.binding), timers: time, writeTimeoutMs: 15_000 });

    const printing = printer.print(receipt);
    await waitUntil(() => time.msUntilNextTimer() === 15_000, 'the print timeout starts');
    time.advance(15_000);

    expect(await printing).toEqual({
      ok: false,
      code: 'timeout',
      message:
        'The printer on /dev/ttyPRINTER3 did not accept the receipt within 15000 ms. Check that it is on, has paper, and that its baud rate and flow control match.',
    });
  });

  it('rejects a relative path and an invalid baud rate at construction', () => {
    const device = new MockSerialDevice('/dev/ttyPRINTER4');

    expect(() => new SerialReceiptPrinter({ path: 'ttyUSB1', baudRate: 9600, binding: device.binding })).toThrow(
      'Printer path must be absolute, for example /dev/ttyUSB1, got "ttyUSB1"',
    );
    expect(() => new SerialReceiptPrinter({ path: device.path, baudRate: 0, binding: device.binding })).toThrow('Printer baud rate must be a positive integer, got 0');
  });
});

/** Wraps a binding so its ports never finish a write, like a printer that keeps CTS low when out of paper. */
function withStalledWrites(binding: SerialBinding): SerialBinding {
  return {
    list: () => binding.list(),
    async open(options) {
      const port = await binding.open(options);
      return new Proxy(port, {
        get(target, property) {
          if (property === 'write') return () => new Promise<void>(() => {});
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
  };
}
