import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_READERS } from '../../../src/demo/demo-seed.ts';
import { runCli, startCli } from '../../support/run-cli.ts';

let dataDir: string;

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitForOutput(read: () => string, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(read());
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no output matching ${pattern} in time:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('demo', () => {
  it('starts the service, kiosk and station; a scripted call signs in', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'demo-'));
    const demo = startCli(['--data-dir', dataDir, 'demo', '--port', '0'], { LOG_LEVEL: 'info' });
    let stdout = '';
    demo.child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));

    const [, serviceUrl] = await waitForOutput(() => stdout, /webhook: (http:\/\/127\.0\.0\.1:\d+)\/ivr\/voice/);
    const [, kioskUrl] = await waitForOutput(() => stdout, /as a kiosk shows it: (http:\/\/127\.0\.0\.1:\d+)/);
    const [, stationUrl] = await waitForOutput(() => stdout, /station at central-station, with demo cards and items to scan: (http:\/\/127\.0\.0\.1:\d+\/demo)/);
    const health = await fetch(`${serviceUrl}/health`);
    const kioskPage = await fetch(kioskUrl!);
    const stationPage = await fetch(stationUrl!);
    const call = await runCli(['--data-dir', dataDir, 'call', '--url', serviceUrl!, '--keys', `3,${DEMO_READERS[2]!.card}#,${DEMO_READERS[2]!.pin}#,*`]);
    demo.child.kill('SIGTERM');
    const ended = await demo.done;

    expect(stdout).toContain('Demo data loaded into');
    expect(stdout).toContain('Warning: created a new pepper file');
    for (const reader of DEMO_READERS) expect(stdout).toContain(`${reader.card}  PIN ${reader.pin}`);
    expect(health.status).toBe(200);
    expect(kioskPage.status).toBe(200);
    expect(stationPage.status).toBe(200);
    expect(call.stdout).toContain('You have 2 items on loan');
    expect(call.stdout).toContain('The line hung up.');
    expect(ended.code).toBe(0);
    expect(statSync(join(dataDir, 'staff-api-token')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'pepper.key')).mode & 0o777).toBe(0o600);
  });

  it('stops quietly on Ctrl+C', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'demo-'));
    const demo = startCli(['--data-dir', dataDir, 'demo', '--port', '0'], { LOG_LEVEL: 'info' }, { ownProcessGroup: true });
    let stdout = '';
    demo.child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await waitForOutput(() => stdout, /webhook: http:\/\/127\.0\.0\.1:\d+\/ivr\/voice/);

    // A terminal's Ctrl+C sends SIGINT to every process in the foreground group, the demo's socat included.
    process.kill(-demo.child.pid!, 'SIGINT');
    const ended = await demo.done;
    const log = readFileSync(join(dataDir, 'pin-service.log'), 'utf8');

    expect(ended.code).toBe(0);
    expect(stdout).toContain(`Stopped. The data stays in ${dataDir} for the next start.`);
    expect(log).toContain('terminal session closed');
    expect(log).not.toContain('card reader disconnected');
    expect(log).not.toContain('"level":50');
  });
});
