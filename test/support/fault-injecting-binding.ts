import type { SerialBinding, SerialBindingOpenOptions, SerialBindingPort } from '../../hardware/serial/serial-binding.ts';

export interface FaultInjectingBinding extends SerialBinding {
  /** Makes the next open fail with `error`, for faults a test cannot cause for real, such as permission denied as root. */
  failNextOpen(error: Error): void;
}

export interface FaultInjectingOptions {
  /** Caps every read at this many bytes, so even a real pty delivers one byte per chunk with 1. */
  maxReadSize?: number;
}

/**
 * Wraps a binding (the real one or a mock) to inject open failures and cap read sizes. Everything else goes
 * to the wrapped binding unchanged.
 */
export function withInjectedFaults(binding: SerialBinding, options: FaultInjectingOptions = {}): FaultInjectingBinding {
  const openFailures: Error[] = [];

  return {
    list: () => binding.list(),
    async open(openOptions: SerialBindingOpenOptions) {
      const failure = openFailures.shift();
      if (failure) throw failure;

      const port = await binding.open(openOptions);
      return options.maxReadSize === undefined ? port : limitReadSize(port, options.maxReadSize);
    },
    failNextOpen(error: Error) {
      openFailures.push(error);
    },
  };
}

function limitReadSize(port: SerialBindingPort, maxReadSize: number): SerialBindingPort {
  return new Proxy(port, {
    get(target, property) {
      if (property === 'read') {
        return (buffer: Buffer, offset: number, length: number) => target.read(buffer, offset, Math.min(length, maxReadSize));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
