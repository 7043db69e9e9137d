import { DEMO_READERS, DEMO_STATION_LOCATION, demoStationStockBarcodes, type buildDemoSeed, type DemoItemNote } from '../../../src/demo/demo-seed.ts';
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

/**
 * The items a station visit uses, from the demo seed: holds ready here, the first reader's loans to return, then
 * station stock; each with a note naming whose it is and what scanning it does.
 */
export function demoStationItems(seed: ReturnType<typeof buildDemoSeed>): DemoItem[] {
  const titleOf = new Map(seed.items.map((item) => [item.barcode, `${item.title} · ${item.titleZh}`]));
  const nameOf = new Map(DEMO_READERS.map((reader) => [reader.card, reader.name]));
  const firstReader = DEMO_READERS[0]!;
  const notes = new Map<string, DemoItemNote>();
  for (const hold of seed.holds) {
    if (hold.pickupAt === DEMO_STATION_LOCATION && hold.status === 'ready') notes.set(hold.item, { kind: 'ready-for', name: nameOf.get(hold.card) ?? hold.card });
  }
  for (const loan of seed.loans) if (loan.card === firstReader.card) notes.set(loan.item, { kind: 'on-loan-to', name: firstReader.name });
  for (const barcode of demoStationStockBarcodes().slice(0, STOCK_ITEMS_SHOWN)) notes.set(barcode, { kind: 'on-shelf' });

  return [...notes].map(([barcode, note]) => ({ barcode, title: titleOf.get(barcode) ?? barcode, note }));
}
