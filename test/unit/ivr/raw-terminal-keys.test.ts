import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GatherRequest } from '../../../ivr/local-phone/key-sources.ts';
import { isRawModeInput, RawTerminalKeys, type RawModeInput } from '../../../ivr/local-phone/raw-terminal-keys.ts';

const MENU: GatherRequest = { numDigits: 1, finishOnKey: '#', timeoutSeconds: 6 };
const DIGITS: GatherRequest = { numDigits: null, finishOnKey: '#', timeoutSeconds: 10 };

/** A stand-in for `process.stdin` on a terminal: a stream with `isTTY` that records its raw-mode switches. */
class FakeTty extends PassThrough {
  readonly isTTY = true as const;
  readonly rawModes: boolean[] = [];

  setRawMode(mode: boolean): this {
    this.rawModes.push(mode);
    return this;
  }
}

describe('raw terminal keys', () => {
  let keys: RawTerminalKeys | null = null;

  afterEach(() => {
    keys?.close();
    keys = null;
    vi.useRealTimers();
  });

  function start(options: { waitForever?: boolean; onInterrupt?: () => void } = {}) {
    const input = new FakeTty();
    const output = new PassThrough();
    let screen = '';
    output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
    keys = new RawTerminalKeys({ input: input as unknown as RawModeInput, output, language: 'en', waitForever: options.waitForever ?? true, ...options });
    return { input, keys, screen: () => screen };
  }

  it('recognises only a TTY with setRawMode', () => {
    expect(isRawModeInput(new FakeTty())).toBe(true);
    expect(isRawModeInput(new PassThrough())).toBe(false);
  });

  it('switches raw mode on, and off again on close', () => {
    const { input, keys: reader } = start();

    reader.close();

    expect(input.rawModes).toEqual([true, false]);
  });

  it('masks a PIN with one star per key', async () => {
    const { input, keys: reader, screen } = start();

    const entry = reader.nextEntry(DIGITS);
    input.write('4829');
    input.write('15#');

    expect(await entry).toBe('482915');
    expect(screen()).toContain('******\n');
    expect(screen()).not.toMatch(/\d{2}/);
  });

  it('takes a menu key without Enter and shows nothing for it', async () => {
    const { input, keys: reader, screen } = start();

    const entry = reader.nextEntry(MENU);
    input.write('3');

    expect(await entry).toBe('3');
    expect(screen()).not.toContain('3');
  });

  it('ends an entry with Enter, and Enter alone is silence', async () => {
    const { input, keys: reader } = start();

    const card = reader.nextEntry(DIGITS);
    input.write('2730\r');
    const silence = reader.nextEntry(DIGITS);
    input.write('\r');

    expect(await card).toBe('2730');
    expect(await silence).toBeNull();
  });

  it('takes a bare hash key as silence', async () => {
    const { input, keys: reader } = start();

    const entry = reader.nextEntry(DIGITS);
    input.write('#');

    expect(await entry).toBeNull();
  });

  it('keeps star inside the digits, as Twilio does', async () => {
    const { input, keys: reader } = start();

    const entry = reader.nextEntry(DIGITS);
    input.write('*#');

    expect(await entry).toBe('*');
  });

  it('removes the last key on backspace', async () => {
    const { input, keys: reader, screen } = start();

    const entry = reader.nextEntry(DIGITS);
    input.write('12\u007f3#');

    expect(await entry).toBe('13');
    expect(screen()).toContain('**\b \b*');
  });

  it('ignores letters and escape sequences', async () => {
    const { input, keys: reader } = start();

    const entry = reader.nextEntry(DIGITS);
    input.write('\u001b[15~');
    input.write('a1b2#');

    expect(await entry).toBe('12');
  });

  it('keeps keys typed before the question for it', async () => {
    const { input, keys: reader } = start();

    input.write('3');
    await new Promise((resolve) => setImmediate(resolve));
    const entry = reader.nextEntry(MENU);

    expect(await entry).toBe('3');
  });

  it('submits the keys so far after the timeout, counted again after each key', async () => {
    vi.useFakeTimers();
    const { input, keys: reader } = start({ waitForever: false });

    const entry = reader.nextEntry(DIGITS);
    await vi.advanceTimersByTimeAsync(9_000);
    input.write('12');
    await vi.advanceTimersByTimeAsync(9_000);
    let settled = false;
    void entry.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    const settledBeforeTimeout = settled;
    await vi.advanceTimersByTimeAsync(1_000);

    expect(settledBeforeTimeout).toBe(false);
    expect(await entry).toBe('12');
  });

  it('answers silence after the timeout when nothing was keyed', async () => {
    vi.useFakeTimers();
    const { keys: reader } = start({ waitForever: false });

    const entry = reader.nextEntry(MENU);
    await vi.advanceTimersByTimeAsync(6_000);

    expect(await entry).toBeNull();
  });

  it('hangs up on Ctrl-D', async () => {
    const { input, keys: reader } = start();

    const entry = reader.nextEntry(DIGITS);
    input.write('12\u0004');

    expect(await entry).toBeNull();
    expect(reader.exhausted).toBe(true);
  });

  it('restores the terminal before interrupting on Ctrl-C', () => {
    const interrupted: boolean[][] = [];
    const { input, keys: reader } = start({ onInterrupt: () => interrupted.push([...input.rawModes]) });

    void reader.nextEntry(DIGITS);
    input.write('12\u0003');

    expect(interrupted).toEqual([[true, false]]);
  });
});
