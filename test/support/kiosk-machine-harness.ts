import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import type { AuthenticatedReader, PinCheckResult } from '../../src/auth/pin-check.types.ts';
import type { AccountSummary, LoanView } from '../../src/circulation/circulation.types.ts';
import type { Language } from '../../src/domain/language.ts';
import { cardAndPinMachine, type CheckPinInput } from '../../src/sessions/card-and-pin.machine.ts';
import { kioskSessionMachine } from '../../src/sessions/kiosk-session.machine.ts';
import type {
  BorrowItemInput,
  ChangePinInput,
  CheckoutResult,
  KioskAccount,
  KioskPinChangeOutcome,
  LoadAccountInput,
  PrintReceiptInput,
} from '../../src/sessions/kiosk-session.types.ts';
import { DEFAULT_KIOSK_TIMINGS, type PrintOutcome } from '../../src/sessions/terminal-session.types.ts';

/** A card number that passes the `library14` rules (type 2, Luhn check digit). */
export const CARD = '21234000000018';
export const SECOND_CARD = '21234000000026';
/** Item barcodes start with 3, so the kiosk does not take them for cards. */
export const ITEM = '31234000000016';

export const READER: AuthenticatedReader = { readerId: 7, cardNumber: CARD, name: 'Chan Tai Man', language: 'zh-Hans', isDefaultPin: false };

/**
 * PIN handles the fake PIN check understands; in these tests a handle stands for the PIN behind it.
 * `right` signs in, `default` signs in with the default PIN, anything else is rejected.
 */
export const PIN_RESULTS: Record<string, PinCheckResult> = {
  right: { outcome: 'accepted', reader: READER },
  default: { outcome: 'accepted', reader: { ...READER, isDefaultPin: true } },
  busy: { outcome: 'busy' },
  fault: { outcome: 'fault' },
  blocked: { outcome: 'source-blocked' },
  refused: { outcome: 'default-pin-refused' },
};

export const ACCOUNT: KioskAccount = {
  summary: { readerId: 7, loansCount: 1, overdueCount: 0, chargesTotalCents: 0, currency: 'HKD', readyHoldsCount: 0 } satisfies AccountSummary,
  loans: [
    {
      loanId: 1,
      itemBarcode: '31234000000024',
      title: { en: 'The Old Man and the Sea', zh: '老人與海' },
      borrowedAt: '2026-01-01T09:00:00.000Z',
      dueAt: '2026-01-15T09:00:00.000Z',
      renewals: 0,
      renewalsLeft: 5,
      overdue: false,
      renewable: { ok: true },
    } satisfies LoanView,
  ],
};

export interface KioskHarnessOptions {
  defaultLanguage?: Language;
  accountFails?: boolean;
  printOutcome?: PrintOutcome;
  printerReady?: boolean;
}

/** Records what the fakes were asked, so tests can check the machine's requests. */
export interface HarnessCalls {
  checkPin: CheckPinInput[];
  changePin: ChangePinInput[];
  borrow: BorrowItemInput[];
  print: PrintReceiptInput[];
}

/**
 * Starts the kiosk machine with fakes and a simulated clock. The fake borrowing decides by barcode: `refused-<reason>`
 * is refused for that reason, `broken` throws, anything else is borrowed with reference `R-<barcode>`.
 */
export function startKiosk(options: KioskHarnessOptions = {}) {
  const clock = new SimulatedClock();
  const calls: HarnessCalls = { checkPin: [], changePin: [], borrow: [], print: [] };
  const actor = createActor(provideFakes(options, calls), {
    clock,
    input: {
      source: 'terminal:test-kiosk',
      defaultLanguage: options.defaultLanguage ?? 'zh-Hant',
      maxPinTries: 3,
      cardRules: { format: 'library14', minLength: 6, maxLength: 19 },
      timings: DEFAULT_KIOSK_TIMINGS,
      pinLength: { min: 4, max: 12 },
      devices: { cardReader: 'ready', printer: options.printerReady === false ? 'absent' : 'ready' },
    },
  });
  actor.start();

  // The card-and-PIN machine's changes do not show in the kiosk's snapshot, so it is waited for on its own.
  // The timeout only turns a stuck test into a quick failure.
  const settle = async () => {
    const pinCheck = actor.getSnapshot().children.cardAndPin;
    if (pinCheck) await waitFor(pinCheck, (snapshot) => !snapshot.hasTag('busy'), { timeout: 5_000 });
    await waitFor(actor, (snapshot) => !snapshot.hasTag('busy'), { timeout: 5_000 });
  };
  return { actor, clock, calls, settle };
}

function provideFakes(options: KioskHarnessOptions, calls: HarnessCalls) {
  return kioskSessionMachine.provide({
    actors: {
      cardAndPin: cardAndPinMachine.provide({
        actors: {
          checkPin: fromPromise<PinCheckResult, CheckPinInput>(async ({ input }) => {
            calls.checkPin.push(input);
            return PIN_RESULTS[input.pinHandle] ?? { outcome: 'rejected' };
          }),
        },
      }),
      changePin: fromPromise<KioskPinChangeOutcome, ChangePinInput>(async ({ input }) => {
        calls.changePin.push(input);
        if (input.newPinHandle !== input.confirmPinHandle) return { outcome: 'mismatch' };
        if (input.newPinHandle === '1234') return { outcome: 'not-allowed', reason: 'run' };
        if (input.newPinHandle === 'busy') return { outcome: 'busy' };
        return { outcome: 'changed' };
      }),
      loadAccount: fromPromise<KioskAccount, LoadAccountInput>(async () => {
        if (options.accountFails) throw new Error('circulation is down');
        return ACCOUNT;
      }),
      borrowItem: fromPromise<CheckoutResult, BorrowItemInput>(async ({ input }) => fakeBorrow(input, calls)),
      printReceipt: fromPromise<PrintOutcome, PrintReceiptInput>(async ({ input }) => {
        calls.print.push(input);
        return options.printOutcome ?? { outcome: 'printed' };
      }),
    },
  });
}

function fakeBorrow(input: BorrowItemInput, calls: HarnessCalls): CheckoutResult {
  calls.borrow.push(input);
  if (input.itemBarcode === 'broken') throw new Error('circulation is down');
  if (input.itemBarcode.startsWith('refused-')) {
    return { outcome: 'refused', reference: `R-${input.itemBarcode}`, reason: input.itemBarcode.slice(8) as 'item-not-found', itemBarcode: input.itemBarcode };
  }
  const loan = { loanId: 9, itemBarcode: input.itemBarcode, title: { en: 'Borrowed Book', zh: null }, dueAt: '2026-01-19T09:00:00.000Z' };
  return { outcome: 'borrowed', reference: `R-${input.itemBarcode}`, loan };
}

export type KioskHarness = ReturnType<typeof startKiosk>;
