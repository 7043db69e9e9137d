import type { SimulatedClock } from 'xstate';
import { loadSeedDocument } from '../../src/seed/seed.service.ts';
import { startKioskRig, type KioskRig } from './kiosk-rig.ts';
import { TEST_READERS, type TerminalTestServices } from './terminal-test-services.ts';

export const STATION_LOCATION = 'harbour-station';

export const STATION_ARTIFACTS_DIR = new URL('../../test-artifacts/station/', import.meta.url).pathname;

/** Chan's reserved item, ready at this station, and three items of the station's own stock. */
export const STATION_ITEMS = {
  held: { barcode: '31234000000073', title: 'Birds of Hong Kong', titleZh: '香港鳥類' },
  stock: [
    { barcode: '31234000000081', title: 'Hiking Trails of the New Territories', titleZh: '新界遠足徑' },
    { barcode: '31234000000099', title: 'Tea: A Global History', titleZh: '茶的世界史' },
    { barcode: '31234000000107', title: 'The Little Prince', titleZh: '小王子' },
  ],
} as const;

/** The item Chan already has on loan from the terminal test seed; returning it needs no card. */
export const CHAN_LOAN_ITEM = { barcode: '31234000000024', title: 'Dream of the Red Chamber', titleZh: '紅樓夢' } as const;

const STATION_SEED = {
  items: [STATION_ITEMS.held, ...STATION_ITEMS.stock],
  holds: [{ card: TEST_READERS.chan.card, item: STATION_ITEMS.held.barcode, status: 'ready', pickupAt: STATION_LOCATION }],
  charges: [{ card: TEST_READERS.chan.card, amount: 4.5, reason: 'Overdue: Dream of the Red Chamber', reasonZh: '逾期：紅樓夢' }],
};

/** Loads Chan's ready hold at `STATION_LOCATION`, a charge and the station's stock into the test service. */
export async function seedStation(context: TerminalTestServices): Promise<void> {
  const report = await loadSeedDocument(STATION_SEED, context.services, 'en');
  if (report.problems.length > 0) throw new Error(`station seed rejected: ${JSON.stringify(report.problems)}`);
}

export interface StationRigOptions {
  timers?: SimulatedClock;
  itemLimit?: number;
  hardenedProfile?: boolean;
}

/**
 * A whole station on this machine, as the kiosk rig builds a kiosk: the central service on a real SQLite file,
 * the terminal agent, a barcode card reader and a printer on socat pseudo-terminals. The terminal is enrolled
 * as a station at `STATION_LOCATION`, and the database also holds Chan's ready hold there, a charge and the
 * station's stock.
 */
export function startStationRig(options: StationRigOptions = {}): Promise<KioskRig> {
  return startKioskRig({
    timers: options.timers,
    async enrol(context) {
      await seedStation(context);
      return context.enrolStation('station-e2e', STATION_LOCATION, { itemLimit: options.itemLimit, hardenedProfile: options.hardenedProfile });
    },
  });
}
