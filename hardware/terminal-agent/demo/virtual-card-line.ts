import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPortStream } from '@serialport/stream';
import { SerialPortMock } from 'serialport';
import type { CardReader } from '../../card-readers/card-reader.ts';
import { createCardReader } from '../../card-readers/create-card-reader.ts';
import { systemSerialBinding, type SerialBinding } from '../../serial/serial-binding.ts';

/** A barcode card reader with a way to "scan" text into it, for demos. */
export interface VirtualCardLine {
  /** `pty` when the bytes cross a real socat pseudo-terminal pair, `mock` on serialport's mock binding. */
  readonly kind: 'pty' | 'mock';
  readonly reader: CardReader;
  /** Sends text as a barcode scanner would, followed by CR LF. */
  scan(text: string): Promise<void>;
  close(): Promise<void>;
}

/** True when `socat` can be started on this machine. */
export function hasSocat(): boolean {
  return spawnSync('socat', ['-V'], { stdio: 'ignore' }).status === 0;
}

/** Opens a virtual card line: with `auto`, over a socat pty pair when socat exists, else on the mock binding. */
export async function openVirtualCardLine(kind: 'auto' | 'pty' | 'mock' = 'auto'): Promise<VirtualCardLine> {
  const usePty = kind === 'pty' || (kind === 'auto' && hasSocat());
  return usePty ? openPtyLine() : openMockLine();
}

async function openPtyLine(): Promise<VirtualCardLine> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-demo-reader-'));
  const hostPath = join(dir, 'ttyReader');
  const devicePath = join(dir, 'ttyScanner');
  const socat = await startSocat(hostPath, devicePath);
  // socat runs in its own process group (see startSocat), so it must not outlive this process.
  const stopSocat = () => socat.kill('SIGTERM');
  process.once('exit', stopSocat);
  const device = new SerialPortStream({ binding: systemSerialBinding, path: devicePath, baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => device.open((error) => (error ? reject(error) : resolve())));
  const reader = createCardReader({ kind: 'barcode', path: hostPath, baudRate: 9600 }, { binding: systemSerialBinding });

  return {
    kind: 'pty',
    reader,
    scan: (text) => new Promise((resolve, reject) => device.write(`${text}\r\n`, (error) => (error ? reject(error) : device.drain(() => resolve())))),
    async close() {
      await reader.stop();
      await new Promise<void>((resolve) => device.close(() => resolve()));
      process.off('exit', stopSocat);
      stopSocat();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts socat in a process group of its own, because Ctrl+C in a terminal signals the whole foreground group.
 * Otherwise socat would exit at once, and the card reader would report a disconnect during an orderly shutdown.
 * The demo stops socat itself, after the reader.
 */
function startSocat(hostPath: string, devicePath: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${hostPath}`, `pty,raw,echo=0,link=${devicePath}`], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let log = '';
    socat.once('error', reject);
    socat.once('exit', (code) => reject(new Error(`socat exited with ${code} before the pty pair was ready: ${log}`)));
    socat.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('starting data transfer loop')) resolve(socat);
    });
  });
}

// serialport's own copy of the mock binding, so the driver and this line share one port registry.
const mockBinding = SerialPortMock.binding;
type MockPort = Awaited<ReturnType<typeof mockBinding.open>>;
let mockLines = 0;

async function openMockLine(): Promise<VirtualCardLine> {
  mockLines += 1;
  const path = `/dev/kiosk-demo-reader-${process.pid}-${mockLines}`;
  mockBinding.createPort(path, { echo: false, record: false });
  let opened: MockPort | null = null;
  const binding: SerialBinding = {
    list: () => mockBinding.list(),
    open: async (options) => {
      opened = await mockBinding.open(options);
      return opened;
    },
  };
  const reader = createCardReader({ kind: 'barcode', path, baudRate: 9600 }, { binding });

  return {
    kind: 'mock',
    reader,
    async scan(text) {
      if (!opened?.isOpen) throw new Error(`The demo card reader ${path} is not open`);
      opened.emitData(Buffer.from(`${text}\r\n`));
    },
    async close() {
      await reader.stop();
    },
  };
}
