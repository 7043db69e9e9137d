import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectAccessible as expectScreenAccessible, launchChromium, newKioskContext, tapPin, waitForScreen } from '../support/kiosk-browser.ts';
import type { KioskRig } from '../support/kiosk-rig.ts';
import { STATION_ARTIFACTS_DIR, STATION_ITEMS, startStationRig } from '../support/station-rig.ts';
import { TEST_READERS } from '../support/terminal-test-services.ts';

const ESC_POS_CUT = Buffer.from([0x1d, 0x56]);

let browser: Browser;
let rig: KioskRig;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

// Chan has one loan already; with a limit of 3 the pickup and one loan leave no room for a second loan.
beforeEach(async () => {
  rig = await startStationRig({ itemLimit: 3 });
});

afterEach(async () => {
  await rig.close();
});

const expectAccessible = (page: Page, artifactName: string) => expectScreenAccessible(page, artifactName, STATION_ARTIFACTS_DIR);

async function tapButton(page: Page, screenName: string, label: string): Promise<void> {
  await page.locator(`[data-screen="${screenName}"] button`, { hasText: label }).tap();
}

function holdRow(rig: KioskRig) {
  const database = rig.context.services.database;
  return database
    .prepare('SELECT holds.status, holds.filled_by_loan_id AS loanId, loans.returned_at AS returnedAt FROM holds JOIN items ON items.id = holds.item_id LEFT JOIN loans ON loans.id = holds.filled_by_loan_id WHERE items.barcode = ?')
    .get(STATION_ITEMS.held.barcode) as { status: string; loanId: number | null; returnedAt: string | null };
}

describe('a station visit in Chromium, in Traditional Chinese', () => {
  it('collects a ready hold, borrows to the limit, shows charges and prints a receipt', async () => {
    const context = await newKioskContext(browser, 'zh-HK');
    const page = await context.newPage();
    await page.goto(rig.uiUrl);
    await waitForScreen(page, 'welcome');
    await page.locator('html[lang="zh-Hant-HK"]').waitFor();
    await expect(page.locator('.kiosk-title').textContent()).resolves.toBe('自助圖書站');
    await expectAccessible(page, 'visit-1-welcome');

    await rig.scan(TEST_READERS.chan.card);
    await waitForScreen(page, 'pin');
    await expectAccessible(page, 'visit-2-pin');
    await tapPin(page, TEST_READERS.chan.pin);
    await waitForScreen(page, 'menu');
    await expect(page.locator('.allowance').textContent()).resolves.toBe('你最多可借閱3項資料，現在還可在此借閱或領取2項。');
    await expect(page.locator('[data-screen="menu"]').textContent()).resolves.toContain('在此等候你領取的預約資料：1');
    await expectAccessible(page, 'visit-3-menu');

    await tapButton(page, 'menu', '領取預約資料');
    await waitForScreen(page, 'pickup');
    await expectAccessible(page, 'visit-4-pickup');
    await page.locator(`[data-hold]`).tap();
    await page.getByText('已領取：香港鳥類').waitFor();
    await waitForScreen(page, 'pickup');
    await expectAccessible(page, 'visit-5-collected');
    const hold = holdRow(rig);
    expect(hold).toMatchObject({ status: 'filled', returnedAt: null });
    expect(hold.loanId).toBeGreaterThan(0);

    await tapButton(page, 'pickup', '返回');
    await waitForScreen(page, 'menu');
    await tapButton(page, 'menu', '借閱站內資料');
    await waitForScreen(page, 'borrow');
    await rig.scan(STATION_ITEMS.stock[0].barcode);
    await page.getByText('已借出：新界遠足徑').waitFor();
    await waitForScreen(page, 'borrow');
    // With no allowance left, the line that counted it gives way to the block that stops any further checkout.
    await expect(page.locator('[data-borrow-block]').getAttribute('data-borrow-block')).resolves.toBe('item-limit-reached');
    await expect(page.locator('[data-borrow-block]').textContent()).resolves.toBe('你暫時未能領取或借閱資料。你借閱的資料數量已達上限，請先歸還資料。');
    await expectAccessible(page, 'visit-6-borrowed');

    await rig.scan(STATION_ITEMS.stock[1].barcode);
    await page.locator('[data-refusal="item-limit-reached"]').waitFor();
    await expect(page.locator('[data-refusal]').textContent()).resolves.toBe(`未能借出：${STATION_ITEMS.stock[1].titleZh}你借閱的資料數量已達上限。`);
    await expect(page.locator('[data-borrow-block]').count()).resolves.toBe(0);
    await expectAccessible(page, 'visit-7-refused');

    await tapButton(page, 'borrow', '返回');
    await tapButton(page, 'menu', '我的借閱紀錄');
    await waitForScreen(page, 'loans');
    await expect(page.locator('[data-screen="loans"] .item-title').allTextContents()).resolves.toEqual(['紅樓夢', '香港鳥類', '新界遠足徑']);
    await expectAccessible(page, 'visit-8-loans');

    await tapButton(page, 'loans', '返回');
    await tapButton(page, 'menu', '我的欠款');
    await waitForScreen(page, 'charges');
    await expect(page.locator('[data-screen="charges"] .item-title').textContent()).resolves.toBe('港幣4.50元');
    await expect(page.locator('[data-screen="charges"] .item-detail').first().textContent()).resolves.toBe('逾期：紅樓夢');
    await expect(page.locator('.total').textContent()).resolves.toBe('未繳付總額：港幣4.50元');
    await expectAccessible(page, 'visit-9-charges');

    await tapButton(page, 'charges', '完成');
    await waitForScreen(page, 'receipt');
    await expectAccessible(page, 'visit-10-receipt');
    await tapButton(page, 'receipt', '列印收據');
    await waitForScreen(page, 'goodbye');
    await expect(page.locator('[data-summary="pickedUp"] .item-title').allTextContents()).resolves.toEqual(['香港鳥類']);
    await expect(page.locator('[data-summary="borrowed"] .item-title').allTextContents()).resolves.toEqual(['新界遠足徑']);
    await expectAccessible(page, 'visit-11-goodbye');
    await vi.waitFor(() => expect(rig.printer.received().includes(ESC_POS_CUT)).toBe(true));
    await context.close();

    const receipt = rig.printer.received();
    expect(receipt.includes(iconv.encode('自助圖書站收據', 'big5'))).toBe(true);
    expect(receipt.includes(iconv.encode('香港鳥類', 'big5'))).toBe(true);
    expect(receipt.includes(Buffer.from(TEST_READERS.chan.card))).toBe(false);
    const loans = rig.context.services.database.prepare('SELECT COUNT(*) FROM loans WHERE returned_at IS NULL').pluck().get();
    expect(loans).toBe(3);
  });
});
