import { createInterface, type Interface } from 'node:readline';
import type { Language } from '../../src/domain/language.ts';
import { localPhoneText } from './local-phone.messages.ts';

/** What a Gather asks for, as the local phone needs it to collect keys. */
export interface GatherRequest {
  numDigits: number | null;
  finishOnKey: string;
  timeoutSeconds: number;
}

/** Source of the local phone's key presses: a script or the person at the terminal. */
export interface KeySource {
  /** Returns the keys for one Gather (without the finishing key), or null for silence until the timeout. */
  nextEntry(gather: GatherRequest): Promise<string | null>;
  /** True once a script has no entries left, which the phone takes as hanging up. */
  readonly exhausted: boolean;
  close(): void;
}

/**
 * Key presses from `--keys "3,27301000010018#,,0"`: each comma-separated entry answers one Gather, an
 * empty entry is silence, and a trailing `#` is the finishing key (not sent, as Twilio does not send it).
 */
export class ScriptedKeys implements KeySource {
  readonly #entries: string[];

  constructor(script: string) {
    this.#entries = script.split(',').map((entry) => entry.trim());
    for (const entry of this.#entries) {
      if (!/^[0-9*#]*$/.test(entry)) throw new KeysScriptError(localPhoneText('en', 'localPhone.keysInvalid', { entry }), entry);
    }
  }

  get exhausted(): boolean {
    return this.#entries.length === 0;
  }

  async nextEntry(gather: GatherRequest): Promise<string | null> {
    const entry = this.#entries.shift();
    if (entry === undefined || entry === '') return null;
    return finishedEntry(entry, gather);
  }

  close(): void {}
}

/**
 * Key presses read one line per Gather from an input that is not a terminal, such as piped keys; a terminal
 * gets RawTerminalKeys, which does not echo them. An empty line, or no line within the Gather's timeout, is
 * silence; with `waitForever` the phone waits without a timeout.
 */
export class LineKeys implements KeySource {
  readonly #lines: Interface;
  #closed = false;
  readonly #waiting: Array<(line: string | null) => void> = [];
  readonly #buffered: string[] = [];

  constructor(
    input: NodeJS.ReadableStream,
    private readonly output: NodeJS.WritableStream,
    private readonly language: Language,
    private readonly waitForever = false,
  ) {
    this.#lines = createInterface({ input, terminal: false });
    this.#lines.on('line', (line) => this.#deliver(line));
    this.#lines.on('close', () => {
      this.#closed = true;
      for (const waiter of this.#waiting.splice(0)) waiter(null);
    });
  }

  /** True once the input has ended (Ctrl-D or the end of piped keys) and every typed line was used. */
  get exhausted(): boolean {
    return this.#closed && this.#buffered.length === 0;
  }

  async nextEntry(gather: GatherRequest): Promise<string | null> {
    const prompt = gather.numDigits === 1 ? localPhoneText(this.language, 'localPhone.keysPromptKey') : localPhoneText(this.language, 'localPhone.keysPromptDigits', { finishKey: gather.finishOnKey || '…' });
    this.output.write(prompt);
    const line = await this.#nextLine(this.waitForever ? null : gather.timeoutSeconds * 1000);
    if (line === null) return null;
    const keys = line.replace(/[^0-9*#]/g, '');
    if (keys !== line.trim()) this.output.write(`${localPhoneText(this.language, 'localPhone.notKeys')}\n`);
    return keys === '' ? null : finishedEntry(keys, gather);
  }

  close(): void {
    this.#lines.close();
  }

  #nextLine(timeoutMs: number | null): Promise<string | null> {
    if (this.#buffered.length > 0) return Promise.resolve(this.#buffered.shift() ?? null);
    if (this.#closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = timeoutMs === null ? null : setTimeout(() => finish(null), timeoutMs);
      const finish = (line: string | null) => {
        if (timer) clearTimeout(timer);
        const index = this.#waiting.indexOf(finish);
        if (index >= 0) this.#waiting.splice(index, 1);
        resolve(line);
      };
      this.#waiting.push(finish);
    });
  }

  #deliver(line: string): void {
    const waiter = this.#waiting.shift();
    if (waiter) waiter(line);
    else this.#buffered.push(line);
  }
}

/** A `--keys` script with a character no phone key makes; `entry` is the offending entry. */
export class KeysScriptError extends Error {
  override readonly name = 'KeysScriptError';
  constructor(
    message: string,
    readonly entry: string,
  ) {
    super(message);
  }
}

/** Keeps what Twilio would submit: up to the finishing key, or the first `numDigits` keys. */
function finishedEntry(entry: string, gather: GatherRequest): string {
  const finishAt = gather.finishOnKey ? entry.indexOf(gather.finishOnKey) : -1;
  const keys = finishAt >= 0 ? entry.slice(0, finishAt) : entry;
  return gather.numDigits ? keys.slice(0, gather.numDigits) : keys;
}
