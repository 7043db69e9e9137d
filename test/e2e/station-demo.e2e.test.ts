import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoStation, demoStationItems } from '../../hardware/terminal-agent/demo/demo-station.ts';
import { startDemoTerminal, type DemoTerminal } from '../../hardware/terminal-agent/demo/demo-terminal.ts';
import { buildDemoSeed, DEMO_READERS, DEMO_STATION_LOCATION, demoStationStockBarcodes } from '../../src/demo/demo-seed.ts';
import { loadSeedDocument } from '../../src/seed/seed.service.ts';
import { checkScreen, launchChromium, newKioskContext } from '../support/kiosk-browser.ts';
import { STATION_ARTIFACTS_DIR } from '../support/station-rig.ts';
import { createTerminalTestServices, type TerminalTestServices } from '../support/terminal-test-services.ts';

let browser: Browser;
let context: TerminalTestServices;
let serviceUrl: string;
let seed: ReturnType<typeof buildDemoSeed>;
const running: DemoTerminal[] = [];
let workDir: string;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

beforeEach(async () => {
  context = await createTerminalTestServices();
  seed = buildDemoSeed(context.services.clock.now());
  const report = await loadSeedDocument(seed, context.services, 'en');
  if (report.problems.length > 0) throw new Error(`demo seed rejected: ${JSON.stringify(report.problems)}`);
  serviceUrl = await context.app.listen({ host: '127.0.0.1', port: 0 });
  workDir = mkdtempSync(join(tmpdir(), 'station-demo-'));
});

afterEach(async () => {
  for (const terminal of running.splice(0)) await terminal.stop();
  await context.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('demo station', () => {
  it('lets the first demo reader collect the hold waiting at the demo station', async () => {
    const [chan] = DEMO_READERS;
    const held = seed.holds.find((hold) => hold.card === chan?.card && hold.status === 'ready')?.item;
    const demo = await startDemoStation({ serviceUrl, enrolment: context.terminal.enrolment, seed, logger: context.services.logger });
    running.push(demo);
    const page = await (await newKioskContext(browser)).newPage();
    await page.goto(demo.demoUrl);
    const station = page.frameLocator('iframe');
    await station.locator('[data-screen="welcome"]').waitFor();

    await page.locator(`button[data-code="${chan?.card}"]`).click();
    await station.locator('[data-screen="pin"]').waitFor();
    for (const digit of chan?.pin ?? '') await station.locator(`.pin-key[data-key="${digit}"]`).click();
    await station.locator('.pin-key[data-key="ok"]').click();
    await station.locator('[data-screen="menu"]').waitFor();
    await station.locator('[data-screen="menu"] .button-primary').first().click();
    await station.locator('[data-hold]').click();
    await station.locator('[data-screen="pickup"] .message-success').waitFor();
    await station.locator('[data-screen="pickup"] .button-primary', { hasText: '完成' }).click();
    await station.locator('[data-screen="receipt"] .button-primary').click();
    await station.locator('[data-screen="goodbye"]').waitFor();
    await page.locator('#receipts pre').waitFor();

    await expect(page.locator('h1').textContent()).resolves.toBe('Library station demo');
    await expect(page.locator('#receipts pre').first().textContent()).resolves.toContain(`（${held}）`);
    const [terminal] = await context.terminal.enrolment.list();
    expect(terminal).toMatchObject({ name: 'demo-station', mode: 'station', location: DEMO_STATION_LOCATION, station: { itemLimit: 10 } });
    await checkScreen(page, 'demo-station', STATION_ARTIFACTS_DIR);
    await page.context().close();
  });

  it('offers marked holds, loans and stock', () => {
    const offered = demoStationItems(seed);
    const items = offered.map((item) => item.barcode);
    const readyHere = seed.holds.filter((hold) => hold.pickupAt === DEMO_STATION_LOCATION && hold.status === 'ready');
    const firstReader = DEMO_READERS[0]!;
    const noteOf = new Map(offered.map((item) => [item.barcode, item.note]));

    expect(readyHere.length).toBeGreaterThan(0);
    expect(items.slice(0, readyHere.length)).toEqual(readyHere.map((hold) => hold.item));
    for (const hold of readyHere) expect(noteOf.get(hold.item)).toEqual({ kind: 'ready-for', name: firstReader.name });
    for (const loan of seed.loans.filter((candidate) => candidate.card === firstReader.card)) {
      expect(noteOf.get(loan.item)).toEqual({ kind: 'on-loan-to', name: firstReader.name });
    }
    expect(items.filter((barcode) => demoStationStockBarcodes().includes(barcode) && noteOf.get(barcode)?.kind === 'on-shelf')).toHaveLength(11);
  });

  it('enrols the station again rather than reuse a key file of the kiosk', async () => {
    const keyFile = join(workDir, 'demo.key');
    const options = { serviceUrl, enrolment: context.terminal.enrolment, logger: context.services.logger, keyFile };
    const kiosk = await startDemoTerminal({ ...options, cards: [], items: [] });
    await kiosk.stop();

    running.push(await startDemoStation({ ...options, seed }));

    const terminals = await context.terminal.enrolment.list();
    expect(terminals.map((terminal) => [terminal.name, terminal.mode, terminal.status])).toEqual([
      ['demo-kiosk', 'kiosk', 'active'],
      ['demo-station', 'station', 'active'],
    ]);
  });
});
