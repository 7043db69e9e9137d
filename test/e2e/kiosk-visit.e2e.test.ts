import iconv from 'iconv-lite';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectAccessible, launchChromium, newKioskContext, tapPin, waitForScreen } from '../support/kiosk-browser.ts';
import { startKioskRig, type KioskRig } from '../support/kiosk-rig.ts';
import { TEST_READERS } from '../support/terminal-test-services.ts';

const ITEM = '31234000000016';
const ESC_POS_INITIALISE = Buffer.from([0x1b, 0x40]);
const ESC_POS_CUT = Buffer.from([0x1d, 0x56]);

const VISITS = [
  {
    language: 'English',
    locale: 'en-GB',
    chooseLanguage: 'en',
    texts: { pin: 'Enter your PIN', borrowed: 'Borrowed: The Old Man and the Sea', goodbye: 'Please remember to take your card and your items.' },
    receiptText: Buffer.from('The Old Man and the Sea', 'latin1'),
  },
  {
    language: 'Traditional Chinese',
    locale: 'zh-HK',
    chooseLanguage: null,
    texts: { pin: '請輸入密碼', borrowed: '已借出：老人與海', goodbye: '請記得取回圖書證及借閱的資料。' },
    receiptText: iconv.encode('老人與海', 'big5'),
  },
] as const;

let browser: Browser;
let rig: KioskRig;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

beforeEach(async () => {
  rig = await startKioskRig();
});

afterEach(async () => {
  await rig.close();
});

describe('a kiosk visit in Chromium', () => {
  it.each(VISITS)('borrows an item and prints a receipt in $language', async (visit) => {
    const context = await newKioskContext(browser, visit.locale);
    const page = await context.newPage();
    const prefix = `visit-${visit.locale}`;

    await page.goto(rig.uiUrl);
    await waitForScreen(page, 'welcome');
    if (visit.chooseLanguage) await page.locator(`[data-language="${visit.chooseLanguage}"]`).tap();
    await page.locator(`html[lang="${visit.chooseLanguage ?? 'zh-Hant-HK'}"]`).waitFor();
    await expectAccessible(page, `${prefix}-1-welcome`);

    await rig.scan(TEST_READERS.chan.card);
    await waitForScreen(page, 'pin');
    await expect(page.locator('h1').textContent()).resolves.toBe(visit.texts.pin);
    await expectAccessible(page, `${prefix}-2-pin`);

    await tapPin(page, TEST_READERS.chan.pin);
    await waitForScreen(page, 'account');
    await expectAccessible(page, `${prefix}-3-account`);

    await rig.scan(ITEM);
    await page.getByText(visit.texts.borrowed).waitFor();
    await waitForScreen(page, 'borrow');
    await expectAccessible(page, `${prefix}-4-borrowed`);

    await page.locator('[data-screen="borrow"] .button-primary').tap();
    await waitForScreen(page, 'receipt');
    await expectAccessible(page, `${prefix}-5-receipt`);

    await page.locator('[data-screen="receipt"] .button-primary').tap();
    await waitForScreen(page, 'goodbye');
    await page.getByText(visit.texts.goodbye).waitFor();
    await expectAccessible(page, `${prefix}-6-goodbye`);

    await page.locator('[data-screen="goodbye"] .button-primary').tap();
    await waitForScreen(page, 'welcome');
    await vi.waitFor(() => expect(rig.printer.received().includes(ESC_POS_CUT)).toBe(true));
    const receipt = rig.printer.received();
    await context.close();

    expect(receipt.subarray(0, 2)).toEqual(ESC_POS_INITIALISE);
    expect(receipt.includes(visit.receiptText)).toBe(true);
    expect(receipt.includes(Buffer.from(TEST_READERS.chan.card))).toBe(false);
  });

  it('goes back to the default language at welcome after an English visit', async () => {
    const context = await newKioskContext(browser);
    const page = await context.newPage();
    await page.goto(rig.uiUrl);
    await waitForScreen(page, 'welcome');

    await page.locator('[data-language="en"]').tap();
    await page.locator('html[lang="en"]').waitFor();
    await page.locator('[data-screen="welcome"] .button-primary').tap();
    await waitForScreen(page, 'card');
    await page.locator('[data-screen="card"] button').tap();
    await waitForScreen(page, 'goodbye');
    await page.locator('[data-screen="goodbye"] .button-primary').tap();
    await waitForScreen(page, 'welcome');

    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hant-HK');
    await expect(page.locator('h1').textContent()).resolves.toBe('歡迎使用');
    await context.close();
  });
});
