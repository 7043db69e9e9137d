import { SerialPortStream } from '@serialport/stream';
import { systemSerialBinding } from '../../hardware/serial/serial-binding.ts';

/** Opens a real port with serialport, for tests that play the other end of a line or hold a port locked. */
export async function openSerialClient(path: string, baudRate = 9600): Promise<SerialPortStream> {
  const port = new SerialPortStream({ binding: systemSerialBinding, path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  // Errors after a close or an unplug are expected in these tests; they check what they received instead.
  port.on('error', () => {});
  return port;
}

/** Closes a port opened by `openSerialClient`; does nothing when it is already closed. */
export async function closeSerialClient(port: SerialPortStream): Promise<void> {
  if (!port.isOpen) return;
  await new Promise<void>((resolve) => port.close(() => resolve()));
}

/** Writes bytes and waits until the operating system has sent them. */
export function writeAndDrain(port: SerialPortStream, data: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    port.write(Buffer.from(data), (error) => {
      if (error) reject(error);
      else port.drain((drainError) => (drainError ? reject(drainError) : resolve()));
    });
  });
}
