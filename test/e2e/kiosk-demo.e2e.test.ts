import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoTerminal, type DemoTerminal } from '../../hardware/terminal-agent/demo/demo-terminal.ts';
import { checkScreen, launchChromium, newKioskContext } from '../support/kiosk-browser.ts';
import { createTerminalTestServices, TEST_ITEMS, TEST_READERS, type TerminalTestServices } from '../support/terminal-test-services.ts';

let browser: Browser;
let context: TerminalTestServices;
let serviceUrl: string;
let demo: DemoTerminal | null = null;
let workDir: string;

const DEMO_CARDS = [{ card: TEST_READERS.chan.card, name: TEST_READERS.chan.name, pin: TEST_READERS.chan.pin }];
const DEMO_ITEMS = TEST_ITEMS.map((item) => ({ barcode: item.barcode, title: item.title }));

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

beforeEach(async () => {
  context = await createTerminalTestServices();
  serviceUrl = await context.app.listen({ host: '127.0.0.1', port: 0 });
  workDir = mkdtempSync(join(tmpdir(), 'kiosk-demo-'));
});

afterEach(async () => {
  await demo?.stop();
  demo = null;
  await context.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('demo terminal', () => {
  it.each(['pty', 'mock'] as const)('lets a newcomer borrow with a demo card on the %s line', async (readerLine) => {
    demo = await startDemoTerminal({ serviceUrl, enrolment: context.terminal.enrolment, cards: DEMO_CARDS, items: DEMO_ITEMS, logger: context.services.logger, readerLine });
    const page = await (await newKioskContext(browser)).newPage();
    await page.goto(demo.demoUrl);
    const kiosk = page.frameLocator('iframe');
    await kiosk.locator('[data-screen="welcome"]').waitFor();

    await page.locator(`button[data-code="${TEST_READERS.chan.card}"]`).click();
    await kiosk.locator('[data-screen="pin"]').waitFor();
    for (const digit of TEST_READERS.chan.pin) await kiosk.locator(`.pin-key[data-key="${digit}"]`).click();
    await kiosk.locator('.pin-key[data-key="ok"]').click();
    await kiosk.locator('[data-screen="account"]').waitFor();
    await page.locator('button[data-code="31234000000016"]').click();
    await kiosk.locator('[data-screen="borrow"] .message-success').waitFor();
    await kiosk.locator('[data-screen="borrow"] .button-primary').click();
    await kiosk.locator('[data-screen="receipt"] .button-primary').click();
    await kiosk.locator('[data-screen="goodbye"]').waitFor();
    await page.locator('#receipts pre').waitFor();

    expect(demo.readerKind).toBe(readerLine);
    await expect(page.locator('#receipts pre').first().textContent()).resolves.toContain('老人與海（31234000000016）');
    await checkScreen(page, `demo-${readerLine}`);
    await page.context().close();
  });

  it('shows a card that cannot be read', async () => {
    demo = await startDemoTerminal({ serviceUrl, enrolment: context.terminal.enrolment, cards: DEMO_CARDS, items: DEMO_ITEMS, logger: context.services.logger });
    const page = await (await newKioskContext(browser)).newPage();
    await page.goto(demo.demoUrl);
    await page.frameLocator('iframe').locator('[data-screen="welcome"]').waitFor();

    await page.locator('button[data-code="unreadable"]').click();

    await page.frameLocator('iframe').locator('[data-notice="read-failed"]').waitFor();
    await page.context().close();
  });

  it('switches language and marks items', async () => {
    const items = [
      { ...DEMO_ITEMS[0]!, note: { kind: 'on-shelf' as const } },
      { ...DEMO_ITEMS[1]!, note: { kind: 'on-loan-to-another' as const } },
    ];
    demo = await startDemoTerminal({ serviceUrl, enrolment: context.terminal.enrolment, cards: DEMO_CARDS, items, logger: context.services.logger });
    const page = await (await newKioskContext(browser)).newPage();
    await page.goto(demo.demoUrl);
    await page.frameLocator('iframe').locator('[data-screen="welcome"]').waitFor();

    await expect(page.locator(`button[data-code="${items[1]!.barcode}"] .note`).textContent()).resolves.toBe('On loan to another reader: borrowing it is refused');
    await expect(page.getByText('The notes say what each item is in the demo data as first loaded').isVisible()).resolves.toBe(true);
    await page.locator('nav a', { hasText: '繁體中文' }).click();
    await page.locator('html[lang="zh-Hant-HK"]').waitFor();
    await page.frameLocator('iframe').locator('[data-screen="welcome"]').waitFor();

    await expect(page.locator('h1').textContent()).resolves.toBe('自助借書示範');
    await expect(page.locator('nav a[aria-current="page"]').textContent()).resolves.toBe('繁體中文');
    await expect(page.locator(`button[data-code="${items[0]!.barcode}"] .note`).textContent()).resolves.toBe('在架上：可借閱');
    await checkScreen(page, 'demo-zh-Hant');
    await page.context().close();
  });

  it('answers favicon requests with 204', async () => {
    demo = await startDemoTerminal({ serviceUrl, enrolment: context.terminal.enrolment, cards: DEMO_CARDS, items: DEMO_ITEMS, logger: context.services.logger });

    const response = await fetch(`${demo.kioskUrl}/favicon.ico`);

    expect(response.status).toBe(204);
  });

  it('scans only the demo cards and items', async () => {
    demo = await startDemoTerminal({ serviceUrl, enrolment: context.terminal.enrolment, cards: DEMO_CARDS, items: DEMO_ITEMS, logger: context.services.logger });

    const response = await fetch(`${demo.kioskUrl}/demo/scan`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: '21234000000026' }) });

    expect(response.status).toBe(400);
  });

  it('reuses its key file between runs', async () => {
    const keyFile = join(workDir, 'demo.key');
    const options = { serviceUrl, enrolment: context.terminal.enrolment, cards: DEMO_CARDS, items: DEMO_ITEMS, logger: context.services.logger, keyFile };
    demo = await startDemoTerminal(options);
    await demo.stop();
    const firstEnrolment = (await context.terminal.enrolment.list())[0]?.enrolledAt;
    context.services.clock.advance(60_000);

    demo = await startDemoTerminal(options);
    const afterKeyFileRun = (await context.terminal.enrolment.list())[0]?.enrolledAt;
    await demo.stop();
    demo = await startDemoTerminal({ ...options, keyFile: undefined });
    const afterFreshRun = (await context.terminal.enrolment.list())[0]?.enrolledAt;

    expect(existsSync(keyFile)).toBe(true);
    expect(afterKeyFileRun).toBe(firstEnrolment);
    expect(afterFreshRun).not.toBe(firstEnrolment);
  });
});
