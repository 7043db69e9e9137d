import { SerialPortStream } from '@serialport/stream';
import type { SerialBinding } from '../serial/serial-binding.ts';
import { describeSerialFault, errorMessage, type SerialFaultCode } from '../serial/serial-fault.ts';
import { systemTimers, type Timers } from '../serial/timers.ts';

export type PrintResult = { ok: true } | { ok: false; code: SerialFaultCode | 'timeout'; message: string };

export interface SerialReceiptPrinterOptions {
  path: string;
  baudRate: number;
  /** `systemSerialBinding` for a real printer; the mock binding or a wrapper of it in tests. */
  binding: SerialBinding;
  /** Hardware flow control; many serial receipt printers use RTS/CTS to pause the host while printing. */
  rtscts?: boolean;
  /** How long the printer may take to accept one receipt before the print counts as failed. */
  writeTimeoutMs?: number;
  timers?: Timers;
}

/**
 * A receipt is a few kilobytes, which takes a few seconds at 9600 baud. 15 s is an estimate of when a printer
 * holding the line with flow control is stuck rather than busy printing.
 */
export const DEFAULT_PRINT_TIMEOUT_MS = 15_000;

/**
 * An ESC/POS receipt printer on a serial port. The first print opens the port and later prints reuse it.
 * After a failure or an unplug the port is dropped, and the next print opens it again, so no reconnect loop
 * is needed. The port stays open between prints because reopening it at once lost the previous receipt on a
 * socat pty pair, where the other end had not read it yet. Prints run one after another. Failures are
 * results, so the kiosk can offer "no receipt" instead.
 */
export class SerialReceiptPrinter {
  readonly path: string;
  readonly #options: SerialReceiptPrinterOptions;
  readonly #timers: Timers;
  #queue: Promise<unknown> = Promise.resolve();
  #port: SerialPortStream | null = null;

  constructor(options: SerialReceiptPrinterOptions) {
    if (!options.path.startsWith('/')) throw new RangeError(`Printer path must be absolute, for example /dev/ttyUSB1, got "${options.path}"`);
    if (!Number.isInteger(options.baudRate) || options.baudRate <= 0) throw new RangeError(`Printer baud rate must be a positive integer, got ${options.baudRate}`);
    this.path = options.path;
    this.#options = options;
    this.#timers = options.timers ?? systemTimers;
  }

  /** True while the port is open; when it is closed, the next print opens it. */
  get isOpen(): boolean {
    return this.#port?.isOpen ?? false;
  }

  print(bytes: Uint8Array): Promise<PrintResult> {
    return this.#enqueue(() => this.#printNow(Buffer.from(bytes)));
  }

  /** Closes the port after the queued prints finish; a later print opens it again. */
  close(): Promise<void> {
    return this.#enqueue(() => this.#dropPort());
  }

  #enqueue<Result>(task: () => Promise<Result>): Promise<Result> {
    const result = this.#queue.then(task);
    // A task that throws (a bug) must not block the ones queued after it.
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #printNow(bytes: Buffer): Promise<PrintResult> {
    const opened = await this.#openPort();
    if (!(opened instanceof SerialPortStream)) return opened;

    const outcome = await this.#writeWithTimeout(opened, bytes);
    if (!outcome.ok) await this.#dropPort();
    return outcome;
  }

  async #openPort(): Promise<SerialPortStream | PrintResult> {
    if (this.#port?.isOpen) return this.#port;

    const { path, baudRate, binding, rtscts = false } = this.#options;
    const port = new SerialPortStream({ binding, path, baudRate, rtscts, autoOpen: false });
    // Failures arrive through the callbacks and the close event; without a listener a late one would crash.
    port.on('error', () => {});

    const openError = await new Promise<Error | null>((resolve) => port.open(resolve));
    if (openError) return { ok: false, ...describeSerialFault(path, openError) };

    port.once('close', () => {
      if (this.#port === port) this.#port = null;
    });
    // Printers may send status bytes, which are not needed. Reading keeps a read pending, so an unplug closes
    // the port at once instead of failing the next receipt.
    port.on('data', () => {});
    this.#port = port;
    return port;
  }

  #writeWithTimeout(port: SerialPortStream, bytes: Buffer): Promise<PrintResult> {
    const timeoutMs = this.#options.writeTimeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;

    return new Promise((resolve) => {
      const cancelTimeout = this.#timers.setTimeout(() => {
        resolve({
          ok: false,
          code: 'timeout',
          message: `The printer on ${this.path} did not accept the receipt within ${timeoutMs} ms. Check that it is on, has paper, and that its baud rate and flow control match.`,
        });
      }, timeoutMs);

      port.write(bytes, (writeError) => {
        if (writeError) {
          cancelTimeout();
          resolve({ ok: false, ...describeSerialFault(this.path, writeError) });
          return;
        }
        port.drain((drainError) => {
          cancelTimeout();
          resolve(drainError ? { ok: false, code: 'io', message: `Sending the receipt to ${this.path} failed: ${errorMessage(drainError)}` } : { ok: true });
        });
      });
    });
  }

  #dropPort(): Promise<void> {
    const port = this.#port;
    this.#port = null;
    return new Promise((resolve) => {
      if (!port?.isOpen) {
        resolve();
        return;
      }
      // A close that fails leaves nothing to undo; the next print opens the port afresh.
      port.close(() => resolve());
    });
  }
}
