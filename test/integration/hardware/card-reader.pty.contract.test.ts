import { systemSerialBinding } from '../../../hardware/serial/serial-binding.ts';
import { withInjectedFaults } from '../../support/fault-injecting-binding.ts';
import { startPtyPair, type PtyEnd } from '../../support/pty-pair.ts';
import { closeSerialClient, openSerialClient } from '../../support/serial-client.ts';
import { describeCardReaderContract } from './card-reader-contract.ts';

describeCardReaderContract({
  name: 'socat pseudo-terminals',
  skipReason: null,
  unplugSkipReason: null,
  async openLine({ singleByteReads }) {
    const pair = await startPtyPair();
    let device: PtyEnd | null = null;

    return {
      path: pair.hostPath,
      // The read cap makes the real binding hand over one byte per chunk, whatever the pty buffers.
      binding: withInjectedFaults(systemSerialBinding, singleByteReads ? { maxReadSize: 1 } : {}),
      async send(data) {
        device ??= await pair.openDevice();
        const bytes = Buffer.from(data, 'latin1');
        if (!singleByteReads) {
          await device.write(bytes);
          return;
        }
        for (const byte of bytes) await device.write(Uint8Array.of(byte));
      },
      async unplug() {
        await device?.close();
        device = null;
        await pair.unplug();
      },
      replug: () => pair.replug(),
      async occupy() {
        const port = await openSerialClient(pair.hostPath);
        return () => closeSerialClient(port);
      },
      close: () => pair.close(),
    };
  },
});
