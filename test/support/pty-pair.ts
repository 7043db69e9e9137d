import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPortStream } from '@serialport/stream';
import { systemSerialBinding } from '../../hardware/serial/serial-binding.ts';

/**
 * A linked pair of pseudo-terminals made by socat, standing in for a serial device and its cable.
 *
 * - `hostPath` is the end the program under test opens, as it would open `/dev/ttyUSB0`
 *   (for example `--card-reader barcode:${pair.hostPath}`).
 * - `devicePath` is the end a test plays the device on: bytes written there arrive at `hostPath`, and the
 *   other way round. `openDevice()` opens it.
 *
 * Both are stable symlinks in a temporary directory. `unplug()` kills socat, so ports open on either end
 * close as disconnected (when opened through `systemSerialBinding`, because serialport's stock binding can
 * miss the hang-up) and both paths stop opening. `replug()` starts socat again with the same link names,
 * like a device that comes back. `close()` stops socat and removes the directory, so call it in `afterEach`.
 * A socat left running when the test process exits is killed then.
 *
 * Behaviour checked with socat 1.7.4 and serialport 13: every byte value passes through, and ends opened at
 * different baud rates still exchange bytes. Modem-line calls (`get()`, `set()`) fail with "Inappropriate
 * ioctl for device", and a second open of an end fails with "Cannot lock port". `hostMode` sets socat's
 * `perm=` on the host end, but root ignores file modes, so a permission test must open it as another user.
 *
 * @example
 * const pair = await startPtyPair();
 * const device = await pair.openDevice();
 * await device.write('27301000010018\r\n');
 * await pair.close();
 */
export interface PtyPair {
  readonly dir: string;
  readonly hostPath: string;
  readonly devicePath: string;
  /** True while socat runs. */
  readonly isPlugged: boolean;
  unplug(): Promise<void>;
  replug(): Promise<void>;
  /** Opens `devicePath` with serialport and `systemSerialBinding`; `unplug()` closes it as disconnected. */
  openDevice(): Promise<PtyEnd>;
  close(): Promise<void>;
}

/** One end of a pair, opened for a test to write and read bytes. */
export interface PtyEnd {
  /** Writes (a string as UTF-8, so pass bytes for values above 0x7F) and waits until the bytes are sent (tcdrain). */
  write(data: string | Uint8Array): Promise<void>;
  /** Everything received so far. */
  received(): Buffer;
  /** Resolves once at least `count` bytes were received; rejects after `timeoutMs` with what arrived. */
  waitForBytes(count: number, timeoutMs?: number): Promise<Buffer>;
  close(): Promise<void>;
}

export interface PtyPairOptions {
  /** Directory for the links; a fresh temporary directory by default, removed by `close()`. */
  dir?: string;
  /** Octal file mode for the host end, passed to socat as `perm=`, for example '0600'. */
  hostMode?: string;
  /** How long to wait for socat to report "starting data transfer loop". */
  readyTimeoutMs?: number;
}

const runningSocats = new Set<ChildProcess>();
process.once('exit', () => {
  for (const socat of runningSocats) socat.kill('SIGKILL');
});

/** Starts socat and resolves once both links exist and data flows. */
export async function startPtyPair(options: PtyPairOptions = {}): Promise<PtyPair> {
  const ownsDir = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'pty-pair-')));
  const hostPath = join(dir, 'ttyHost');
  const devicePath = join(dir, 'ttyDevice');
  const hostMode = options.hostMode === undefined ? '' : `,perm=${options.hostMode}`;
  const socatArguments = ['-d', '-d', `pty,raw,echo=0,link=${hostPath}${hostMode}`, `pty,raw,echo=0,link=${devicePath}`];
  const readyTimeoutMs = options.readyTimeoutMs ?? 10_000;
  const openEnds = new Set<PtyEnd>();

  let socat: ChildProcess | null = await startSocat(socatArguments, readyTimeoutMs);

  const stopSocat = async (): Promise<void> => {
    const running = socat;
    socat = null;
    if (running) await stopProcess(running);
  };

  return {
    dir,
    hostPath,
    devicePath,
    get isPlugged() {
      return socat !== null;
    },
    unplug: stopSocat,
    async replug() {
      if (socat) throw new Error('The pty pair is already plugged in');
      socat = await startSocat(socatArguments, readyTimeoutMs);
    },
    async openDevice() {
      const end = await openPtyEnd(devicePath, () => openEnds.delete(end));
      openEnds.add(end);
      return end;
    },
    async close() {
      await Promise.all([...openEnds].map((end) => end.close()));
      await stopSocat();
      if (ownsDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs socat under `setpriv --pdeathsig KILL` when util-linux provides it, so socat dies with a test worker
 * that crashes before its exit handler runs. Without setpriv such a socat outlives the worker.
 */
const socatCommand: readonly string[] = spawnSync('setpriv', ['--version']).status === 0 ? ['setpriv', '--pdeathsig', 'KILL', '--', 'socat'] : ['socat'];

function startSocat(socatArguments: string[], readyTimeoutMs: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const [command = 'socat', ...prefix] = socatCommand;
    const socat = spawn(command, [...prefix, ...socatArguments], { stdio: ['ignore', 'ignore', 'pipe'] });
    runningSocats.add(socat);
    let log = '';

    const fail = (reason: string): void => {
      clearTimeout(timer);
      socat.kill('SIGKILL');
      reject(new Error(`socat ${socatArguments.join(' ')} ${reason}; its log:\n${log}`));
    };
    const timer = setTimeout(() => fail(`did not become ready within ${readyTimeoutMs} ms`), readyTimeoutMs);

    socat.once('error', (error) => fail(`could not start (${error.message}); is the socat package installed?`));
    socat.once('exit', (code, signal) => {
      runningSocats.delete(socat);
      fail(`exited early with ${signal ?? `code ${code}`}`);
    });
    socat.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (!log.includes('starting data transfer loop')) return;

      clearTimeout(timer);
      socat.removeAllListeners('exit');
      socat.removeAllListeners('error');
      socat.once('exit', () => runningSocats.delete(socat));
      // Only a failed kill() can report an error now, and stopProcess() then waits for exit regardless.
      socat.on('error', () => {});
      socat.stderr?.removeAllListeners('data');
      socat.stderr?.resume();
      resolve(socat);
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function openPtyEnd(path: string, onClose: () => void): Promise<PtyEnd> {
  const port = new SerialPortStream({ binding: systemSerialBinding, path, baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));

  const chunks: Buffer[] = [];
  const listeners = new Set<() => void>();
  port.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    for (const listener of listeners) listener();
  });
  // A closed or unplugged end reports errors here; tests look at what they received instead.
  port.on('error', () => {});
  port.once('close', onClose);

  return {
    async write(data) {
      await new Promise<void>((resolve, reject) => {
        port.write(Buffer.from(data), (error) => (error ? reject(error) : port.drain((drainError) => (drainError ? reject(drainError) : resolve()))));
      });
    },
    received: () => Buffer.concat(chunks),
    waitForBytes(count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const bytes = Buffer.concat(chunks);
          if (bytes.length < count) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(bytes);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${count} bytes on ${path}; received ${Buffer.concat(chunks).toString('hex')}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    async close() {
      if (!port.isOpen) return;
      await new Promise<void>((resolve) => port.close(() => resolve()));
    },
  };
}
