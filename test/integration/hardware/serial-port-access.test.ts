import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startPtyPair, type PtyPair } from '../../support/pty-pair.ts';

const run = promisify(execFile);
const fixtures = join(import.meta.dirname, 'fixtures');
const tsxImport = ['--import', 'tsx'];

/** Returns true when the unprivileged user nobody can read `path`, directories on the way included. */
async function nobodyCanRead(path: string): Promise<boolean> {
  try {
    await run('runuser', ['-u', 'nobody', '--', 'test', '-r', path]);
    return true;
  } catch {
    return false;
  }
}

describe('serial port access on this machine', () => {
  const cleanups: Array<() => Promise<void>> = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('reports permission denied for a real open, naming the dialout group', async ({ skip }) => {
    if (process.getuid?.() !== 0) skip('Needs root to run the driver as the unprivileged user nobody with runuser');
    // A checkout under a directory only root can enter (mktemp -d makes one) cannot be run by nobody at all.
    if (!(await nobodyCanRead(join(import.meta.dirname, '../../../node_modules/tsx/package.json')))) {
      skip('The user nobody cannot read this checkout, so it cannot run the driver; clone it under a world-readable directory');
    }
    const pair: PtyPair = await startPtyPair({ hostMode: '0600' });
    cleanups.push(() => pair.close());

    const { stdout } = await run('runuser', ['-u', 'nobody', '--', process.execPath, ...tsxImport, join(fixtures, 'print-first-reader-error.ts'), pair.hostPath], {
      timeout: 30_000,
    });

    expect(JSON.parse(stdout)).toEqual({
      type: 'error',
      code: 'permission-denied',
      message: `Permission denied opening ${pair.hostPath}. Add the user that runs the terminal agent to the dialout group (sudo usermod -aG dialout USERNAME), then log out and in again. Retrying until the port opens.`,
    });
  });

  it('lists ports without udevadm as a clear result with the device nodes found', async () => {
    const devDir = await mkdtemp(join(tmpdir(), 'fake-dev-'));
    cleanups.push(() => rm(devDir, { recursive: true, force: true }));
    await mkdir(join(devDir, 'serial', 'by-id'), { recursive: true });
    await writeFile(join(devDir, 'ttyUSB0'), '');
    await writeFile(join(devDir, 'ttyS0'), '');
    await symlink('../../ttyUSB0', join(devDir, 'serial', 'by-id', 'usb-FTDI_FT232R_A50285BI-if00-port0'));

    // A PATH without udevadm makes serialport's real SerialPort.list() fail the way it does on a host without udev.
    const { stdout } = await run(process.execPath, [...tsxImport, join(fixtures, 'print-serial-port-listing.ts'), devDir], {
      env: { ...process.env, PATH: '/nonexistent' },
      timeout: 30_000,
    });

    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      reason: 'udevadm-missing',
      message:
        'Cannot list serial ports: udevadm is not installed (Debian package udev). Name the reader by its device path instead, for example /dev/ttyUSB0 or /dev/serial/by-id/…',
      devicePaths: [join(devDir, 'serial', 'by-id', 'usb-FTDI_FT232R_A50285BI-if00-port0'), join(devDir, 'ttyUSB0')],
    });
  });
});
