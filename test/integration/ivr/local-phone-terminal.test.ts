import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTH_TOKEN, CARD, IvrHarness, PIN, PUBLIC_BASE_URL } from '../../support/ivr-harness.ts';
import { CLI_PATH, TEST_CLI_ENVIRONMENT } from '../../support/run-cli.ts';
import { waitUntil } from '../../support/wait-until.ts';

const PROMPT = 'keys (';

/**
 * A program on a real pseudo-terminal, made by util-linux `script`. With `--echo always`, script passes on
 * what the terminal itself echoes, so the output shows typed keys exactly when the program leaves echo on.
 */
class TerminalSession {
  readonly child: ChildProcess;
  #screen = '';
  readonly exited: Promise<number | null>;

  constructor(command: readonly string[], environment: Record<string, string>) {
    const shellCommand = command.map(quoteForShell).join(' ');
    this.child = spawn('script', ['--quiet', '--echo', 'always', '--return', '--command', shellCommand, '/dev/null'], {
      env: { ...process.env, ...environment, SHELL: '/bin/sh' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.#screen += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  get screen(): string {
    return this.#screen;
  }

  async waitFor(text: string, occurrences = 1): Promise<void> {
    await waitUntil(() => this.#screen.split(text).length - 1 >= occurrences, `the terminal shows "${text}" ${occurrences} times:\n${this.#screen}`, 30_000);
  }

  type(keys: string): void {
    this.child.stdin!.write(keys);
  }

  stop(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

function quoteForShell(argument: string): string {
  return `'${argument.replaceAll("'", `'\\''`)}'`;
}

describe('local phone on a terminal', () => {
  let harness: IvrHarness;
  let serviceUrl: string;
  let dataDir: string;
  let session: TerminalSession | null = null;

  beforeEach(async () => {
    harness = await new IvrHarness({ backend: 'real' }).start();
    await harness.seedReaders();
    serviceUrl = await harness.app.listen({ host: '127.0.0.1', port: 0 });
    dataDir = mkdtempSync(join(tmpdir(), 'call-terminal-'));
    writeFileSync(join(dataDir, 'twilio-auth-token'), `${AUTH_TOKEN}\n`);
  });

  afterEach(async () => {
    session?.stop();
    session = null;
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows keys typed on this pseudo-terminal when a program leaves echo on', async () => {
    session = new TerminalSession(['sh', '-c', 'read line; echo done'], {});

    await waitUntil(() => session!.child.pid !== undefined, 'script started');
    session.type(`${PIN}\n`);
    await session.waitFor('done');

    expect(session.screen).toContain(PIN);
  });

  it('hides the card number and PIN keyed at the terminal', async () => {
    session = new TerminalSession(
      [process.execPath, CLI_PATH, 'call', '--data-dir', dataDir, '--url', serviceUrl, '--public-base-url', PUBLIC_BASE_URL, '--no-timeout'],
      { ...TEST_CLI_ENVIRONMENT, TWILIO_AUTH_TOKEN: '' },
    );

    await session.waitFor(PROMPT, 1);
    session.type('3');
    await session.waitFor(PROMPT, 2);
    session.type(`${CARD}#`);
    await session.waitFor(PROMPT, 3);
    session.type(`${PIN}#`);
    await session.waitFor(PROMPT, 4);
    session.type('*');
    const code = await session.exited;

    expect(code).toBe(0);
    expect(session.screen).toContain(`${'*'.repeat(CARD.length)}\r\n  keyed ${CARD.length} digits, then #`);
    expect(session.screen).toContain(`${'*'.repeat(PIN.length)}\r\n  keyed ${PIN.length} digits, then #`);
    expect(session.screen).toContain('You have 2 items on loan.');
    expect(session.screen).toContain('Thank you for calling. Goodbye.');
    expect(session.screen).not.toContain(CARD);
    expect(session.screen).not.toContain(PIN);
  });
});
