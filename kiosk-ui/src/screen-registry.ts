import type { TerminalView } from '../../src/sessions/kiosk-view.types.ts';
import type { ScreenRenderer } from './screen-context.ts';
import { accountScreen, borrowScreen, goodbyeScreen, receiptScreen } from './screens/loan-screens.ts';
import { cardScreen, pinChangeOfferScreen, pinScreen, welcomeScreen } from './screens/sign-in-screens.ts';

/**
 * The renderer of each screen, by terminal mode and screen name. A station mode adds its own entries; the
 * frame around screens (languages, idle dialog, device problems) is shared.
 */
const SCREENS: Record<string, ScreenRenderer> = {
  'kiosk:welcome': welcomeScreen,
  'kiosk:card': cardScreen,
  'kiosk:pin': pinScreen,
  'kiosk:pin-change-offer': pinChangeOfferScreen,
  'kiosk:account': accountScreen,
  'kiosk:borrow': borrowScreen,
  'kiosk:receipt': receiptScreen,
  'kiosk:goodbye': goodbyeScreen,
};

export function rendererFor(view: TerminalView): ScreenRenderer {
  const renderer = SCREENS[`${view.mode}:${view.screen.name}`];
  if (!renderer) throw new Error(`No screen for ${view.mode}:${view.screen.name}`);
  return renderer;
}

/** Returns true on screens outside a reader session, which have no idle timeout. */
export function isOutsideSession(view: TerminalView): boolean {
  return view.screen.name === 'welcome' || view.screen.name === 'goodbye';
}
