import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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
