import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTerminalTestServices } from '../support/terminal-test-services.ts';
import { expectAccessible, launchChromium, openWelcome, tapPin, waitForScreen } from '../support/kiosk-browser.ts';
import { startKioskRig, type KioskRig } from '../support/kiosk-rig.ts';
import { TEST_READERS } from '../support/terminal-test-services.ts';

// Every screen and message besides the plain visit: each is drawn in Chromium, screenshotted, checked with
// axe-core and measured, and its wording checked.
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

async function openKiosk(language: 'en' | 'zh-Hans' = 'en', options: { printer?: boolean } = {}): Promise<{ page: Page; kiosk: KioskRig }> {
  const kiosk = await startKioskRig(options);
  rig = kiosk;
  const page = await openWelcome(browser, kiosk.uiUrl, language);
  return { page, kiosk };
}

async function noticeText(page: Page): Promise<string | null> {
  return page.locator('[data-notice]').textContent();
}

describe('kiosk screens in Chromium', () => {
  it('explains a card that could not be read', async () => {
    const { page, kiosk } = await openKiosk();

    await kiosk.scanner.write(`${'9'.repeat(80)}\r\n`);
    await page.locator('[data-notice="read-failed"]').waitFor();

    await expect(noticeText(page)).resolves.toBe('The card could not be read. Please try again, or ask library staff.');
    await expectAccessible(page, 'screens-welcome-read-failed');
  });

  it('explains an item barcode scanned at welcome', async () => {
    const { page, kiosk } = await openKiosk();

    await kiosk.scan('31234000000016');
    await page.locator('[data-notice="not-a-card"]').waitFor();

    await expect(noticeText(page)).resolves.toBe('That is not a library card. To sign in, please scan your library card first.');
  });

  it('shows the card screen after Start', async () => {
    const { page } = await openKiosk();

    await page.locator('[data-screen="welcome"] .button-primary').tap();
    await waitForScreen(page, 'card');

    await expectAccessible(page, 'screens-card');
  });

  it('counts wrong PINs down and sends the reader to staff after three', async () => {
    const { page, kiosk } = await openKiosk();
    await kiosk.scan(TEST_READERS.chan.card);
    await waitForScreen(page, 'pin');

    await tapPin(page, '11112222');
    await page.getByText('Tries left: 2').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('The card or PIN was not accepted. Please try again.');
    await expectAccessible(page, 'screens-pin-rejected');
    await tapPin(page, '11112223');
    await page.getByText('Tries left: 1').waitFor();
    await tapPin(page, '11112224');
    await waitForScreen(page, 'goodbye');

    await expect(page.getByRole('alert').textContent()).resolves.toBe('Your PIN was not accepted. Please see library staff.');
    await expectAccessible(page, 'screens-goodbye-see-staff');
  });

  it('changes a default PIN after one refusal', async () => {
    const { page, kiosk } = await openKiosk('zh-Hans');
    await kiosk.scan(TEST_READERS.wong.card);
    await waitForScreen(page, 'pin');
    await tapPin(page, '2109');

    await waitForScreen(page, 'pin-change-offer');
    await expectAccessible(page, 'screens-zh-Hans-pin-change-offer');
    await page.locator('[data-screen="pin-change-offer"] .button-primary').tap();
    await page.getByText('请设置新密码').waitFor();
    // A weak PIN is refused at its first entry, before the reader is asked to type it again.
    await tapPin(page, '1234');
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('顺序或倒序排列的数字（例如1234或9876）太容易被猜中。');
    await expectAccessible(page, 'screens-zh-Hans-new-pin-refused');
    await tapPin(page, '60718253');
    await page.getByText('请再次输入新密码').waitFor();
    await tapPin(page, '60718253');
    await waitForScreen(page, 'account');

    await expect(noticeText(page)).resolves.toBe('您的密码已更改。');
    await expectAccessible(page, 'screens-zh-Hans-account-pin-changed');
  });

  it("gives the circulation service's reason when a loan is refused", async () => {
    const { page, kiosk } = await openKiosk();
    await kiosk.scan(TEST_READERS.wong.card);
    await tapPin(page, '2109');
    await waitForScreen(page, 'pin-change-offer');
    await page.locator('[data-screen="pin-change-offer"] .button-secondary').tap();
    await waitForScreen(page, 'account');

    await kiosk.scan('31234000000024');
    await page.getByRole('alert').waitFor();

    await expect(page.getByRole('alert').textContent()).resolves.toBe('Not borrowed: Dream of the Red ChamberThis item is already on loan.');
    await expectAccessible(page, 'screens-borrow-refused');
  });

  it('offers only "no receipt" when the kiosk has no printer', async () => {
    const { page, kiosk } = await openKiosk('en', { printer: false });
    await kiosk.scan(TEST_READERS.chan.card);
    await tapPin(page, TEST_READERS.chan.pin);
    await waitForScreen(page, 'account');
    await kiosk.scan('31234000000016');
    await page.getByText('Borrowed: The Old Man and the Sea').waitFor();
    await page.locator('[data-screen="borrow"] .button-primary').tap();
    await waitForScreen(page, 'receipt');

    await expect(page.locator('[data-screen="receipt"] button').allTextContents()).resolves.toEqual(['No receipt']);
    await expect(page.getByText('The receipt printer is not available.', { exact: false }).count()).resolves.toBe(1);
    await expectAccessible(page, 'screens-receipt-no-printer');
  });

  it('shows an unplugged card reader until replugged', async () => {
    const { page, kiosk } = await openKiosk();

    await kiosk.readerPair.unplug();
    // The driver reports the unplug, then "not found" while it retries, so either message may be showing.
    await page.locator('.banners').waitFor();
    const banner = await page.locator('.banners').textContent();
    await expectAccessible(page, 'screens-reader-disconnected');
    await kiosk.readerPair.replug();

    await page.locator('.banners').waitFor({ state: 'detached' });
    expect(banner).toMatch(/^The card reader (is disconnected|was not found)\. Please ask library staff\.$/);
  });

  it('shows out of service during a service restart', async () => {
    const { page, kiosk } = await openKiosk();
    const { port } = new URL(kiosk.serviceUrl);
    const dataDir = kiosk.context.services.dataDir;
    await kiosk.scan(TEST_READERS.chan.card);
    await waitForScreen(page, 'pin');

    await kiosk.context.app.close();
    await waitForScreen(page, 'out-of-service');
    await expect(page.locator('[data-screen="out-of-service"]').textContent()).resolves.toContain('此服務機正在連接圖書館系統');
    await expectAccessible(page, 'screens-out-of-service');
    const restarted = await createTerminalTestServices({ dataDir });
    await restarted.app.listen({ host: '127.0.0.1', port: Number(port) });

    await waitForScreen(page, 'welcome');
    await restarted.close();
  });
});
