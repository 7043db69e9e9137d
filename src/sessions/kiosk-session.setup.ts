import { assign, fromPromise, sendTo, setup } from 'xstate';
import { BORROW_BLOCKS } from '../domain/checkout-rules.ts';
import { cardAndPinMachine, type CardAndPinOutput } from './card-and-pin.machine.ts';
import type {
  BorrowItemInput,
  ChangePinInput,
  CheckNewPinInput,
  CheckoutResult,
  KioskAccount,
  KioskContext,
  KioskEvent,
  KioskNewPinCheckOutcome,
  KioskPinChangeOutcome,
  KioskSessionInput,
  LoadAccountInput,
  PrintReceiptInput,
} from './kiosk-session.types.ts';
import { checkedCard, clearedTerminalSession, rejectedCodeNotice } from './terminal-session.records.ts';
import { terminalSessionGuards } from './terminal-session.states.ts';
import { terminalSessionDelays } from './terminal-session.timers.ts';
import type { PrintOutcome, SessionEndReason } from './terminal-session.types.ts';

/** The outcome of checking or changing a new PIN, which the same guard and action read. */
type PinStepOutcome = KioskPinChangeOutcome | KioskNewPinCheckOutcome;

function mustBeProvided(name: string) {
  return async (): Promise<never> => {
    throw new Error(`The kiosk session's ${name} actor must be provided`);
  };
}

/**
 * Names every action, guard, actor and delay of the kiosk session. The actors' defaults throw: the session
 * adapter provides real ones (PIN service, circulation, printer) and tests provide fakes.
 */
