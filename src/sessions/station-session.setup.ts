import { assign, fromPromise, sendTo, setup } from 'xstate';
import { checkCardNumber } from '../domain/card-number.ts';
import { cardAndPinMachine, type CardAndPinOutput } from './card-and-pin.machine.ts';
import {
  emptyVisit,
  rememberedCard,
  recordedCheckout,
  recordedFault,
  recordedReturn,
  scanOf,
  collectOf,
} from './station-session.records.ts';
import type {
  CheckoutResult,
  LoadStationAccountInput,
  ReturnResult,
  StationAccount,
  StationCheckoutInput,
  StationContext,
  StationEvent,
  StationReceiptInput,
  StationReturnInput,
  StationSessionInput,
} from './station-session.types.ts';
import { rejectedCodeNotice } from './terminal-session.records.ts';
import { terminalSessionGuards } from './terminal-session.states.ts';
import { terminalSessionDelays } from './terminal-session.timers.ts';
import type { PrintOutcome, SessionEndReason } from './terminal-session.types.ts';

function mustBeProvided(name: string) {
  return async (): Promise<never> => {
    throw new Error(`The station session's ${name} actor must be provided`);
  };
}

/**
 * Names every action, guard, actor and delay of the station session. The actors' defaults throw: the session
 * adapter provides real ones (PIN service, circulation, printer) and tests provide fakes.
 */
export const stationSessionSetup = setup({
  types: {
    input: {} as StationSessionInput,
    context: {} as StationContext,
    events: {} as StationEvent,
    children: {} as { cardAndPin: 'cardAndPin' },
    tags: {} as 'busy',
  },
  actors: {
    cardAndPin: cardAndPinMachine,
    loadAccount: fromPromise<StationAccount, LoadStationAccountInput>(mustBeProvided('loadAccount')),
    pickUpItem: fromPromise<CheckoutResult, StationCheckoutInput>(mustBeProvided('pickUpItem')),
    borrowItem: fromPromise<CheckoutResult, StationCheckoutInput>(mustBeProvided('borrowItem')),
    returnItem: fromPromise<ReturnResult, StationReturnInput>(mustBeProvided('returnItem')),
    printReceipt: fromPromise<PrintOutcome, StationReceiptInput>(mustBeProvided('printReceipt')),
  },
  delays: terminalSessionDelays,
  guards: {
    ...terminalSessionGuards,
    // Item barcodes share the card format but have another type digit, so the card check separates them.
    isItemBarcode: ({ context, event }) => {
      if (event.type !== 'CODE_READ') return false;
      const check = checkCardNumber(event.code, context.cardRules);
      return !check.valid && check.reason === 'not-a-reader-card';
    },
    isReadyHoldHere: ({ context, event }) => event.type === 'COLLECT' && (context.account?.readyHolds.some((hold) => hold.holdId === event.holdId) ?? false),
    hasCheckedOut: ({ context }) => context.pickedUp.length + context.borrowed.length > 0,
    hasReturned: ({ context }) => context.returned.length > 0,
  },
  actions: {
    resetSession: assign(({ context }) => emptyVisit(context)),
    chooseLanguage: assign(({ context, event }) =>
      event.type === 'SET_LANGUAGE' ? { language: event.language, languageChosen: true } : { language: context.language },
    ),
    updateDevices: assign({
      devices: ({ context, event }) => (event.type === 'DEVICES_CHANGED' ? { ...context.devices, ...event.devices } : context.devices),
    }),
    rememberCard: assign(({ context, event }) => rememberedCard(context, event)),
    noteRejectedCode: assign({
      notice: ({ context, event }) => (event.type === 'CODE_READ' ? rejectedCodeNotice(event.code, context.cardRules) : context.notice),
    }),
    noteReadFailure: assign({
      notice: ({ context, event }) => (event.type === 'READ_FAILED' ? { kind: 'read-failed' as const, reason: event.reason } : context.notice),
    }),
    clearNotice: assign({ notice: null }),
    clearResult: assign({ lastResult: null, notice: null }),
    forwardToPinCheck: sendTo('cardAndPin', ({ event }) => (event.type === 'PIN_ENTERED' ? event : { type: 'CANCEL' as const })),
    rememberReader: assign(({ context }, output: CardAndPinOutput) => {
      if (output.outcome !== 'authenticated') return {};
      const language = context.languageChosen ? context.language : output.reader.language;
      return { reader: output.reader, language, notice: output.reader.isDefaultPin ? { kind: 'default-pin' as const } : null };
    }),
    // A notice such as the default-PIN reminder would be stale on the goodbye screen, so ending the visit clears it.
    endSession: assign({ endReason: (_, reason: SessionEndReason) => reason, notice: null }),
    rememberAccount: assign({ account: (_, account: StationAccount) => account }),
    noteAccountUnavailable: assign({ account: null, notice: { kind: 'account-unavailable' as const } }),
    rememberScan: assign(({ context, event }) => ({ pending: scanOf(context, event), notice: null })),
    noteCardScanned: assign({ notice: { kind: 'card-not-item' as const }, lastResult: null }),
    rememberCollect: assign(({ context, event }) => ({ pending: collectOf(context, event), notice: null })),
    recordPickup: assign(({ context }, result: CheckoutResult) => recordedCheckout(context, result, 'pickedUp')),
    recordLoan: assign(({ context }, result: CheckoutResult) => recordedCheckout(context, result, 'borrowed')),
    recordReturn: assign(({ context }, result: ReturnResult) => recordedReturn(context, result)),
    recordFault: assign(({ context }) => recordedFault(context)),
    notePrintProblem: assign({
      printProblem: (_, outcome: PrintOutcome | null) => (outcome && outcome.outcome === 'failed' ? outcome.problem : 'fault'),
    }),
    noteTimeLimitNear: assign({ timeLimitNear: true }),
  },
});
