import type { SerialPortStream } from '@serialport/stream';
import { systemSerialBinding } from '../../../hardware/serial/serial-binding.ts';
import { withInjectedFaults } from '../../support/fault-injecting-binding.ts';
import { closeSerialClient, openSerialClient, writeAndDrain } from '../../support/serial-client.ts';
import { describeCardReaderContract } from './card-reader-contract.ts';

// A real port for the driver, and a second real port wired to it by a null-modem cable for the test to
// write into, both at 9600 baud 8N1. Two USB serial adapters joined by a null-modem cable will do.
const readerPort = process.env.CARD_READER_TEST_PORT;
const peerPort = process.env.CARD_READER_TEST_PEER;

describeCardReaderContract({
  name: 'a real serial port',
  skipReason:
    readerPort && peerPort
      ? null
      : 'No real port configured: set CARD_READER_TEST_PORT to the port the driver opens and CARD_READER_TEST_PEER to the port wired to it by a null-modem cable',
  unplugSkipReason: 'Unplugging a real device needs a person at the machine; the mock binding and pty suites cover it',
  async openLine({ singleByteReads }) {
    const path = readerPort as string;
    let peer: SerialPortStream | null = null;

    return {
      path,
      binding: withInjectedFaults(systemSerialBinding, singleByteReads ? { maxReadSize: 1 } : {}),
      async send(data) {
        peer ??= await openSerialClient(peerPort as string);
        await writeAndDrain(peer, Buffer.from(data, 'latin1'));
      },
      unplug: () => Promise.reject(new Error('A real device cannot be unplugged by a test')),
      replug: () => Promise.reject(new Error('A real device cannot be plugged in by a test')),
      async occupy() {
        const port = await openSerialClient(path);
        return () => closeSerialClient(port);
      },
      async close() {
        if (peer) await closeSerialClient(peer);
      },
    };
  },
});
