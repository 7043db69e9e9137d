import type { Language } from '../../src/domain/language.ts';
import type { GatherRequest, KeySource } from './key-sources.ts';
import { localPhoneText } from './local-phone.messages.ts';

/** A terminal input stream: `process.stdin` when it is a TTY (a `tty.ReadStream`). */
export interface RawModeInput extends NodeJS.ReadableStream {
  isTTY: true;
  setRawMode(mode: boolean): unknown;
}

export function isRawModeInput(input: NodeJS.ReadableStream): input is RawModeInput {
  const candidate = input as { isTTY?: unknown; setRawMode?: unknown };
  return candidate.isTTY === true && typeof candidate.setRawMode === 'function';
}

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const ESCAPE = '\u001b';
const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\u007f', '\b']);
const PHONE_KEY = /^[0-9*#]$/;

interface OpenEntry {
  gather: GatherRequest;
  keys: string;
  timer: NodeJS.Timeout | null;
  resolve: (keys: string | null) => void;
}

/**
 * Key presses read from a terminal in raw mode, so nothing typed is echoed: a card number or PIN shows one
 * `*` per key, and a menu key shows nothing (the phone prints which key was pressed). As on a phone, a menu
 * takes its key without Enter, and a card number or PIN ends with the gather's finishing key (`#`) or Enter.
 * Backspace removes the last key. Silence for the gather's timeout, counted again after each key, submits
 * what was keyed so far, or nothing. Keys typed between questions are kept for the next one. Ctrl-D hangs
 * up; Ctrl-C restores the terminal and calls `onInterrupt` (by default, SIGINT to this process).
 */
export class RawTerminalKeys implements KeySource {
  readonly #input: RawModeInput;
  readonly #output: NodeJS.WritableStream;
  readonly #language: Language;
  readonly #waitForever: boolean;
  readonly #onInterrupt: () => void;
  readonly #typedAhead: string[] = [];
  readonly #onData = (chunk: string | Buffer) => this.#receive(chunk.toString());
  readonly #onEnd = () => this.#hangUp();
  #entry: OpenEntry | null = null;
  #closed = false;
  #released = false;

  constructor(options: { input: RawModeInput; output: NodeJS.WritableStream; language: Language; waitForever?: boolean; onInterrupt?: () => void }) {
    this.#input = options.input;
    this.#output = options.output;
    this.#language = options.language;
    this.#waitForever = options.waitForever ?? false;
    this.#onInterrupt = options.onInterrupt ?? (() => process.kill(process.pid, 'SIGINT'));
    this.#input.setRawMode(true);
    this.#input.on('data', this.#onData);
    this.#input.on('end', this.#onEnd);
    this.#input.resume();
  }

  /** True once the caller hung up (Ctrl-D, or the end of the input) and no typed keys are left. */
  get exhausted(): boolean {
    return this.#closed && this.#typedAhead.length === 0;
  }

  nextEntry(gather: GatherRequest): Promise<string | null> {
    const prompt = gather.numDigits === 1 ? 'localPhone.keysPromptKey' : 'localPhone.keysPromptDigits';
    this.#output.write(localPhoneText(this.#language, prompt, { finishKey: gather.finishOnKey || '…' }));
    if (this.#closed && this.#typedAhead.length === 0) return this.#endLine(null);

    return new Promise((resolve) => {
      this.#entry = { gather, keys: '', timer: null, resolve };
      this.#restartTimer();
      while (this.#entry && this.#typedAhead.length > 0) this.#press(this.#typedAhead.shift() as string);
      if (this.#entry && this.#closed) this.#finish(null);
    });
  }

  /** Restores the terminal's normal mode and stops reading; a question still open gets silence. */
  close(): void {
    if (this.#released) return;
    this.#released = true;
    this.#closed = true;
    this.#input.off('data', this.#onData);
    this.#input.off('end', this.#onEnd);
    this.#input.setRawMode(false);
    this.#input.pause();
    if (this.#entry) this.#finish(null);
  }

  #receive(chunk: string): void {
    // An escape sequence (an arrow or function key) is one chunk; its digits are not phone keys.
    if (chunk.startsWith(ESCAPE)) return;
    for (const character of chunk) {
      if (character === CTRL_C) {
        this.close();
        this.#onInterrupt();
        return;
      }
      if (this.#entry) this.#press(character);
      else this.#typedAhead.push(character);
    }
  }

  #press(character: string): void {
    const entry = this.#entry;
    if (!entry) return;
    if (character === CTRL_D) return this.#hangUp();
    if (ENTER.has(character)) return this.#finish(entry.keys);
    if (BACKSPACE.has(character)) return this.#erase(entry);
    if (!PHONE_KEY.test(character)) return;
    if (character === entry.gather.finishOnKey) return this.#finish(entry.keys);

    entry.keys += character;
    if (entry.gather.numDigits !== 1) this.#output.write('*');
    if (entry.gather.numDigits !== null && entry.keys.length >= entry.gather.numDigits) return this.#finish(entry.keys);
    this.#restartTimer();
  }

  #erase(entry: OpenEntry): void {
    if (entry.keys === '') return;
    entry.keys = entry.keys.slice(0, -1);
    this.#output.write('\b \b');
    this.#restartTimer();
  }

  #hangUp(): void {
    this.#closed = true;
    if (this.#entry) this.#finish(null);
  }

  #restartTimer(): void {
    const entry = this.#entry;
    if (!entry || this.#waitForever) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.#finish(entry.keys), entry.gather.timeoutSeconds * 1000);
  }

  /** Ends the open question with `keys`; an empty entry is silence, as an empty `Digits` is for Twilio. */
  #finish(keys: string | null): void {
    const entry = this.#entry;
    if (!entry) return;
    this.#entry = null;
    if (entry.timer) clearTimeout(entry.timer);
    this.#output.write('\n');
    entry.resolve(keys === '' ? null : keys);
  }

  #endLine(keys: string | null): Promise<string | null> {
    this.#output.write('\n');
    return Promise.resolve(keys);
  }
}