export const kioskSessionSetup = setup({
  types: {
    input: {} as KioskSessionInput,
    context: {} as KioskContext,
    events: {} as KioskEvent,
    children: {} as { cardAndPin: 'cardAndPin' },
    tags: {} as 'busy',
  },
  actors: {
    cardAndPin: cardAndPinMachine,
    checkNewPin: fromPromise<KioskNewPinCheckOutcome, CheckNewPinInput>(mustBeProvided('checkNewPin')),
    changePin: fromPromise<KioskPinChangeOutcome, ChangePinInput>(mustBeProvided('changePin')),
    loadAccount: fromPromise<KioskAccount, LoadAccountInput>(mustBeProvided('loadAccount')),
    borrowItem: fromPromise<CheckoutResult, BorrowItemInput>(mustBeProvided('borrowItem')),
    printReceipt: fromPromise<PrintOutcome, PrintReceiptInput>(mustBeProvided('printReceipt')),
  },
  delays: terminalSessionDelays,
  guards: {
    ...terminalSessionGuards,
    isSignedInWithDefaultPin: (_, output: CardAndPinOutput) => output.outcome === 'authenticated' && output.reader.isDefaultPin,
    isPinChangeToRetry: (_, output: PinStepOutcome) => output.outcome === 'mismatch' || output.outcome === 'not-allowed',
    hasBorrowed: ({ context }) => context.borrowed.length > 0,
    // A reader whose account showed a block can only scan from the account screen, since it offers no Borrow
    // button. A refusal for a block, before anything was borrowed, keeps them there, where the block is
    // explained, rather than moving them to a borrow screen that invites more scans.
    isBlockedBeforeAnyLoan: ({ context }, result: CheckoutResult) =>
      Boolean(context.account?.summary.borrowBlock) &&
      context.borrowed.length === 0 &&
      result.outcome === 'refused' &&
      (BORROW_BLOCKS as readonly string[]).includes(result.reason),
  },
  actions: {
    resetSession: assign(({ context }) => ({ ...clearedTerminalSession(context), ...emptySessionFields() })),
    chooseLanguage: assign(({ context, event }) =>
      event.type === 'SET_LANGUAGE' ? { language: event.language, languageChosen: true } : { language: context.language },
    ),
    updateDevices: assign({
      devices: ({ context, event }) => (event.type === 'DEVICES_CHANGED' ? { ...context.devices, ...event.devices } : context.devices),
    }),
    rememberCard: assign({
      card: ({ context, event }) => (event.type === 'CODE_READ' ? checkedCard(event.code, context.cardRules) : context.card),
      notice: null,
    }),
    noteRejectedCode: assign({
      notice: ({ context, event }) => (event.type === 'CODE_READ' ? rejectedCodeNotice(event.code, context.cardRules) : context.notice),
    }),
    noteReadFailure: assign({
      notice: ({ context, event }) => (event.type === 'READ_FAILED' ? { kind: 'read-failed' as const, reason: event.reason } : context.notice),
    }),
    clearNotice: assign({ notice: null }),
    forwardToPinCheck: sendTo('cardAndPin', ({ event }) => (event.type === 'PIN_ENTERED' ? event : { type: 'CANCEL' as const })),
    rememberReader: assign(({ context }, output: CardAndPinOutput) => {
      if (output.outcome !== 'authenticated') return {};
      const language = context.languageChosen ? context.language : output.reader.language;
      return { reader: output.reader, language };
    }),
    // A notice about the last action would be stale on the goodbye screen, so ending the session clears it.
    endSession: assign({ endReason: (_, reason: SessionEndReason) => reason, notice: null }),
    rememberNewPin: assign({
      newPinHandle: (_, output: KioskNewPinCheckOutcome) => (output.outcome === 'allowed' ? output.newPinHandle : null),
      pinChangeProblem: null,
    }),
    forgetNewPin: assign({ newPinHandle: null }),
    notePinChangeProblem: assign({
      newPinHandle: null,
      pinChangeProblem: (_, output: PinStepOutcome) => {
        if (output.outcome === 'not-allowed') return { kind: 'not-allowed' as const, reason: output.reason };
        if (output.outcome === 'mismatch' || output.outcome === 'busy') return { kind: output.outcome };
        return { kind: 'fault' as const };
      },
    }),
    notePinChanged: assign({ newPinHandle: null, pinChangeProblem: null, notice: { kind: 'pin-changed' as const } }),
    rememberAccount: assign({ account: (_, account: KioskAccount) => account }),
    noteAccountUnavailable: assign({ account: null, notice: { kind: 'account-unavailable' as const } }),
    rememberScan: assign({
      pendingScan: ({ event }) => (event.type === 'CODE_READ' ? { code: event.code.trim(), eventId: event.eventId } : null),
      notice: null,
    }),
    noteCardScanned: assign({ notice: { kind: 'card-not-item' as const }, lastScan: null }),
    recordCheckout: assign(({ context }, result: CheckoutResult) => {
      if (result.outcome === 'refused') {
        const lastScan = { outcome: 'refused' as const, itemBarcode: result.itemBarcode, title: result.title ?? null, reason: result.reason };
        return { pendingScan: null, lastScan };
      }
      const item = { itemBarcode: result.loan.itemBarcode, title: result.loan.title, dueAt: result.loan.dueAt, reference: result.reference };
      const borrowed = context.borrowed.some((known) => known.reference === item.reference) ? context.borrowed : [...context.borrowed, item];
      return { pendingScan: null, borrowed, lastScan: { outcome: 'borrowed' as const, item } };
    }),
    recordBorrowFault: assign(({ context }) => ({
      pendingScan: null,
      lastScan: { outcome: 'fault' as const, itemBarcode: context.pendingScan?.code ?? '' },
    })),
    notePrintProblem: assign({
      printProblem: (_, outcome: PrintOutcome | null) => (outcome && outcome.outcome === 'failed' ? outcome.problem : 'fault'),
    }),
    noteTimeLimitNear: assign({ timeLimitNear: true }),
  },
});

/** Returns the kiosk's own fields of a reader's session as they are before the reader does anything. */
export function emptySessionFields(): Pick<KioskContext, 'account' | 'borrowed' | 'lastScan' | 'pendingScan' | 'newPinHandle' | 'pinChangeProblem' | 'notice'> {
  return {
    account: null,
    borrowed: [],
    lastScan: null,
    pendingScan: null,
    newPinHandle: null,
    pinChangeProblem: null,
    notice: null,
  };
}
