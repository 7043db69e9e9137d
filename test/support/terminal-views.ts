import type { KioskScreen, KioskView, TerminalViewFrame } from '../../src/sessions/kiosk-view.types.ts';
import type { StationScreen, StationView } from '../../src/sessions/station-view.types.ts';

/** The frame around a test screen: English, both devices ready, nothing busy and no dialog open. */
const TEST_FRAME: TerminalViewFrame = {
  language: 'en',
  settings: { idleWarningSeconds: 60, pinMinLength: 4, pinMaxLength: 12 },
  busy: false,
  idleWarning: null,
  timeLimitNear: false,
  devices: { cardReader: 'ready', printer: 'ready' },
};

/** Builds a kiosk view of `screen` in the test frame, with no notice unless `extra` sets one. */
export function kioskTestView(screen: KioskScreen, extra: Partial<KioskView> = {}): KioskView {
  return { mode: 'kiosk', ...TEST_FRAME, screen, notice: null, ...extra };
}

/** Builds a station view of `screen` in the test frame, with no notice unless `extra` sets one. */
export function stationTestView(screen: StationScreen, extra: Partial<StationView> = {}): StationView {
  return { mode: 'station', ...TEST_FRAME, screen, notice: null, ...extra };
}
