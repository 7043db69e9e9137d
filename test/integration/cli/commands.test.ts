import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/main.ts';
import { ManualClock } from '../../../src/domain/clock.ts';
import { createTestServices, type TestServices } from '../../support/test-services.ts';
import { runCli } from '../../support/run-cli.ts';

const CARD = '27301000010018';

function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands.flatMap((child) => {
    const path = [...prefix, child.name()];
    return [path, ...commandPaths(child, path)];
  });
}

describe('help', () => {
  const paths = commandPaths(buildProgram());

  it('covers the documented commands', () => {
    const names = paths.map((path) => path.join(' '));

    for (const name of ['serve', 'seed', 'readers import', 'pin reset', 'pin unlock', 'pin status', 'db backup', 'db check']) {
      expect(names).toContain(name);
    }
  });

  it.each(paths.map((path) => [path.join(' '), path]))('prints help for %s', async (_name, path) => {
    const run = await runCli([...(path as string[]), '--help']);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: pin-service /);
  });

  it('rejects an unknown command with usage help', async () => {
    const run = await runCli(['frobnicate']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('commands on a database', () => {
  let services: TestServices;
  let dataDir: string;

  beforeAll(async () => {
    // The CLI runs on the system clock, so the lock must be made at the real time.
    services = createTestServices({ clock: new ManualClock(new Date()) });
    dataDir = services.dataDir;
    await services.enrolReader({ card: CARD, name: 'Chan Tai Man', phone: '91234817', pin: '739264' });
    for (let index = 0; index < 5; index += 1) {
      await services.pinChecker.checkPin({ identifier: CARD, pin: '4821', channel: 'kiosk', source: 'k1' });
    }
    services.database.close();
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows a locked card in pin status', async () => {
    const run = await runCli(['--data-dir', dataDir, 'pin', 'status', CARD]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Card 27301000010018: locked until 20\d\d-.*failed attempts in a row: 5\./);
    expect(run.stdout).toMatch(/^ {2}20\d\d-\d\d-\d\d \d\d:\d\d:\d\d \(Asia\/Hong_Kong\) {2}pin\.verify {2}failure \(wrong-pin\) {2}kiosk k1$/m);
  });

  it('unlocks a card and says so in Traditional Chinese', async () => {
    const run = await runCli(['--data-dir', dataDir, 'pin', 'unlock', CARD], { PIN_SERVICE_LANGUAGE: 'zh-Hant' });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('圖書證 27301000010018 已解除鎖定。');
  });

  it.each([
    [['pin', 'reset', '12345'], 2, 'is not a valid library card number'],
    [['pin', 'reset', '27301000020017'], 4, 'No reader has card number 27301000020017'],
  ])('reports %j with exit code %i', async (args, code, message) => {
    const run = await runCli(['--data-dir', dataDir, ...args]);

    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
  });

  it('backs up the database to a copy that passes the check', async () => {
    const backup = join(dataDir, 'backups', 'pin-service.sqlite');

    const backupRun = await runCli(['--data-dir', dataDir, 'db', 'backup', backup]);
    const checkRun = await runCli(['--data-dir', join(dataDir, 'backups'), 'db', 'check']);

    expect(backupRun.code).toBe(0);
    expect(existsSync(backup)).toBe(true);
    expect(checkRun.code).toBe(0);
    expect(checkRun.stdout).toContain('is healthy');
  });

  it('refuses to back up the database onto itself', async () => {
    const run = await runCli(['--data-dir', dataDir, 'db', 'backup', join(dataDir, 'pin-service.sqlite')]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is the live database itself');
  });

  it('reports a missing database', async () => {
    const run = await runCli(['--data-dir', join(dataDir, 'nowhere'), 'db', 'check']);

    expect(run.code).toBe(4);
    expect(run.stderr).toContain('No database at');
  });

  it('checks a healthy database', async () => {
    const run = await runCli(['--data-dir', dataDir, 'db', 'check']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('is healthy');
  });
});

describe('start-up', () => {
  it('stops with a clear message when the pepper file is missing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'no-pepper-'));

    const run = await runCli(['--data-dir', dataDir, 'serve', '--port', '0']);

    expect(run.code).toBe(78);
    expect(run.stderr).toMatch(/pepper file .*pepper\.key is missing\. Create it with `pin-service pepper create/);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops with a message naming an invalid setting', async () => {
    const run = await runCli(['serve'], { PORT: 'eighty' });

    expect(run.code).toBe(78);
    expect(run.stderr).toContain('port (PORT)');
  });
});
