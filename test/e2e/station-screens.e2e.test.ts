import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { simplifiedChinese } from '../../src/i18n/chinese-script.ts';
import { expectAccessible as expectScreenAccessible, launchChromium, openWelcome, tapPin, waitForScreen } from '../support/kiosk-browser.ts';
import type { KioskRig } from '../support/kiosk-rig.ts';
import { CHAN_LOAN_ITEM, STATION_ARTIFACTS_DIR, startStationRig, type StationRigOptions } from '../support/station-rig.ts';
import { TEST_READERS } from '../support/terminal-test-services.ts';

// The station screens besides the main visit: returns with no PIN, the default-PIN rules, the idle dialog.
// Each is drawn in Chromium, screenshotted, checked with axe-core and measured, and its wording checked.
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

async function openStation(language: 'en' | 'zh-Hans', options: StationRigOptions & { clock?: boolean } = {}): Promise<{ page: Page; station: KioskRig }> {
  const station = await startStationRig(options);
  rig = station;
  const page = await openWelcome(browser, station.uiUrl, language, options);
  return { page, station };
}

const expectAccessible = (page: Page, artifactName: string) => expectScreenAccessible(page, artifactName, STATION_ARTIFACTS_DIR);

async function signIn(page: Page, station: KioskRig, reader: { card: string; pin: string }): Promise<void> {
  await station.scan(reader.card);
  await waitForScreen(page, 'pin');
  await tapPin(page, reader.pin);
}

function openLoanOf(station: KioskRig, barcode: string): number {
  const query = 'SELECT COUNT(*) FROM loans JOIN items ON items.id = loans.item_id WHERE items.barcode = ? AND loans.returned_at IS NULL';
  return station.context.services.database.prepare(query).pluck().get(barcode) as number;
}

function pinChecks(station: KioskRig): number {
  return station.context.services.database.prepare("SELECT COUNT(*) FROM audit_events WHERE event = 'pin.verify'").pluck().get() as number;
}

describe('station returns in Chromium', () => {
  it('returns an item with no card or PIN, in Simplified Chinese', async () => {
    const { page, station } = await openStation('zh-Hans');
    await expectAccessible(page, 'returns-1-welcome-zh-Hans');

    await station.scan(CHAN_LOAN_ITEM.barcode);
    await page.getByText(`已归还：${simplifiedChinese(CHAN_LOAN_ITEM.titleZh)}`).waitFor();
    await waitForScreen(page, 'returns');
    await expectAccessible(page, 'returns-2-returned');
    await station.scan(TEST_READERS.chan.card);
    await page.getByText('这是图书证。如需登录，请先按“完成”，然后再出示图书证。').waitFor();
    await expectAccessible(page, 'returns-3-card-scanned');

    await page.locator('[data-screen="returns"] button', { hasText: '完成' }).tap();
    await waitForScreen(page, 'receipt');
    await expect(page.locator('[data-screen="receipt"] .facts').textContent()).resolves.toBe('已归还的资料：1');
    await expectAccessible(page, 'returns-4-receipt');
    await page.locator('[data-screen="receipt"] button', { hasText: '不需要收据' }).tap();
    await waitForScreen(page, 'goodbye');
    await expect(page.locator('[data-screen="goodbye"] p').first().textContent()).resolves.toBe('谢谢您归还资料。');
    await expectAccessible(page, 'returns-5-goodbye');

    expect(openLoanOf(station, CHAN_LOAN_ITEM.barcode)).toBe(0);
    expect(pinChecks(station)).toBe(0);
  });

  it('opens an empty returns screen from Return items, and explains an item not on loan', async () => {
    const { page, station } = await openStation('en');

    await page.locator('[data-screen="welcome"] button', { hasText: 'Return items' }).tap();
    await waitForScreen(page, 'returns');
    await expect(page.locator('[data-screen="returns"]').textContent()).resolves.toContain('No items returned yet.');
    await expectAccessible(page, 'returns-6-empty');
    await station.scan('31234000000081');
    await page.locator('[data-refusal="item-not-on-loan"]').waitFor();

    await expect(page.locator('[data-refusal]').textContent()).resolves.toContain('This item is not on loan, so it does not need to be returned.');
    await expectAccessible(page, 'returns-7-not-on-loan');
  });
});

describe('station sign-in screens in Chromium', () => {
  it('shows the card screen after Sign in', async () => {
    const { page } = await openStation('en');

    await page.locator('[data-screen="welcome"] button', { hasText: 'Sign in' }).tap();
    await waitForScreen(page, 'card');

    await expectAccessible(page, 'signin-1-card');
  });

  it('refuses the default PIN at a hardened station and says where to choose a PIN', async () => {
    const { page, station } = await openStation('en', { hardenedProfile: true });

    await signIn(page, station, { card: TEST_READERS.wong.card, pin: '2109' });
    await waitForScreen(page, 'goodbye');

    await expect(page.locator('[data-screen="goodbye"] [role="alert"]').textContent()).resolves.toBe(
      'For your security, this station does not accept the default PIN (the last 4 digits of your phone number). Please choose your own PIN at a library kiosk or in your online account, then come back.',
    );
    await expectAccessible(page, 'signin-2-default-pin-refused');
  });

  it('lets a default-PIN reader in at an ordinary station, with a reminder', async () => {
    const { page, station } = await openStation('en');

    await signIn(page, station, { card: TEST_READERS.wong.card, pin: '2109' });
    await waitForScreen(page, 'menu');
    await expect(page.locator('[data-notice="default-pin"]').textContent()).resolves.toContain('You are still using the default PIN.');
    await expectAccessible(page, 'signin-3-default-pin-reminder');

    // Nothing waits for this reader here, so the menu offers no Collect button.
    await expect(page.locator('[data-screen="menu"] .facts').textContent()).resolves.toContain('Reserved items waiting for you here: 0');
    await expect(page.locator('[data-screen="menu"] .actions-menu button').allTextContents()).resolves.toEqual(['Borrow from this station', 'My loans', 'My charges']);
  });

  it('warns after 60 quiet seconds, then signs out 20 seconds later', async () => {
    const { page, station } = await openStation('en', { clock: true });
    await signIn(page, station, TEST_READERS.chan);
    await waitForScreen(page, 'menu');

    await page.clock.fastForward(60_000);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('You will be signed out in 20 seconds.');
    await expectAccessible(page, 'signin-5-idle-warning');
    await page.clock.fastForward(20_000);
    await waitForScreen(page, 'goodbye');

    await expect(page.locator('[data-screen="goodbye"]').textContent()).resolves.toContain('You were signed out because the screen was not used for a while.');
    await expectAccessible(page, 'signin-6-idle-goodbye');
  });
});
