import { afterEach, describe, expect, it } from 'vitest';
import { systemSerialBinding, type SerialBindingPort } from '../../../hardware/serial/serial-binding.ts';
import { startPtyPair, type PtyPair } from '../../support/pty-pair.ts';

describe('hang-up detection on a real pty', () => {
  let pair: PtyPair;
  let port: SerialBindingPort | null = null;

  afterEach(async () => {
    if (port?.isOpen) await port.close();
    port = null;
    await pair.close();
  });

  it('rejects a read that starts after the other end hung up', async () => {
    pair = await startPtyPair();
    port = await systemSerialBinding.open({ path: pair.hostPath, baudRate: 9600 });

    await pair.unplug();
    const read = port.read(Buffer.alloc(64), 0, 64);

    await expect(read).rejects.toThrow('The device hung up: read returned end of file');
  });

  it('returns the bytes the other end sends', async () => {
    pair = await startPtyPair();
    port = await systemSerialBinding.open({ path: pair.hostPath, baudRate: 9600 });
    const device = await pair.openDevice();

    const read = port.read(Buffer.alloc(64), 0, 64);
    await device.write(Uint8Array.of(0x02, 0xff, 0x00));

    const { buffer, bytesRead } = await read;
    expect(buffer.subarray(0, bytesRead)).toEqual(Buffer.from([0x02, 0xff, 0x00]));
  });

  it('cancels a pending read when the port is closed', async () => {
    pair = await startPtyPair();
    port = await systemSerialBinding.open({ path: pair.hostPath, baudRate: 9600 });

    const outcome = expect(port.read(Buffer.alloc(64), 0, 64)).rejects.toMatchObject({ canceled: true });
    await port.close();

    await outcome;
  });
});
