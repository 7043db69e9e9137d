import { DAY_MS } from '../domain/clock.ts';
import { luhnCheckDigit } from '../domain/card-number.ts';

/** A demo reader as `npm start` prints it: the card to present and the PIN to type. */
export interface DemoReader {
  card: string;
  name: string;
  pin: string;
  language: 'en' | 'zh-Hant' | 'zh-Hans';
  story: string;
}

/** The station where demo holds wait; the demo station terminal uses the same code. */
export const DEMO_STATION_LOCATION = 'central-station';

function readerCard(serial: number): string {
  const body = `27301${String(serial).padStart(8, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

function itemBarcode(serial: number): string {
  const body = `37301${String(serial).padStart(8, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

export const DEMO_READERS: readonly DemoReader[] = [
  { card: readerCard(1001), name: '陳大文', pin: '5803', language: 'zh-Hant', story: 'two loans, one overdue; a reserved item ready at the station' },
  { card: readerCard(1002), name: '王小明', pin: '2178', language: 'zh-Hans', story: 'still on the default PIN (last 4 phone digits)' },
  { card: readerCard(1003), name: 'Emily Clarke', pin: '3917', language: 'en', story: 'one loan reserved by another reader, one at its renewal limit' },
  { card: readerCard(1004), name: '李嘉欣', pin: '6241', language: 'zh-Hant', story: 'ten items on loan: the item limit' },
  { card: readerCard(1005), name: 'Ho Wing Kei', pin: '8352', language: 'en', story: 'charges over the limit block borrowing and renewing' },
];

const TITLES: ReadonlyArray<readonly [string, string]> = [
  ['Journey to the West', '西遊記'],
  ['Dream of the Red Chamber', '紅樓夢'],
  ['Romance of the Three Kingdoms', '三國演義'],
  ['Water Margin', '水滸傳'],
  ['The Analects', '論語'],
  ['Pride and Prejudice', '傲慢與偏見'],
  ['The Little Prince', '小王子'],
  ['A Concise History of Hong Kong', '香港簡史'],
  ['Cantonese Cooking at Home', '家常粵菜'],
  ['Hiking Trails of the New Territories', '新界遠足徑'],
  ['Introduction to Astronomy', '天文學入門'],
  ['The Art of Chinese Calligraphy', '中國書法藝術'],
  ['Gardening on a Balcony', '露台種植'],
  ['Learning Python', '學習Python'],
  ['Birds of Hong Kong', '香港鳥類'],
  ['Tea: A Global History', '茶的世界史'],
  ['Short Stories of Lu Xun', '魯迅短篇小說集'],
  ['Moonlight over the Harbour', '海港月色'],
  ['Walking Victoria Peak', '漫步太平山'],
  ["Children's Songs in Cantonese", '粵語童謠'],
];

/** Barcodes of the second copies that make up the demo station's own stock. */
export function demoStationStockBarcodes(): string[] {
  return Array.from({ length: 20 }, (_, index) => itemBarcode(101 + index));
}

/**
 * Builds the demo seed document in the `pin-service seed` format, with dates relative to `now` so there
 * are always current and overdue loans.
 */
export function buildDemoSeed(now: Date) {
  const daysFromNow = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString();
  const items = [
    ...TITLES.map(([title, titleZh], index) => ({ barcode: itemBarcode(index + 1), title, titleZh })),
    ...demoStationStockBarcodes().map((barcode, index) => ({ barcode, title: TITLES[index % TITLES.length]![0], titleZh: TITLES[index % TITLES.length]![1] })),
  ];
  const [chan, , emily, lee, ho] = DEMO_READERS.map((reader) => reader.card) as [string, string, string, string, string];
  const loan = (card: string, item: number, borrowedDaysAgo: number, renewals = 0) => ({
    card,
    item: itemBarcode(item),
    borrowedAt: daysFromNow(-borrowedDaysAgo),
    dueAt: daysFromNow(14 - borrowedDaysAgo),
    renewals,
  });

  return {
    readers: [
      { card: chan, name: '陳大文', phone: '9123 4871', pin: '5803', language: 'zh-Hant' },
      { card: DEMO_READERS[1]!.card, name: '王小明', phone: '6543 2178', language: 'zh-Hans' },
      { card: emily, name: 'Emily Clarke', phone: '5566 7812', pin: '3917', language: 'en' },
      { card: lee, name: '李嘉欣', phone: '9876 0453', pin: '6241', language: 'zh-Hant' },
      { card: ho, name: 'Ho Wing Kei', phone: '6020 3391', pin: '8352', language: 'en' },
    ],
    items,
    loans: [
      loan(chan, 1, 5),
      loan(chan, 2, 20),
      loan(emily, 3, 10),
      loan(emily, 4, 3, 5),
      ...Array.from({ length: 10 }, (_, index) => loan(lee, 5 + index, 2 + index)),
      loan(ho, 15, 30),
    ],
    holds: [
      { card: chan, item: itemBarcode(16), status: 'ready', pickupAt: DEMO_STATION_LOCATION },
      { card: lee, item: itemBarcode(3), status: 'waiting', pickupAt: DEMO_STATION_LOCATION },
    ],
    charges: [
      { card: chan, amount: 4.5, reason: 'Overdue: Dream of the Red Chamber', reasonZh: '逾期：紅樓夢' },
      { card: ho, amount: 150, reason: 'Lost item: Birds of Hong Kong', reasonZh: '遺失資料：香港鳥類' },
    ],
  };
}

/** Note the demo panel shows beside an item, so a newcomer can expect what scanning it does. */
export type DemoItemNote = { kind: 'on-shelf' } | { kind: 'on-loan-to-another' } | { kind: 'ready-for'; name: string } | { kind: 'on-loan-to'; name: string };

/** Items a newcomer can scan at the demo kiosk: four on the shelf, and one already on loan to show a refusal. */
export function demoShelfItems(): Array<{ barcode: string; title: string; note: DemoItemNote }> {
  const titleOf = (serial: number) => `${TITLES[serial - 1]![0]} · ${TITLES[serial - 1]![1]}`;
  const shelf = [17, 18, 19, 20].map((serial) => ({ barcode: itemBarcode(serial), title: titleOf(serial), note: { kind: 'on-shelf' } as const }));
  return [...shelf, { barcode: itemBarcode(3), title: titleOf(3), note: { kind: 'on-loan-to-another' } }];
}
