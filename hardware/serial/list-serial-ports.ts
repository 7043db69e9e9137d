import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import type { PortInfo } from './serial-binding.ts';
import { errorMessage } from './serial-fault.ts';

export type { PortInfo };

/**
 * Result of listing serial ports. When listing fails, `devicePaths` contains the USB serial device nodes found
 * by reading `/dev` directly, so an operator still gets candidates for `--card-reader`.
 */
export type SerialPortListing =
  | { ok: true; ports: PortInfo[] }
  | { ok: false; reason: 'udevadm-missing' | 'failed'; message: string; devicePaths: string[] };

export interface ListSerialPortsOptions {
  /** Port lister; defaults to `SerialPort.list` from serialport, which runs `udevadm info -e` on Linux. */
  list?: () => Promise<PortInfo[]>;
  /** Directory searched for device nodes when listing fails; `/dev` unless a test points elsewhere. */
  devDir?: string;
}

/** Lists serial ports. Never throws: a missing `udevadm` or any other failure becomes a result. */
export async function listSerialPorts(options: ListSerialPortsOptions = {}): Promise<SerialPortListing> {
  const list = options.list ?? (() => SerialPort.list());
  const devDir = options.devDir ?? '/dev';

  try {
    return { ok: true, ports: await list() };
  } catch (error) {
    const devicePaths = await findSerialDevicePaths(devDir);
    if (isUdevadmMissing(error)) {
      return {
        ok: false,
        reason: 'udevadm-missing',
        message:
          'Cannot list serial ports: udevadm is not installed (Debian package udev). ' +
          'Name the reader by its device path instead, for example /dev/ttyUSB0 or /dev/serial/by-id/…',
        devicePaths,
      };
    }
    return { ok: false, reason: 'failed', message: `Cannot list serial ports: ${errorMessage(error)}`, devicePaths };
  }
}

function isUdevadmMissing(error: unknown): boolean {
  const failure = error as NodeJS.ErrnoException | undefined;
  return failure?.code === 'ENOENT' && /udevadm/.test(`${failure.path ?? ''} ${failure.message}`);
}

/** Finds `by-id` links and USB serial nodes (ttyUSB*, ttyACM*); ttyS* is skipped because PCs always have 32. */
async function findSerialDevicePaths(devDir: string): Promise<string[]> {
  const byIdDir = join(devDir, 'serial', 'by-id');
  const byId = (await readDirectory(byIdDir)).map((name) => join(byIdDir, name));
  const usb = (await readDirectory(devDir)).filter((name) => /^tty(USB|ACM)\d+$/.test(name)).map((name) => join(devDir, name));
  return [...byId, ...usb].sort();
}

async function readDirectory(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch {
    // A missing /dev/serial/by-id only means no udev-named device is plugged in.
    return [];
  }
}
