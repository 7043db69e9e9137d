import { SerialPortMock } from 'serialport';
import type { SerialBinding, SerialBindingOpenOptions, SerialBindingPort } from '../../hardware/serial/serial-binding.ts';

// serialport's own copy of the mock binding: importing @serialport/binding-mock directly from ESM would load a
// second copy with a separate port registry.
const mockBinding = SerialPortMock.binding;
type MockPort = Awaited<ReturnType<typeof mockBinding.open>>;

export interface MockSerialDeviceOptions {
  /** Largest chunk one read returns; 1 delivers every byte in its own chunk. */
  maxReadSize?: number;
}

/**
 * A device on serialport's mock binding that can also be unplugged and plugged in again, which the mock
 * binding alone cannot do. `binding` is what the driver under test gets. Unplugging fails the pending read
 * with EIO as bindings-cpp does for a removed USB adapter, so the port closes as disconnected, and later
 * opens fail with the message bindings-cpp gives for a missing path. Writes to an unplugged port fail with EIO.
 */
export class MockSerialDevice {
  readonly binding: SerialBinding;
  readonly #openPorts = new Set<UnpluggablePort>();
  readonly #written: Buffer[] = [];
  #present = true;

  constructor(
    readonly path: string,
    options: MockSerialDeviceOptions = {},
  ) {
    mockBinding.createPort(path, { maxReadSize: options.maxReadSize ?? 1024 });
    this.binding = {
      list: () => mockBinding.list(),
      open: (openOptions: SerialBindingOpenOptions) => this.#open(openOptions),
    };
  }

  /** True while some driver has the port open. */
  get isOpen(): boolean {
    return this.#openPorts.size > 0;
  }

  /** Sends bytes as the device would. Throws when no driver has the port open. */
  send(data: string | Uint8Array): void {
    const [port] = this.#openPorts;
    if (!port) throw new Error(`${this.path} is not open; the bytes would be lost`);
    port.inner.emitData(Buffer.from(data));
  }

  /** Everything drivers wrote to the port, across all the times it was open. */
  written(): Buffer {
    return Buffer.concat(this.#written);
  }

  unplug(): void {
    this.#present = false;
    for (const port of this.#openPorts) port.unplug();
  }

  replug(): void {
    this.#present = true;
  }

  async #open(openOptions: SerialBindingOpenOptions): Promise<SerialBindingPort> {
    if (!this.#present) throw new Error(`Error: No such file or directory, cannot open ${this.path}`);

    const port = new UnpluggablePort(await mockBinding.open(openOptions), {
      onWrite: (data) => this.#written.push(Buffer.from(data)),
      onClose: () => this.#openPorts.delete(port),
    });
    this.#openPorts.add(port);
    return port;
  }
}

interface PortHooks {
  onWrite(data: Buffer): void;
  onClose(): void;
}

function readError(): Error {
  return Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
}

class UnpluggablePort implements SerialBindingPort {
  #unplugged = false;
  #rejectPendingRead: ((error: Error) => void) | null = null;

  constructor(
    readonly inner: MockPort,
    readonly hooks: PortHooks,
  ) {}

  get isOpen(): boolean {
    return this.inner.isOpen;
  }

  get openOptions(): MockPort['openOptions'] {
    return this.inner.openOptions;
  }

  /** Fails the pending read, or the next one when none is pending yet, as a removed device does. */
  unplug(): void {
    this.#unplugged = true;
    this.#rejectPendingRead?.(readError());
  }

  read(buffer: Buffer, offset: number, length: number): Promise<{ buffer: Buffer; bytesRead: number }> {
    if (this.#unplugged) return Promise.reject(readError());

    const unplugged = new Promise<never>((_resolve, reject) => {
      this.#rejectPendingRead = reject;
    });
    return Promise.race([this.inner.read(buffer, offset, length), unplugged]).finally(() => {
      this.#rejectPendingRead = null;
    });
  }

  async write(buffer: Buffer): Promise<void> {
    if (this.#unplugged) throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    await this.inner.write(buffer);
    this.hooks.onWrite(buffer);
  }

  async close(): Promise<void> {
    this.hooks.onClose();
    await this.inner.close();
  }

  update(options: { baudRate: number }): Promise<void> {
    return this.inner.update(options);
  }

  set(options: Parameters<MockPort['set']>[0]): Promise<void> {
    return this.inner.set(options);
  }

  get(): ReturnType<MockPort['get']> {
    return this.inner.get();
  }

  getBaudRate(): Promise<{ baudRate: number }> {
    return this.inner.getBaudRate();
  }

  flush(): Promise<void> {
    return this.inner.flush();
  }

  drain(): Promise<void> {
    return this.inner.drain();
  }
}
