import { createActor, fromPromise, SimulatedClock } from 'xstate';
import type { AccountSummary, LoanView } from '../../src/circulation/circulation.types.ts';
import type { Language } from '../../src/domain/language.ts';
import type { CheckPinInput } from '../../src/sessions/card-and-pin.machine.ts';
import { kioskSessionMachine } from '../../src/sessions/kiosk-session.machine.ts';
import type {
  BorrowItemInput,
  ChangePinInput,
  CheckNewPinInput,
  CheckoutResult,
  KioskAccount,
  KioskNewPinCheckOutcome,
  KioskPinChangeOutcome,
  LoadAccountInput,
  PrintReceiptInput,
} from '../../src/sessions/kiosk-session.types.ts';
import type { PrintOutcome } from '../../src/sessions/terminal-session.types.ts';
import { cardAndPinWithFakeCheck, fakeCheckoutResult, settlerOf, testTerminalInput } from './terminal-machine-harness.ts';

export { CARD, ITEM, PIN_RESULTS, READER, SECOND_CARD } from './terminal-machine-harness.ts';

export const ACCOUNT: KioskAccount = {
  summary: { readerId: 7, loansCount: 1, overdueCount: 0, chargesTotalCents: 0, currency: 'HKD', readyHoldsCount: 0, borrowBlock: null } satisfies AccountSummary,
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
  /** The account the fake circulation loads; `ACCOUNT` unless given. */
  account?: KioskAccount;
  printOutcome?: PrintOutcome;
  printerReady?: boolean;
}

/** Records what the fakes were asked, so tests can check the machine's requests. */
export interface HarnessCalls {
  checkPin: CheckPinInput[];
  checkNewPin: CheckNewPinInput[];
  changePin: ChangePinInput[];
  borrow: BorrowItemInput[];
  print: PrintReceiptInput[];
}

/**
 * Starts the kiosk machine with fakes and a simulated clock. The fake borrowing decides by barcode: `refused-<reason>`
 * is refused for that reason, `broken` throws, anything else is borrowed with reference `R-<barcode>`. New-PIN handles
 * stand for the PIN: the check refuses `1234` as a run and returns busy for `busy-check`, and the change
 * refuses `refused-at-change` as common and returns busy for `busy`.
 */
export function startKiosk(options: KioskHarnessOptions = {}) {
  const clock = new SimulatedClock();
  const calls: HarnessCalls = { checkPin: [], checkNewPin: [], changePin: [], borrow: [], print: [] };
  const actor = createActor(provideFakes(options, calls), { clock, input: testTerminalInput('terminal:test-kiosk', options) });
  actor.start();

  return { actor, clock, calls, settle: settlerOf(actor) };
}

function provideFakes(options: KioskHarnessOptions, calls: HarnessCalls) {
  return kioskSessionMachine.provide({
    actors: {
      cardAndPin: cardAndPinWithFakeCheck(calls.checkPin),
      checkNewPin: fromPromise<KioskNewPinCheckOutcome, CheckNewPinInput>(async ({ input }) => {
        calls.checkNewPin.push(input);
        if (input.newPinHandle === '1234') return { outcome: 'not-allowed', reason: 'run' };
        if (input.newPinHandle === 'busy-check') return { outcome: 'busy' };
        return { outcome: 'allowed', newPinHandle: input.newPinHandle };
      }),
      changePin: fromPromise<KioskPinChangeOutcome, ChangePinInput>(async ({ input }) => {
        calls.changePin.push(input);
        if (input.newPinHandle !== input.confirmPinHandle) return { outcome: 'mismatch' };
        if (input.newPinHandle === 'refused-at-change') return { outcome: 'not-allowed', reason: 'common' };
        if (input.newPinHandle === 'busy') return { outcome: 'busy' };
        return { outcome: 'changed' };
      }),
      loadAccount: fromPromise<KioskAccount, LoadAccountInput>(async () => {
        if (options.accountFails) throw new Error('circulation is down');
        return options.account ?? ACCOUNT;
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
  return fakeCheckoutResult(input.itemBarcode, { title: { en: 'Borrowed Book', zh: null }, dueAt: '2026-01-19T09:00:00.000Z' });
}

export type KioskHarness = ReturnType<typeof startKiosk>;
