import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../src/domain/card-number.ts';
import { loadSeedDocument } from '../../src/seed/seed.service.ts';
import {
  actionButtonCount,
  buttonsOutOfView,
  expectAccessible,
  launchChromium,
  openWelcome,
  pageOverflows,
  tapPin,
  waitForScreen,
} from '../support/kiosk-browser.ts';
import { startKioskRig, type KioskRig } from '../support/kiosk-rig.ts';
import { STATION_ARTIFACTS_DIR, STATION_ITEMS, startStationRig } from '../support/station-rig.ts';
import { TEST_READERS, type TerminalTestServices } from '../support/terminal-test-services.ts';

// Long lists at 1080 × 1920: a reader with 10 loans, 10 items borrowed in one visit, 10 returns. Every action
// button of each screen must stay on the screen, the page itself must not grow past it, and a screen body that
// scrolls must show a hint.
let browser: Browser;
let rig: KioskRig | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

afterEach(async () => {
  await rig?.close();
  rig = null;
});

function itemBarcode(serial: number): string {
  const body = `31234${String(serial).padStart(8, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

/** Adds `count` items from `firstSerial` on, lent to `card` unless `lend` is false; returns their barcodes. */
async function seedItems(context: TerminalTestServices, count: number, firstSerial: number, lend: { card: string } | false): Promise<string[]> {
  const barcodes = Array.from({ length: count }, (_, index) => itemBarcode(firstSerial + index));
  const now = context.services.clock.now().getTime();
  const day = 24 * 60 * 60 * 1000;
  const document = {
    items: barcodes.map((barcode, index) => ({ barcode, title: `Long List Book ${index + 1}`, titleZh: `長清單之書 ${index + 1}` })),
    loans: lend ? barcodes.map((item, index) => ({ card: lend.card, item, borrowedAt: new Date(now - (index + 1) * day).toISOString(), dueAt: new Date(now + (13 - index) * day).toISOString() })) : [],
  };
  const report = await loadSeedDocument(document, context.services, 'en');
  if (report.problems.length > 0) throw new Error(`layout seed rejected: ${JSON.stringify(report.problems)}`);
  return barcodes;
}

/** Checks that every action of the screen is in view, the page does not overflow, and a scrolling body shows a hint. */
async function expectActionsInView(page: Page, artifactName: string, artifactsDir?: string): Promise<void> {
  expect(await actionButtonCount(page), `action buttons on ${artifactName}`).toBeGreaterThan(0);
  expect(await buttonsOutOfView(page), `buttons out of view on ${artifactName}`).toEqual([]);
  expect(await pageOverflows(page), `page taller than the screen on ${artifactName}`).toBe(false);

  const overflow = await page.locator('.screen-body').getAttribute('data-overflow');
  const hintVisible = await page.locator('.scroll-hint').isVisible();
  expect(hintVisible, `scroll hint on ${artifactName}`).toBe(overflow === 'more');
  await expectAccessible(page, `layout-${artifactName}`, artifactsDir);
}

/** Scrolls the screen body to its end, as a reader's swipe would, and waits for the hint to go. */
async function scrollToEnd(page: Page): Promise<void> {
  await page.locator('.screen-body').evaluate((body) => body.scrollTo({ top: body.scrollHeight }));
  await page.locator('.screen-body[data-overflow="end"]').waitFor();
}

async function tapButton(page: Page, screenName: string, label: string): Promise<void> {
  await page.locator(`[data-screen="${screenName}"] button`, { hasText: label }).tap();
}

describe('kiosk actions stay in view', () => {
  it('account with 10 loans and a block', async () => {
    rig = await startKioskRig();
    await seedItems(rig.context, 9, 200, { card: TEST_READERS.chan.card });
    const page = await openWelcome(browser, rig.uiUrl, 'en');

    await rig.scan(TEST_READERS.chan.card);
    await waitForScreen(page, 'pin');
    await tapPin(page, TEST_READERS.chan.pin);
    await waitForScreen(page, 'account');

    await expect(page.locator('[data-screen="account"] .item').count()).resolves.toBe(10);
    await expect(page.locator('[data-borrow-block="item-limit-reached"]').textContent()).resolves.toBe(
      'You cannot borrow items at the moment.You have reached the limit of items on loan. Please return an item first.',
    );
    await expect(page.locator('[data-screen="account"] .actions button').allTextContents()).resolves.toEqual(['Sign out']);
    await expect(page.locator('.screen-body').getAttribute('data-overflow')).resolves.toBe('more');
    await expect(page.locator('.scroll-hint').textContent()).resolves.toBe('More below. Swipe up to see it.');
    await expectActionsInView(page, 'kiosk-account-10-loans');
    await scrollToEnd(page);
    await expect(page.locator('.scroll-hint').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-screen="account"] .item').last().isVisible()).resolves.toBe(true);

    // An item scanned anyway is refused on this screen, whose alert then takes the place of the block notice.
    const [extra] = await seedItems(rig.context, 1, 290, false);
    await rig.scan(extra!);
    await page.locator('[data-screen="account"] [data-refusal="item-limit-reached"]').waitFor();
    await expect(page.locator('[data-screen="account"] [data-refusal]').textContent()).resolves.toBe('Not borrowed: Long List Book 1You have borrowed the maximum number of items allowed.');
    await expect(page.locator('[data-borrow-block]').count()).resolves.toBe(0);
    await expectActionsInView(page, 'kiosk-account-10-loans-refused');

    await tapButton(page, 'account', 'Sign out');
    await waitForScreen(page, 'goodbye');
    await expectActionsInView(page, 'kiosk-goodbye-after-10-loans');
  });

  it('kiosk visit borrowing 10 items', async () => {
    rig = await startKioskRig();
    const barcodes = await seedItems(rig.context, 10, 300, false);
    const page = await openWelcome(browser, rig.uiUrl, 'en');
    await rig.scan(TEST_READERS.wong.card);
    await waitForScreen(page, 'pin');
    await tapPin(page, '2109');
    await waitForScreen(page, 'pin-change-offer');
    await tapButton(page, 'pin-change-offer', 'Not now');
    await waitForScreen(page, 'account');

    for (const [index, barcode] of barcodes.entries()) {
      await rig.scan(barcode);
      await page.getByText(`Borrowed: Long List Book ${index + 1}`, { exact: true }).waitFor();
    }
    await waitForScreen(page, 'borrow');

    await expect(page.locator('[data-screen="borrow"] .item').count()).resolves.toBe(10);
    await expectActionsInView(page, 'kiosk-borrow-10-items');
    await tapButton(page, 'borrow', 'Finish');
    await waitForScreen(page, 'receipt');
    await expectActionsInView(page, 'kiosk-receipt-10-items');
    await tapButton(page, 'receipt', 'Print receipt');
    await waitForScreen(page, 'goodbye');
    await expectActionsInView(page, 'kiosk-goodbye-10-items');
  });
});

describe('station actions stay in view', () => {
  it('station visit reaching 10 loans', async () => {
    rig = await startStationRig();
    await seedItems(rig.context, 6, 400, { card: TEST_READERS.chan.card });
    const page = await openWelcome(browser, rig.uiUrl, 'en');
    await rig.scan(TEST_READERS.chan.card);
    await waitForScreen(page, 'pin');
    await tapPin(page, TEST_READERS.chan.pin);
    await waitForScreen(page, 'menu');
    await expectActionsInView(page, 'station-menu-7-loans', STATION_ARTIFACTS_DIR);

    await tapButton(page, 'menu', 'Collect reserved items');
    await waitForScreen(page, 'pickup');
    await page.locator('[data-hold]').tap();
    await page.getByText('Collected: Birds of Hong Kong').waitFor();
    await waitForScreen(page, 'pickup');
    await expectActionsInView(page, 'station-pickup', STATION_ARTIFACTS_DIR);
    await tapButton(page, 'pickup', 'Back');
    await tapButton(page, 'menu', 'Borrow from this station');
    await waitForScreen(page, 'borrow');
    for (const item of STATION_ITEMS.stock.slice(0, 2)) {
      await rig.scan(item.barcode);
      await page.getByText(`Borrowed: ${item.title}`).waitFor();
    }
    await waitForScreen(page, 'borrow');
    await page.locator('[data-borrow-block="item-limit-reached"]').waitFor();
    await expectActionsInView(page, 'station-borrow-to-10', STATION_ARTIFACTS_DIR);

    await tapButton(page, 'borrow', 'Back');
    await waitForScreen(page, 'menu');
    await expect(page.locator('[data-screen="menu"] .facts').textContent()).resolves.toContain('Items on loan: 10');
    await expect(page.locator('[data-screen="menu"] .actions-menu button').allTextContents()).resolves.toEqual(['My loans', 'My charges']);
    await expectActionsInView(page, 'station-menu-10-loans', STATION_ARTIFACTS_DIR);
    await tapButton(page, 'menu', 'My loans');
    await waitForScreen(page, 'loans');
    await expect(page.locator('[data-screen="loans"] .item').count()).resolves.toBe(10);
    await expectActionsInView(page, 'station-loans-10', STATION_ARTIFACTS_DIR);
    await scrollToEnd(page);
    await expect(page.locator('.scroll-hint').isVisible()).resolves.toBe(false);

    await tapButton(page, 'loans', 'Back');
    await tapButton(page, 'menu', 'My charges');
    await waitForScreen(page, 'charges');
    await expectActionsInView(page, 'station-charges', STATION_ARTIFACTS_DIR);
    await tapButton(page, 'charges', 'Finish');
    await waitForScreen(page, 'receipt');
    await expectActionsInView(page, 'station-receipt-3-items', STATION_ARTIFACTS_DIR);
    await tapButton(page, 'receipt', 'Print receipt');
    await waitForScreen(page, 'goodbye');
    await expectActionsInView(page, 'station-goodbye-3-items', STATION_ARTIFACTS_DIR);
  });

  it('station returns of 10 items', async () => {
    rig = await startStationRig();
    const barcodes = await seedItems(rig.context, 10, 500, { card: TEST_READERS.wong.card });
    const page = await openWelcome(browser, rig.uiUrl, 'en');

    for (const [index, barcode] of barcodes.entries()) {
      await rig.scan(barcode);
      await page.getByText(`Returned: Long List Book ${index + 1}`, { exact: true }).waitFor();
    }
    await waitForScreen(page, 'returns');

    await expect(page.locator('[data-screen="returns"] .item').count()).resolves.toBe(10);
    await expectActionsInView(page, 'station-returns-10', STATION_ARTIFACTS_DIR);
    await tapButton(page, 'returns', 'Finish');
    await waitForScreen(page, 'receipt');
    await expectActionsInView(page, 'station-returns-receipt', STATION_ARTIFACTS_DIR);
    await tapButton(page, 'receipt', 'No receipt');
    await waitForScreen(page, 'goodbye');
    await expect(page.locator('[data-summary="returned"] .item').count()).resolves.toBe(10);
    await expectActionsInView(page, 'station-returns-goodbye-10', STATION_ARTIFACTS_DIR);
  });
});
