import type { TerminalView } from '../../src/sessions/kiosk-view.types.ts';
import type { ScreenRenderer } from './screen-context.ts';
import { accountScreen, borrowScreen, goodbyeScreen, receiptScreen } from './screens/loan-screens.ts';
import { cardScreen, pinChangeOfferScreen, pinScreen, welcomeScreen } from './screens/sign-in-screens.ts';
import { pickupScreen, returnsScreen, stationBorrowScreen } from './screens/station-checkout-screens.ts';
import { chargesScreen, loansScreen, menuScreen, stationGoodbyeScreen, stationReceiptScreen, stationWelcomeScreen } from './screens/station-visit-screens.ts';

/**
 * The renderer of each screen, by terminal mode and screen name. Kiosks and stations share the card and PIN
 * screens and the frame around every screen (languages, idle dialog, device problems).
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
  'station:welcome': stationWelcomeScreen,
  'station:card': cardScreen,
  'station:pin': pinScreen,
  'station:menu': menuScreen,
  'station:pickup': pickupScreen,
  'station:borrow': stationBorrowScreen,
  'station:loans': loansScreen,
  'station:charges': chargesScreen,
  'station:returns': returnsScreen,
  'station:receipt': stationReceiptScreen,
  'station:goodbye': stationGoodbyeScreen,
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
