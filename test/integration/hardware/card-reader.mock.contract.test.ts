import { withInjectedFaults } from '../../support/fault-injecting-binding.ts';
import { MockSerialDevice } from '../../support/mock-serial-device.ts';
import { describeCardReaderContract } from './card-reader-contract.ts';

// The mock binding keeps one global registry of ports, so every line gets a path of its own.
let lineNumber = 0;

describeCardReaderContract({
  name: 'the serialport mock binding',
  skipReason: null,
  unplugSkipReason: null,
  async openLine({ singleByteReads }) {
    lineNumber += 1;
    const path = `/dev/ttyMOCK${lineNumber}`;
    const device = new MockSerialDevice(path, { maxReadSize: singleByteReads ? 1 : 1024 });

    return {
      path,
      binding: withInjectedFaults(device.binding),
      async send(data) {
        device.send(Buffer.from(data, 'latin1'));
      },
      async unplug() {
        device.unplug();
      },
      async replug() {
        device.replug();
      },
      async occupy() {
        const port = await device.binding.open({ path, baudRate: 9600 });
        return () => port.close();
      },
      async close() {},
    };
  },
});
