// Measures how long a kiosk takes from card bytes written into the card reader's serial line (a socat pty)
// to the PIN screen drawn in Chromium. The path crosses the barcode driver, the agent, the WebSocket to the
// service, the session machine, and the view back to the agent and the page.
// The baseline is a tap on Start, which makes the same round trip through the page, agent and service
// without the card reader. It is measured the same way in the same run.
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { launchChromium, newKioskContext } from '../test/support/kiosk-browser.ts';
import { startKioskRig, type KioskRig } from '../test/support/kiosk-rig.ts';
import { TEST_READERS } from '../test/support/terminal-test-services.ts';

const RUNS = 50;
const WARM_UP_RUNS = 5;

const rig = await startKioskRig({ printer: false });
const browser = await launchChromium();
const page = await (await newKioskContext(browser)).newPage();
await page.goto(rig.uiUrl);
await waitForScreen(page, 'welcome');

const cardToPin: number[] = [];
const tapToCard: number[] = [];
for (let run = 0; run < WARM_UP_RUNS + RUNS; run += 1) {
  const card = await timeCardToPinScreen(page, rig);
  const tap = await timeStartToCardScreen(page);
  if (run >= WARM_UP_RUNS) {
    cardToPin.push(card);
    tapToCard.push(tap);
  }
}

const measured = median(cardToPin);
const baseline = median(tapToCard);
console.log(
  `BENCH kiosk-card-to-pin-screen-ms median=${measured.toFixed(1)} ratio=${(measured / baseline).toFixed(2)} baseline-tap-to-screen-ms=${baseline.toFixed(1)} p90=${percentile(cardToPin, 0.9).toFixed(1)} runs=${RUNS}`,
);

await browser.close();
await rig.close();

async function timeCardToPinScreen(kioskPage: Page, kiosk: KioskRig): Promise<number> {
  const started = performance.now();
  await kiosk.scan(TEST_READERS.chan.card);
  await waitForScreen(kioskPage, 'pin');
  const elapsed = performance.now() - started;
  await backToWelcome(kioskPage, 'pin');
  return elapsed;
}

async function timeStartToCardScreen(kioskPage: Page): Promise<number> {
  const started = performance.now();
  await kioskPage.evaluate(() => document.querySelector<HTMLButtonElement>('[data-screen="welcome"] .button-primary')?.click());
  await waitForScreen(kioskPage, 'card');
  const elapsed = performance.now() - started;
  await backToWelcome(kioskPage, 'card');
  return elapsed;
}

/** Cancels, then leaves the goodbye screen at once, so the next run starts at welcome. */
async function backToWelcome(kioskPage: Page, screen: string): Promise<void> {
  await kioskPage.evaluate((name) => {
    const buttons = document.querySelectorAll<HTMLButtonElement>(`[data-screen="${name}"] .actions button`);
    buttons[buttons.length - 1]?.click();
  }, screen);
  await waitForScreen(kioskPage, 'goodbye');
  await kioskPage.evaluate(() => document.querySelector<HTMLButtonElement>('[data-screen="goodbye"] .button-primary')?.click());
  await waitForScreen(kioskPage, 'welcome');
}

function waitForScreen(kioskPage: Page, name: string): Promise<unknown> {
  return kioskPage.waitForFunction((screen) => document.querySelector(`[data-screen="${screen}"]`) !== null, name, { polling: 'raf' });
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  const position = (sorted.length - 1) * fraction;
  const lower = sorted[Math.floor(position)] ?? 0;
  const upper = sorted[Math.ceil(position)] ?? lower;
  return lower + (upper - lower) * (position - Math.floor(position));
}
