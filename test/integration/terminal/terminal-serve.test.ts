import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgentToUiMessage } from '../../../src/http/terminal-protocol.ts';
import { startPtyPair, type PtyPair } from '../../support/pty-pair.ts';
import { runCli, startCli } from '../../support/run-cli.ts';
import { createTerminalTestServices, TEST_READERS } from '../../support/terminal-test-services.ts';

const children: Array<ReturnType<typeof startCli>> = [];
let pair: PtyPair | null = null;
let dataDir: string | null = null;

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.child.kill('SIGTERM');
    await child.done;
  }
  await pair?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Waits for a line of the child's stdout to match, and returns the first capture. */
function outputMatching(child: ReturnType<typeof startCli>, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    void child.done.then((run) => reject(new Error(`exited early: ${run.stderr}`)));
  });
}

describe('pin-service serve with a terminal', () => {
  it('serves the terminal API to an agent enrolled from the command line', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'serve-terminal-'));
    const seeded = await createTerminalTestServices({ dataDir });
    await seeded.close();
    const port = await freePort();
    const serviceUrl = `http://127.0.0.1:${port}`;
    children.push(startCli(['--data-dir', dataDir, 'serve', '--port', String(port)]));
    await vi.waitFor(async () => expect((await fetch(`${serviceUrl}/health`)).status).toBe(200), { timeout: 30_000, interval: 200 });

    const enrol = await runCli(['--data-dir', dataDir, 'terminal', 'enrol', 'kiosk-1']);
    const code = /: ([0-9A-Z-]{19})$/m.exec(enrol.stdout)?.[1] ?? '';
    pair = await startPtyPair();
    const agent = startCli(['terminal', '--service', serviceUrl, '--enrol-code', code, '--key-file', join(dataDir, 'terminal.key'), '--card-reader', `barcode:${pair.hostPath}`, '--ui-port', '0']);
    children.push(agent);
    const kioskUrl = await outputMatching(agent, /kiosk page at (http:\/\/127\.0\.0\.1:\d+)/);

    const views: AgentToUiMessage[] = [];
    const page = new WebSocket(`${kioskUrl.replace('http', 'ws')}/ui-socket`);
    page.on('message', (data) => views.push(JSON.parse(String(data)) as AgentToUiMessage));
    const screens = () => views.flatMap((message) => (message.type === 'view' ? [message.view.screen.name] : []));
    await vi.waitFor(() => expect(screens()).toContain('welcome'), { timeout: 30_000 });
    const device = await pair.openDevice();
    await device.write(`${TEST_READERS.chan.card}\r\n`);
    await vi.waitFor(() => expect(screens()).toContain('pin'), { timeout: 30_000 });
    await device.close();
    page.close();

    expect(enrol.code).toBe(0);
    expect(screens().slice(-1)).toEqual(['pin']);
  });
});
