import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoSeed, DEMO_READERS } from '../../../src/demo/demo-seed.ts';
import { loadSeedDocument } from '../../../src/seed/seed.service.ts';
import { runCli } from '../../support/run-cli.ts';
import { createTestServices, type TestServices } from '../../support/test-services.ts';

let services: TestServices;

beforeEach(() => {
  services = createTestServices();
});

afterEach(async () => {
  await services.cleanUp();
});

describe('seed', () => {
  it('loads the demo document, whose readers then sign in with the printed PINs', async () => {
    const report = await loadSeedDocument(buildDemoSeed(services.clock.now()), services, 'en');

    expect(report.problems).toEqual([]);
    expect(report.loaded).toEqual({ readers: 5, items: 40, loans: 15, holds: 2, charges: 2 });
    for (const reader of DEMO_READERS) {
      const result = await services.pinChecker.checkPin({ identifier: reader.card, pin: reader.pin, channel: 'kiosk', source: 'test' });
      expect(result.outcome, reader.name).toBe('accepted');
    }
  });

  it('reports bad records by section and position and loads the rest', async () => {
    const document = buildDemoSeed(services.clock.now());
    document.readers.splice(1, 0, { card: '27301000010019', name: 'Bad Check Digit', phone: '91234567', language: 'en' });
    document.readers.push({ card: '27301000010018', name: 'No Phone', phone: 'none', language: 'en' });
    document.loans.push({ card: '27301000099996', item: document.items[30]!.barcode, borrowedAt: '2026-01-01', dueAt: '2026-01-15', renewals: 0 });

    const report = await loadSeedDocument(document, services, 'en');

    expect(report.loaded.readers).toBe(5);
    expect(report.loaded.loans).toBe(15);
    expect(report.problems.map((problem) => `${problem.section}[${problem.index}]`)).toEqual(['readers[1]', 'readers[6]', 'loans[15]']);
    expect(report.problems[0]!.reason).toMatch(/card/);
  });

  it('reports readers already enrolled when the same file is loaded again', async () => {
    await loadSeedDocument(buildDemoSeed(services.clock.now()), services, 'en');

    const again = await loadSeedDocument({ readers: buildDemoSeed(services.clock.now()).readers }, services, 'en');

    expect(again.loaded.readers).toBe(0);
    expect(again.problems).toHaveLength(5);
    expect(again.problems[0]!.reason).toBe('a reader with this card number is already enrolled');
  });

  it('skips charges already seeded', async () => {
    const card = DEMO_READERS[0]!.card;
    const document = {
      readers: [{ card, name: DEMO_READERS[0]!.name, phone: '91234803' }],
      charges: [
        { card, amount: 2.5, reason: 'Overdue: The Little Prince' },
        { card, amount: 2.5, reason: 'Overdue: The Little Prince' },
        { card, amount: 10, reason: 'Damaged barcode label' },
      ],
    };
    const first = await loadSeedDocument(document, services, 'en');
    const readerId = services.database.prepare('SELECT id FROM readers').pluck().get() as number;

    const again = await loadSeedDocument({ charges: document.charges }, services, 'en');
    const summary = await services.circulation.accountSummary(readerId);

    expect(first.loaded.charges).toBe(3);
    expect(again.loaded.charges).toBe(0);
    expect(again.problems.map((problem) => [problem.section, problem.index, problem.reason])).toEqual([
      ['charges', 0, 'this charge was already loaded from a seed file'],
      ['charges', 1, 'this charge was already loaded from a seed file'],
      ['charges', 2, 'this charge was already loaded from a seed file'],
    ]);
    expect(summary.chargesTotalCents).toBe(1500);
  });

  it('loads a Chinese charge reason', async () => {
    const card = DEMO_READERS[0]!.card;
    await loadSeedDocument({ readers: [{ card, name: DEMO_READERS[0]!.name, phone: '91234803' }], charges: [{ card, amount: 150, reason: 'Lost item: Birds of Hong Kong', reasonZh: '遺失資料：香港鳥類' }] }, services, 'en');
    const readerId = services.database.prepare('SELECT id FROM readers').pluck().get() as number;

    const [charge] = await services.circulation.listCharges(readerId);

    expect(charge).toMatchObject({ reason: 'Lost item: Birds of Hong Kong', reasonZh: '遺失資料：香港鳥類', reasonZhHans: '遗失资料：香港鸟类' });
  });

  it('loads an added identical charge', async () => {
    const card = DEMO_READERS[0]!.card;
    const charge = { card, amount: 2.5, reason: 'Overdue: The Little Prince' };
    await loadSeedDocument({ readers: [{ card, name: DEMO_READERS[0]!.name, phone: '91234803' }], charges: [charge, charge] }, services, 'en');

    const again = await loadSeedDocument({ charges: [charge, charge, charge] }, services, 'en');

    expect(again.loaded.charges).toBe(1);
    expect(again.problems.map((problem) => problem.index)).toEqual([0, 1]);
  });

  it.each([
    ['an array', []],
    ['a string', 'readers'],
    ['an unknown section', { patrons: [] }],
  ])('reports a document that is %s', async (_name, document) => {
    const report = await loadSeedDocument(document, services, 'en');

    expect(report.problems[0]).toMatchObject({ section: 'document', index: null });
  });

  it('exits with 2 and loads nothing when the file is not JSON', async () => {
    const file = join(services.dataDir, 'broken.json');
    writeFileSync(file, '{"readers": [');
    await services.close();

    const run = await runCli(['--data-dir', services.dataDir, 'seed', file]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not valid JSON');
  });

  it('prints problems and a summary, exiting with 3 when some records were rejected', async () => {
    const file = join(services.dataDir, 'seed.json');
    writeFileSync(file, JSON.stringify({ readers: [{ card: '27301000010018', name: '陳大文', phone: '9123 4871' }, { card: 'x', name: 'y', phone: '1' }], items: [] }));
    await services.close();

    const run = await runCli(['--data-dir', services.dataDir, 'seed', file], { PIN_SERVICE_LANGUAGE: 'zh-Hant' });

    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^readers\[1\]：/m);
    expect(run.stdout).toContain('已載入讀者 1 位');
  });
});
