import { createActor, fromPromise, SimulatedClock } from 'xstate';
import type { AccountSummary, HoldView } from '../../src/circulation/circulation.types.ts';
import type { Language } from '../../src/domain/language.ts';
import type { CheckPinInput } from '../../src/sessions/card-and-pin.machine.ts';
import { stationSessionMachine } from '../../src/sessions/station-session.machine.ts';
import type {
  CheckoutResult,
  LoadStationAccountInput,
  ReturnResult,
  StationAccount,
  StationCheckoutInput,
  StationReceiptInput,
  StationReturnInput,
} from '../../src/sessions/station-session.types.ts';
import { stationViewOf } from '../../src/sessions/station-session.view.ts';
import type { PrintOutcome } from '../../src/sessions/terminal-session.types.ts';
import { ACCOUNT } from './kiosk-machine-harness.ts';
import { CARD, cardAndPinWithFakeCheck, fakeCheckoutResult, settlerOf, testTerminalInput } from './terminal-machine-harness.ts';

export { CARD, ITEM, READER, SECOND_CARD } from './terminal-machine-harness.ts';

export const STATION_LOCATION = 'harbour-station';
export const HOLD_ITEM = '31234000000040';

export const READY_HOLD: HoldView = {
  holdId: 41,
  itemBarcode: HOLD_ITEM,
  title: { en: 'Birds of Hong Kong', zh: '香港鳥類' },
  status: 'ready',
  pickupLocation: STATION_LOCATION,
  pickupBy: '2026-01-12T15:59:59.999Z',
};

export const STATION_ACCOUNT: StationAccount = {
  summary: { ...ACCOUNT.summary, loansCount: 1, chargesTotalCents: 450, readyHoldsCount: 1 } satisfies AccountSummary,
  loans: ACCOUNT.loans,
  charges: [{ chargeId: 3, amountCents: 450, reason: 'Overdue: The Old Man and the Sea', reasonZh: '逾期：老人與海', reasonZhHans: '逾期：老人与海', createdAt: '2026-01-02T09:00:00.000Z' }],
  readyHolds: [READY_HOLD],
};

export interface StationHarnessOptions {
  defaultLanguage?: Language;
  itemLimit?: number;
  accountFails?: boolean;
  /** The account the fake circulation loads; `STATION_ACCOUNT` unless given. */
  account?: StationAccount;
  printOutcome?: PrintOutcome;
  printerReady?: boolean;
}

/** Records what the fakes were asked, so tests can check the machine's requests. */
export interface StationCalls {
  checkPin: CheckPinInput[];
  loadAccount: LoadStationAccountInput[];
  pickUp: StationCheckoutInput[];
  borrow: StationCheckoutInput[];
  return: StationReturnInput[];
  print: StationReceiptInput[];
}

/**
 * Starts the station machine with fakes and a simulated clock. Checkouts and returns answer by barcode:
 * `refused-<reason>` is refused for that reason, `broken` throws, anything else succeeds with reference
 * `R-<barcode>`. PIN handles mean what `PIN_RESULTS` in terminal-machine-harness.ts maps them to.
 */
export function startStation(options: StationHarnessOptions = {}) {
  const clock = new SimulatedClock();
  const calls: StationCalls = { checkPin: [], loadAccount: [], pickUp: [], borrow: [], return: [], print: [] };
  const input = { ...testTerminalInput('terminal:test-station', options), location: STATION_LOCATION, itemLimit: options.itemLimit ?? 10 };
  const actor = createActor(provideFakes(options, calls), { clock, input });
  actor.start();

  const view = () => stationViewOf(actor.getSnapshot());
  return { actor, clock, calls, settle: settlerOf(actor), view };
}

export type StationHarness = ReturnType<typeof startStation>;

/** Reads the card, enters the PIN behind `pinHandle` and waits for the menu. */
export async function signIn(station: StationHarness, pinHandle = 'right'): Promise<void> {
  station.actor.send({ type: 'CODE_READ', code: CARD, eventId: 'card-read' });
  station.actor.send({ type: 'PIN_ENTERED', pinHandle });
  await station.settle();
}

function provideFakes(options: StationHarnessOptions, calls: StationCalls) {
  return stationSessionMachine.provide({
    actors: {
      cardAndPin: cardAndPinWithFakeCheck(calls.checkPin),
      loadAccount: fromPromise<StationAccount, LoadStationAccountInput>(async ({ input }) => {
        calls.loadAccount.push(input);
        if (options.accountFails) throw new Error('circulation is down');
        return options.account ?? STATION_ACCOUNT;
      }),
      pickUpItem: fromPromise<CheckoutResult, StationCheckoutInput>(async ({ input }) => fakeCheckout(input, calls.pickUp)),
      borrowItem: fromPromise<CheckoutResult, StationCheckoutInput>(async ({ input }) => fakeCheckout(input, calls.borrow)),
      returnItem: fromPromise<ReturnResult, StationReturnInput>(async ({ input }) => fakeReturn(input, calls.return)),
      printReceipt: fromPromise<PrintOutcome, StationReceiptInput>(async ({ input }) => {
        calls.print.push(input);
        return options.printOutcome ?? { outcome: 'printed' };
      }),
    },
  });
}

function fakeCheckout(input: StationCheckoutInput, log: StationCheckoutInput[]): CheckoutResult {
  log.push(input);
  const title = input.itemBarcode === HOLD_ITEM ? READY_HOLD.title : { en: 'Station Book', zh: '站內圖書' };
  return fakeCheckoutResult(input.itemBarcode, { title, dueAt: '2026-01-19T15:59:59.999Z' });
}

function fakeReturn(input: StationReturnInput, log: StationReturnInput[]): ReturnResult {
  log.push(input);
  if (input.itemBarcode === 'broken') throw new Error('circulation is down');
  if (input.itemBarcode.startsWith('refused-') || input.itemBarcode.startsWith('2')) {
    const reason = input.itemBarcode.startsWith('2') ? 'item-not-found' : (input.itemBarcode.slice(8) as 'item-not-on-loan');
    return { outcome: 'refused', reference: `R-${input.itemBarcode}`, reason, itemBarcode: input.itemBarcode };
  }
  return { outcome: 'returned', reference: `R-${input.itemBarcode}`, itemBarcode: input.itemBarcode, title: { en: 'Returned Book', zh: null }, wasOverdue: input.itemBarcode.endsWith('0') };
}
