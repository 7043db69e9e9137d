import { EventEmitter } from 'node:events';
import { SerialPortStream } from '@serialport/stream';
import { systemClock, type Clock } from '../../src/domain/clock.ts';
import { DEFAULT_BACKOFF, ReconnectBackoff, type BackoffPolicy } from '../serial/reconnect-backoff.ts';
import type { SerialBinding } from '../serial/serial-binding.ts';
import { describeSerialFault, errorMessage, type SerialFaultCode } from '../serial/serial-fault.ts';
import { systemTimers, type CancelTimer, type Timers } from '../serial/timers.ts';
import type { CardFrameParser, CardRead } from './card-frame-parser.ts';
import type { CardReader, CardReaderEvent, CardReaderKind } from './card-reader.ts';

export interface SerialCardReaderOptions {
  kind: CardReaderKind;
  path: string;
  baudRate: number;
  /** serialport binding: `systemSerialBinding` in production, the mock binding or a wrapper of it in tests. */
  binding: SerialBinding;
  parser: CardFrameParser;
  clock?: Clock;
  timers?: Timers;
  backoff?: BackoffPolicy;
}

/**
 * A card reader on a serial port. It opens the port, feeds received bytes to its frame parser and emits the
 * reads. When the port cannot be opened (missing, busy, permission denied) or the device is unplugged, it
 * reports that and retries with exponential backoff until `stop()`. A failure repeated with the same cause
 * is reported once, not on every retry.
 */
export class SerialCardReader extends EventEmitter<{ event: [CardReaderEvent] }> implements CardReader {
  readonly kind: CardReaderKind;
  readonly path: string;
  readonly #baudRate: number;
  readonly #binding: SerialBinding;
  readonly #parser: CardFrameParser;
  readonly #clock: Clock;
  readonly #timers: Timers;
  readonly #backoff: ReconnectBackoff;
  #running = false;
  /** Counts stop() calls, so an open that finishes after a stop and a restart is not kept twice. */
  #generation = 0;
  #opening: Promise<void> | null = null;
  #port: SerialPortStream | null = null;
  #cancelRetry: CancelTimer | null = null;
  #cancelIdleFlush: CancelTimer | null = null;
  #lastFaultCode: SerialFaultCode | null = null;

  constructor(options: SerialCardReaderOptions) {
    super();
    this.kind = options.kind;
    this.path = options.path;
    this.#baudRate = options.baudRate;
    this.#binding = options.binding;
    this.#parser = options.parser;
    this.#clock = options.clock ?? systemClock;
    this.#timers = options.timers ?? systemTimers;
    this.#backoff = new ReconnectBackoff(options.backoff ?? DEFAULT_BACKOFF);
  }

  /** Makes the first attempt to open the port and resolves after it; a failure is an event, then retried. */
  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    this.#backoff.reset();
    this.#lastFaultCode = null;
    await this.#attemptOpen();
  }

  /** Stops retrying and closes the port, after waiting for an open in progress; no event follows. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#generation += 1;
    this.#cancelTimers();
    this.#parser.reset();
    await this.#opening;

    const port = this.#port;
    this.#port = null;
    if (port) await this.#close(port);
  }

  #attemptOpen(): Promise<void> {
    const opening = this.#open().finally(() => {
      if (this.#opening === opening) this.#opening = null;
    });
    this.#opening = opening;
    return opening;
  }

  async #open(): Promise<void> {
    this.#cancelRetry = null;
    const generation = this.#generation;
    const port = new SerialPortStream({ binding: this.#binding, path: this.path, baudRate: this.#baudRate, autoOpen: false });
    const error = await new Promise<Error | null>((resolve) => port.open(resolve));

    if (!this.#running || generation !== this.#generation) {
      if (!error) await this.#close(port);
      return;
    }
    if (error) {
      this.#reportOpenFailure(error);
      this.#scheduleRetry();
      return;
    }
    this.#attach(port);
  }

  #attach(port: SerialPortStream): void {
    this.#port = port;
    this.#backoff.reset();
    this.#lastFaultCode = null;

    port.on('data', (chunk: Buffer) => this.#receive(chunk));
    port.on('error', (error: Error) => this.#emit({ type: 'error', ...describeSerialFault(this.path, error) }));
    port.once('close', (error: Error | null) => this.#handleClose(port, error));
    this.#emit({ type: 'connected', path: this.path });
  }

  #handleClose(port: SerialPortStream, error: Error | null): void {
    // A close that stop() started has already cleared #port; only an unexpected close is a disconnect.
    if (this.#port !== port) return;

    this.#port = null;
    this.#cancelTimers();
    this.#parser.reset();
    this.#emit({ type: 'disconnected', path: this.path, reason: error ? errorMessage(error) : 'the port closed' });
    this.#scheduleRetry();
  }

  #reportOpenFailure(error: Error): void {
    const fault = describeSerialFault(this.path, error);
    if (fault.code !== this.#lastFaultCode) {
      this.#emit({ type: 'error', code: fault.code, message: `${fault.message} Retrying until the port opens.` });
    }
    this.#lastFaultCode = fault.code;
  }

  #scheduleRetry(): void {
    if (!this.#running) return;
    this.#cancelRetry = this.#timers.setTimeout(() => void this.#attemptOpen(), this.#backoff.nextDelayMs());
  }

  #receive(chunk: Buffer): void {
    this.#emitReads(this.#parser.push(chunk, this.#clock.now().getTime()));
    this.#armIdleFlush();
  }

  /** Restarts the silence timer after each chunk, so it fires only once the line has been quiet long enough. */
  #armIdleFlush(): void {
    this.#cancelIdleFlush?.();
    this.#cancelIdleFlush = null;

    const timeoutMs = this.#parser.idleTimeoutMs;
    if (timeoutMs === null || !this.#parser.hasPartialFrame) return;

    this.#cancelIdleFlush = this.#timers.setTimeout(() => {
      this.#cancelIdleFlush = null;
      this.#emitReads(this.#parser.flushIdle(this.#clock.now().getTime()));
    }, timeoutMs);
  }

  #emitReads(reads: CardRead[]): void {
    for (const read of reads) this.#emit(read);
  }

  #emit(event: CardReaderEvent): void {
    this.emit('event', event);
  }

  #cancelTimers(): void {
    this.#cancelRetry?.();
    this.#cancelRetry = null;
    this.#cancelIdleFlush?.();
    this.#cancelIdleFlush = null;
  }

  #close(port: SerialPortStream): Promise<void> {
    return new Promise((resolve) => {
      if (!port.isOpen) {
        resolve();
        return;
      }
      port.close((error) => {
        if (error) this.#emit({ type: 'error', code: 'io', message: `Closing ${this.path} failed: ${errorMessage(error)}` });
        resolve();
      });
    });
  }
}
