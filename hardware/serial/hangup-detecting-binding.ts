import { read as fsRead } from 'node:fs';
import { promisify } from 'node:util';
import type { SerialBinding, SerialBindingOpenOptions, SerialBindingPort } from './serial-binding.ts';

const readDescriptor = promisify(fsRead);

/** The members of bindings-cpp's Linux and macOS port objects that this wrapper uses; both are public there. */
interface PollablePort extends SerialBindingPort {
  fd: number | null;
  poller: { once(event: 'readable', callback: (error: Error | null) => void): unknown };
}

type ReadResult = { buffer: Buffer; bytesRead: number };

/**
 * Wraps a binding so that a hung-up port closes as disconnected instead of spinning.
 *
 * bindings-cpp 13 retries at once whenever `read()` returns 0 bytes, also reported upstream as
 * serialport/bindings-cpp issue 162. When a USB serial adapter is unplugged or socat closes the other end of
 * a pty, Linux hangs up the tty and every later read returns 0. A read that starts after the hang-up then
 * loops forever, so the port never reports the disconnect and memory grows. With the default VMIN=1 on a
 * non-blocking descriptor, a read with no data fails with EAGAIN, so 0 bytes means end of file. This read
 * reports it as an error, which makes serialport close the port as disconnected. Ports without a file
 * descriptor, such as mock ports, pass through unchanged.
 */
export function withHangupDetection(binding: SerialBinding): SerialBinding {
  return {
    list: () => binding.list(),
    async open(options: SerialBindingOpenOptions) {
      const port = await binding.open(options);
      return isPollable(port) ? replaceRead(port) : port;
    },
  };
}

function isPollable(port: SerialBindingPort): port is PollablePort {
  const candidate = port as Partial<PollablePort>;
  return typeof candidate.fd === 'number' && typeof candidate.poller?.once === 'function';
}

function replaceRead(port: PollablePort): SerialBindingPort {
  return new Proxy(port, {
    get(target, property) {
      if (property === 'read') return (buffer: Buffer, offset: number, length: number) => readUntilData(target, buffer, offset, length);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function readUntilData(port: PollablePort, buffer: Buffer, offset: number, length: number): Promise<ReadResult> {
  for (;;) {
    if (!port.isOpen || port.fd === null) throw canceledError();

    const bytesRead = await readAvailable(port.fd, buffer, offset, length);
    if (bytesRead === null) {
      // Polling the poller of a closed port segfaults in bindings-cpp 13, so check again after the await.
      if (!port.isOpen) throw canceledError();
      await waitUntilReadable(port);
      continue;
    }
    if (bytesRead === 0) throw Object.assign(new Error('The device hung up: read returned end of file'), { code: 'EOF' });
    return { buffer, bytesRead };
  }
}

/** Returns the number of bytes read, or null when none are available yet. */
async function readAvailable(fd: number, buffer: Buffer, offset: number, length: number): Promise<number | null> {
  try {
    const { bytesRead } = await readDescriptor(fd, buffer, offset, length, null);
    return bytesRead;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN' || code === 'EWOULDBLOCK' || code === 'EINTR') return null;
    throw error;
  }
}

function waitUntilReadable(port: PollablePort): Promise<void> {
  return new Promise((resolve, reject) => {
    port.poller.once('readable', (error) => (error ? reject(error) : resolve()));
  });
}

/** serialport's stream treats an error with `canceled` as the end of a read after close, not as a disconnect. */
function canceledError(): Error {
  return Object.assign(new Error('Port is not open'), { canceled: true });
}
