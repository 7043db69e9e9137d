import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPtyPair, type PtyPair } from '../../support/pty-pair.ts';
import { runCli, startCli } from '../../support/run-cli.ts';
import { createTestServices } from '../../support/test-services.ts';
import { createTerminalTestServices } from '../../support/terminal-test-services.ts';

let dataDir: string;

beforeEach(async () => {
  const services = createTestServices();
  dataDir = services.dataDir;
  await services.cleanUp({ keep: true });
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const terminalCli = (...args: string[]) => runCli(['--data-dir', dataDir, 'terminal', ...args]);

describe('pin-service terminal enrol, revoke and list', () => {
  it('prints a one-time code and how to use it', async () => {
    const run = await terminalCli('enrol', 'central-kiosk-1', '--location', 'central');

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Enrolment code for terminal central-kiosk-1: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/m);
    expect(run.stdout).toContain('pin-service terminal --enrol-code');
  });

  it('lists, revokes and lists again', async () => {
    await terminalCli('enrol', 'kiosk-a');

    const before = await terminalCli('list');
    const revoke = await terminalCli('revoke', 'kiosk-a');
    const after = await terminalCli('list');

    expect(before.stdout).toMatch(/^kiosk-a {2}kiosk {2}pending {2}location: none {2}last connected: never$/m);
    expect(revoke.code).toBe(0);
    expect(revoke.stdout).toContain('Terminal kiosk-a is revoked');
    expect(after.stdout).toMatch(/^kiosk-a {2}kiosk {2}revoked/m);
  });

  it.each([
    [['revoke', 'nowhere'], 4, 'No terminal is named nowhere.'],
    [['enrol', 'bad name'], 2, 'Invalid name:'],
    [['enrol', 'kiosk-1', '--mode', 'robot'], 2, 'Invalid --mode "robot"; use kiosk or station.'],
    [['enrol', 'kiosk-1', '--code-valid-hours', '0'], 2, 'Invalid --code-valid-hours "0"'],
  ])('rejects %j with exit code %i', async (args, code, message) => {
    const run = await terminalCli(...args);

    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
  });

  it('refuses to enrol an active name again', async () => {
    const context = await createTerminalTestServices({ dataDir });
    await context.enrolTerminal('kiosk-1');
    await context.close();

    const run = await terminalCli('enrol', 'kiosk-1');

    expect(run.code).toBe(5);
    expect(run.stderr).toContain('Revoke it first with: pin-service terminal revoke kiosk-1');
  });

  it('answers in Traditional Chinese when the operator language says so', async () => {
    const run = await runCli(['--data-dir', dataDir, 'terminal', 'revoke', 'nowhere'], { PIN_SERVICE_LANGUAGE: 'zh-Hant' });

    expect(run.stderr).toContain('沒有名為 nowhere 的終端機。');
  });
});

describe('pin-service terminal (the agent)', () => {
  let pair: PtyPair;
  let workDir: string;

  beforeEach(async () => {
    pair = await startPtyPair();
    workDir = mkdtempSync(join(tmpdir(), 'terminal-agent-'));
  });

  afterEach(async () => {
    await pair.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('enrols, saves a 0600 key and serves the page', async () => {
    const context = await createTerminalTestServices();
    const serviceUrl = await context.app.listen({ host: '127.0.0.1', port: 0 });
    const issued = await context.terminal.enrolment.issue({ name: 'kiosk-1', mode: 'kiosk' });
    if (issued.outcome !== 'issued') throw new Error(issued.outcome);
    const keyFile = join(workDir, 'terminal.key');

    const agent = startCli(['terminal', '--service', serviceUrl, '--enrol-code', issued.code, '--key-file', keyFile, '--card-reader', `barcode:${pair.hostPath}`, '--ui-port', '0']);
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      agent.child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /kiosk page at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      void agent.done.then((run) => reject(new Error(`agent exited early: ${run.stderr}`)));
    });
    const page = await fetch(url);
    agent.child.kill('SIGTERM');
    const run = await agent.done;
    await context.close();

    expect(run.stdout).toContain(`This terminal is enrolled as kiosk-1; its key is saved in ${keyFile}`);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app"></div>');
    expect(run.code).toBe(0);
  });

  it.each([
    [[], '--service is required'],
    [['--service', 'http://127.0.0.1:1'], '--card-reader is required'],
    [['--service', 'ftp://x', '--card-reader', 'barcode:/dev/ttyUSB0'], '--service "ftp://x": use an http or https URL'],
    [['--service', 'http://127.0.0.1:1', '--card-reader', 'qr:/dev/ttyUSB0'], 'unknown reader kind "qr"'],
    [['--service', 'http://127.0.0.1:1', '--card-reader', 'barcode:/dev/ttyUSB0', '--printer', 'ttyUSB1'], '--printer "ttyUSB1": the device path must be absolute'],
    [['--service', 'http://127.0.0.1:1', '--card-reader', 'barcode:/dev/ttyUSB0', '--ui-host', '0.0.0.0'], 'loopback only'],
    [['--service', 'http://127.0.0.1:1', '--card-reader', 'barcode:/dev/ttyUSB0', '--ui-port', 'x'], '--ui-port "x"'],
  ])('rejects the settings %j with exit code 2', async (args, message) => {
    const run = await runCli(['terminal', '--key-file', join(workDir, 'terminal.key'), ...args]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('explains a missing key file', async () => {
    const run = await runCli(['terminal', '--service', 'http://127.0.0.1:1', '--key-file', join(workDir, 'missing.key'), '--card-reader', `barcode:${pair.hostPath}`]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No terminal key at');
    expect(run.stderr).toContain('--enrol-code CODE');
  });

  it('explains a refused enrolment code', async () => {
    const context = await createTerminalTestServices();
    const serviceUrl = await context.app.listen({ host: '127.0.0.1', port: 0 });

    const run = await runCli(['terminal', '--service', serviceUrl, '--enrol-code', 'AAAA-BBBB-CCCC-DDDD', '--key-file', join(workDir, 'terminal.key'), '--card-reader', `barcode:${pair.hostPath}`]);
    await context.close();

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The central service did not enrol this terminal (TERMINAL_ENROLMENT_CODE_INVALID');
  });
});
