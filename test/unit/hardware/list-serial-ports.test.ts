import { describe, expect, it } from 'vitest';
import { listSerialPorts } from '../../../hardware/serial/list-serial-ports.ts';

const noDevices = '/nonexistent-dev';

describe('serial port listing', () => {
  it('returns the ports the lister finds', async () => {
    const port = { path: '/dev/ttyUSB0', manufacturer: 'FTDI', serialNumber: 'A50285BI', pnpId: undefined, locationId: undefined, vendorId: '0403', productId: '6001' };

    expect(await listSerialPorts({ list: async () => [port], devDir: noDevices })).toEqual({ ok: true, ports: [port] });
  });

  it('reports a missing udevadm as a result instead of throwing', async () => {
    const enoent = Object.assign(new Error('spawn udevadm ENOENT'), { code: 'ENOENT', path: 'udevadm', syscall: 'spawn udevadm' });

    const listing = await listSerialPorts({ list: () => Promise.reject(enoent), devDir: noDevices });

    expect(listing).toMatchObject({ ok: false, reason: 'udevadm-missing', devicePaths: [] });
  });

  it('reports any other listing failure with its message', async () => {
    const listing = await listSerialPorts({ list: () => Promise.reject(new Error('udevadm exited with code 1')), devDir: noDevices });

    expect(listing).toEqual({ ok: false, reason: 'failed', message: 'Cannot list serial ports: udevadm exited with code 1', devicePaths: [] });
  });
});
