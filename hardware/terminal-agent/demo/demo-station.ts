import { DEMO_READERS, DEMO_STATION_LOCATION, demoStationStockBarcodes, type buildDemoSeed } from '../../../src/demo/demo-seed.ts';
import type { DemoCard, DemoItem } from './demo-panel.ts';
import { startDemoTerminal, type DemoTerminal, type DemoTerminalOptions } from './demo-terminal.ts';

/** Station stock items the demo panel offers; enough to borrow up to the limit of 10 and see the refusal. */
const STOCK_ITEMS_SHOWN = 11;

export type DemoStationOptions = Omit<DemoTerminalOptions, 'mode' | 'location' | 'cards' | 'items'> & {
  /** The demo seed the service was loaded with; the panel offers its cards and the items that matter here. */
  seed: ReturnType<typeof buildDemoSeed>;
};

/**
 * Starts the demo station at `DEMO_STATION_LOCATION` (`demo-station` unless named), next to the demo kiosk.
 * Its panel offers every demo card and the items a station visit needs: the holds waiting there, items on
 * loan to return with no PIN, and the station's own stock to borrow.
 */
export function startDemoStation(options: DemoStationOptions): Promise<DemoTerminal> {
  const { seed, ...terminal } = options;
  return startDemoTerminal({ ...terminal, mode: 'station', location: DEMO_STATION_LOCATION, cards: demoStationCards(), items: demoStationItems(seed) });
}

export function demoStationCards(): DemoCard[] {
  return DEMO_READERS.map((reader) => ({ card: reader.card, name: reader.name, pin: reader.pin }));
}

/** The items a station visit uses, from the demo seed: holds waiting here, loans to return, then station stock. */
export function demoStationItems(seed: ReturnType<typeof buildDemoSeed>): DemoItem[] {
  const titleOf = new Map(seed.items.map((item) => [item.barcode, `${item.title} · ${item.titleZh}`]));
  const held = seed.holds.filter((hold) => hold.pickupAt === DEMO_STATION_LOCATION).map((hold) => hold.item);
  const firstReaderLoans = seed.loans.filter((loan) => loan.card === DEMO_READERS[0]?.card).map((loan) => loan.item);
  const stock = demoStationStockBarcodes().slice(0, STOCK_ITEMS_SHOWN);

  return [...new Set([...held, ...firstReaderLoans, ...stock])].map((barcode) => ({ barcode, title: titleOf.get(barcode) ?? barcode }));
}
