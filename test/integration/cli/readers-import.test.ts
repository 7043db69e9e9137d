import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeNewPepperKey } from '../../../src/auth/pepper.ts';
import { readerCard } from '../../support/cards.ts';
import { runCli, startCli } from '../../support/run-cli.ts';

const ROWS = 10_000;
const BAD_EVERY = 100;
const BAD_KINDS = [
  (serial: number) => `${readerCard(serial).slice(0, -1)}${(Number(readerCard(serial).at(-1)) + 1) % 10},Bad Check Digit,91234567,,en`,
  (serial: number) => `${readerCard(serial)},,91234567,,en`,
  (serial: number) => `${readerCard(serial)},No Phone,12,,en`,
  (serial: number) => `${readerCard(serial)},Letters In Pin,91234567,12ab,en`,
  (serial: number) => `${readerCard(serial)},Wrong Language,91234567,,fr`,
  (serial: number) => `${readerCard(serial)},Too,Many,Columns,en,extra`,
];

let directory: string;
let dataDir: string;
let csvPath: string;
let badLines: number[];

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'readers-import-'));
  dataDir = join(directory, 'data');
  writeNewPepperKey(join(dataDir, 'pepper.key'), 'test1');
  ({ csvPath, badLines } = writeCsv(directory));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Writes 10,000 data rows; every hundredth is bad in one of six ways. Line 1 is the header. */
function writeCsv(target: string): { csvPath: string; badLines: number[] } {
  const lines = ['card,name,phone,pin,language'];
  const bad: number[] = [];
  for (let serial = 1; serial <= ROWS; serial += 1) {
    if (serial % BAD_EVERY === 0) {
      lines.push(BAD_KINDS[(serial / BAD_EVERY) % BAD_KINDS.length]!(serial));
      bad.push(lines.length);
    } else {
      lines.push(`${readerCard(serial)},"Reader ${serial}, Central Library",9${String(serial).padStart(7, '0')},,zh-Hant`);
    }
  }
  const path = join(target, 'readers.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { csvPath: path, badLines: bad };
}

function readerCounts(): { readers: number; distinctCards: number; committed: number } {
  const database = new Database(join(dataDir, 'pin-service.sqlite'), { readonly: true });
  try {
    return {
      readers: database.prepare('SELECT COUNT(*) FROM readers').pluck().get() as number,
      distinctCards: database.prepare('SELECT COUNT(DISTINCT card_number) FROM readers').pluck().get() as number,
      committed: (database.prepare('SELECT MAX(lines_committed) FROM reader_imports').pluck().get() as number | null) ?? 0,
    };
  } finally {
    database.close();
  }
}

describe('readers import', () => {
  it('loads 9,900 good rows and reports the 100 bad ones by line', async () => {
    const run = await runCli(['--data-dir', dataDir, 'readers', 'import', csvPath]);

    const reported = [...run.stdout.matchAll(/^line (\d+): (.+)$/gm)].map((match) => Number(match[1]));
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('Readers loaded: 9900. Rows rejected: 100.');
    expect(reported).toEqual(badLines);
    expect(run.stdout).toContain('line 101: the name is missing');
    expect(run.stdout).toContain('line 501: the row does not have the same number of columns as the first line');
    expect(readerCounts().readers).toBe(9_900);
  });

  it('resumes after being killed midway and ends with each reader once', async () => {
    const { child, done } = startCli(['--data-dir', dataDir, 'readers', 'import', '--batch-size', '100', csvPath]);
    await waitUntil(() => readerCounts().committed >= 2_000);
    child.kill('SIGKILL');
    const killed = await done;
    const afterKill = readerCounts();

    const rerun = await runCli(['--data-dir', dataDir, 'readers', 'import', '--batch-size', '100', csvPath]);
    const final = readerCounts();

    expect(killed.signal).toBe('SIGKILL');
    expect(afterKill.readers).toBeGreaterThan(0);
    expect(afterKill.readers).toBeLessThan(9_900);
    expect(rerun.stdout).toMatch(/Resuming an earlier import of this file after line \d+\./);
    expect(rerun.stdout).toContain('Readers loaded: 9900. Rows rejected: 100.');
    expect(rerun.stdout).not.toContain('already enrolled');
    expect(final).toMatchObject({ readers: 9_900, distinctCards: 9_900 });
  });

  it('reports a header with a missing column and loads nothing', async () => {
    writeFileSync(csvPath, 'card,name\n27301000000018,Chan Tai Man\n');

    const run = await runCli(['--data-dir', dataDir, 'readers', 'import', csvPath]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing: phone');
  });

  it('reports a file that cannot be read', async () => {
    const run = await runCli(['--data-dir', dataDir, 'readers', 'import', join(directory, 'absent.csv')]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read');
    expect(run.stderr).toContain('ENOENT');
  });

  it('rejects a batch size that is not a positive number', async () => {
    const run = await runCli(['--data-dir', dataDir, 'readers', 'import', '--batch-size', 'ten', csvPath]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--batch-size must be a whole number');
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!safely(condition)) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function safely(condition: () => boolean): boolean {
  try {
    return condition();
  } catch {
    return false;
  }
}
