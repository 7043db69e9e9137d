import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** WCAG 2.2 level AA, as axe-core tags it. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

export const ARTIFACTS_DIR = new URL('../../test-artifacts/kiosk/', import.meta.url).pathname;

/** Smallest touch target the kiosk allows, in CSS pixels. */
export const MINIMUM_TARGET_PX = 44;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Creates a portrait 1080 × 1920 touch-screen context, as on the kiosk. */
export function newKioskContext(browser: Browser, locale = 'en-GB'): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true, locale });
}

/** Waits until the named screen shows and no work is pending behind it. */
export async function waitForScreen(page: Page, name: string): Promise<void> {
  await page.locator(`[data-screen="${name}"]`).waitFor();
  await page.locator('.message-progress').waitFor({ state: 'detached' });
}

export interface ScreenCheck {
  violations: Array<{ id: string; impact: string | null | undefined; targets: string[] }>;
  smallTargets: Array<{ label: string; width: number; height: number }>;
}

/**
 * Saves a screenshot of the current screen under test-artifacts/kiosk/ (or `artifactsDir`), runs axe-core with the WCAG 2.2
 * AA tags, and measures every button, since axe's target-size rule misses isolated small buttons.
 */
export async function checkScreen(page: Page, artifactName: string, artifactsDir = ARTIFACTS_DIR): Promise<ScreenCheck> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${artifactName}.png`), fullPage: true });

  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));

  const smallTargets: ScreenCheck['smallTargets'] = [];
  for (const button of await page.locator('button').all()) {
    const box = await button.boundingBox();
    if (!box) continue;
    if (box.width < MINIMUM_TARGET_PX || box.height < MINIMUM_TARGET_PX) {
      smallTargets.push({ label: (await button.textContent()) ?? '', width: box.width, height: box.height });
    }
  }
  return { violations, smallTargets };
}

/** Checks the current screen with `checkScreen` and expects no axe violation and no button under 44 px. */
export async function expectAccessible(page: Page, artifactName: string, artifactsDir = ARTIFACTS_DIR): Promise<void> {
  const check = await checkScreen(page, artifactName, artifactsDir);
  expect(check.violations, `axe violations on ${artifactName}`).toEqual([]);
  expect(check.smallTargets, `buttons under 44 px on ${artifactName}`).toEqual([]);
}

/** Taps the digits of `pin` on the PIN pad, then OK. */
export async function tapPin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.locator(`.pin-key[data-key="${digit}"]`).tap();
  await page.locator('.pin-key[data-key="ok"]').tap();
}

/**
 * Opens the terminal UI at `uiUrl` in a new kiosk-sized page, waits for the welcome screen and switches to
 * `language`. With `clock`, the test controls the page clock from the start.
 */
export async function openWelcome(browser: Browser, uiUrl: string, language: 'en' | 'zh-Hans', options: { clock?: boolean } = {}): Promise<Page> {
  const page = await (await newKioskContext(browser)).newPage();
  if (options.clock) await page.clock.install();
  await page.goto(uiUrl);
  await waitForScreen(page, 'welcome');
  await page.locator(`[data-language="${language}"]`).tap();
  await page.locator(`html[lang="${language === 'en' ? 'en' : 'zh-Hans-CN'}"]`).waitFor();
  return page;
}

/** The kiosk's screen size in CSS pixels: portrait 1080 × 1920. */
export const KIOSK_VIEWPORT = { width: 1080, height: 1920 } as const;

/**
 * Returns the label and box of every button outside a screen body (the header's language buttons and each
 * screen's row of actions) that is not wholly inside the kiosk's screen. Buttons inside a screen body, such as a
 * hold's Collect button, may scroll out of view with the list they belong to.
 */
export async function buttonsOutOfView(page: Page): Promise<Array<{ label: string; top: number; bottom: number }>> {
  const outside: Array<{ label: string; top: number; bottom: number }> = [];
  for (const button of await page.locator('button:not(.screen-body button)').all()) {
    const box = await button.boundingBox();
    if (!box) continue;
    const inView = box.x >= 0 && box.y >= 0 && box.x + box.width <= KIOSK_VIEWPORT.width && box.y + box.height <= KIOSK_VIEWPORT.height;
    if (!inView) outside.push({ label: (await button.textContent()) ?? '', top: box.y, bottom: box.y + box.height });
  }
  return outside;
}

/** Returns true when the page as a whole is taller than the kiosk's screen, which a reader could not scroll. */
export async function pageOverflows(page: Page): Promise<boolean> {
  return page.evaluate((height) => document.documentElement.scrollHeight > height, KIOSK_VIEWPORT.height);
}

/** Returns the number of action buttons of the current screen, so a test can check that it measured some. */
export async function actionButtonCount(page: Page): Promise<number> {
  return page.locator('.screen > .actions button').count();
}
