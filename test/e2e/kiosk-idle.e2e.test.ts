import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkScreen, launchChromium, newKioskContext, openWelcome, tapPin, waitForScreen } from '../support/kiosk-browser.ts';
import { startKioskRig, type KioskRig } from '../support/kiosk-rig.ts';
import { TEST_READERS } from '../support/terminal-test-services.ts';

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

/** Opens the kiosk with the page clock under the test's control, and signs Chan in, in English. */
async function signedInPage(): Promise<Page> {
  const page = await openWelcome(browser, rig.uiUrl, 'en', { clock: true });

  await rig.scan(TEST_READERS.chan.card);
  await waitForScreen(page, 'pin');
  await tapPin(page, TEST_READERS.chan.pin);
  await waitForScreen(page, 'account');
  return page;
}

describe('kiosk idle timeout in Chromium', () => {
  it('warns after 60 quiet seconds, then logs out 20 seconds later', async () => {
    const page = await signedInPage();

    await page.clock.fastForward(60_000);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    const dialogText = await dialog.textContent();
    const check = await checkScreen(page, 'idle-1-warning');
    await page.clock.fastForward(20_000);
    await waitForScreen(page, 'goodbye');

    expect(dialogText).toContain('Are you still there?');
    expect(dialogText).toContain('You will be signed out in 20 seconds.');
    expect(check.violations).toEqual([]);
    expect(check.smallTargets).toEqual([]);
    await expect(page.locator('[data-screen="goodbye"]').textContent()).resolves.toContain('You were signed out because the screen was not used for a while.');
    await checkScreen(page, 'idle-2-signed-out');
    await page.context().close();
  });

  it('keeps the session when the reader taps "I\'m still here"', async () => {
    const page = await signedInPage();
    await page.clock.fastForward(60_000);
    await page.getByRole('alertdialog').waitFor();

    await page.locator('[data-action="extend"]').tap();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await page.clock.fastForward(30_000);

    await expect(page.locator('[data-screen="account"]').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('counts down the seconds in the dialog', async () => {
    const page = await signedInPage();
    await page.clock.fastForward(60_000);
    await page.getByRole('alertdialog').waitFor();

    await page.clock.fastForward(5_000);

    await page.getByText('You will be signed out in 15 seconds.').waitFor();
    await page.context().close();
  });

  it('never times out at welcome', async () => {
    const context = await newKioskContext(browser);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(rig.uiUrl);
    await waitForScreen(page, 'welcome');

    await page.clock.fastForward(10 * 60_000);

    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await expect(page.locator('[data-screen="welcome"]').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
