import { assign, fromPromise, sendTo, setup } from 'xstate';
import type { Language } from '../domain/language.ts';
import { cardAndPinMachine, type CardAndPinOutput } from './card-and-pin.machine.ts';
import type {
  AccountCounts,
  CallCharges,
  CallEnding,
  CallLoan,
  CallNotice,
  CallRenewAll,
  CallRenewOne,
  MenuKey,
  PhoneCallContext,
  PhoneCallEvent,
  PhoneCallLimits,
  ReaderRequest,
  RenewAllRequest,
  RenewOneRequest,
} from './phone-call.types.ts';

/**
 * True when `*` at the PIN question takes the caller back to the card number. That needs a PIN keyed for
 * this card, so the question is being asked again after a rejection or a check that could not finish, and
 * room for another card within the per-call card limit. The phone line offers the key only after a
 * rejection but accepts it after a failed check too. At the first PIN question `*` is an invalid entry.
 */
export function canChangeCard(context: Pick<PhoneCallContext, 'pinEntered' | 'cardsUsed' | 'limits'>): boolean {
  return context.pinEntered && context.cardsUsed < context.limits.cardsPerCall;
}

function notProvided(name: string) {
  return async (): Promise<never> => {
    throw new Error(`${name} must be provided by the channel`);
  };
}

/**
 * Names every action, guard and actor of the phone call. The actors' defaults throw: the phone channel
 * provides real ones (PIN checks, circulation) and tests provide fakes or inject their results.
 */
export const phoneCallSetup = setup({
  types: {
    input: {} as PhoneCallLimits,
    context: {} as PhoneCallContext,
    events: {} as PhoneCallEvent,
  },
  actors: {
    cardAndPin: cardAndPinMachine,
    accountSummary: fromPromise<AccountCounts, ReaderRequest>(notProvided('accountSummary')),
    listLoans: fromPromise<CallLoan[], ReaderRequest>(notProvided('listLoans')),
    listCharges: fromPromise<CallCharges, ReaderRequest>(notProvided('listCharges')),
    renewAll: fromPromise<CallRenewAll, RenewAllRequest>(notProvided('renewAll')),
    renewOne: fromPromise<CallRenewOne, RenewOneRequest>(notProvided('renewOne')),
  },
  guards: {
    isKey: ({ event }, key: MenuKey) => event.type === 'KEY_PRESSED' && event.key === key,
    canReprompt: ({ context }) => context.reprompts < context.limits.maxReprompts,
    canUseAnotherCard: ({ context }) => context.cardsUsed < context.limits.cardsPerCall,
    canChangeCard: ({ context }) => canChangeCard(context),
    hasLoansOnRecord: ({ context }) => (context.summary?.loansCount ?? 0) > 0,
    isSignInOutcome: (_, params: { output: CardAndPinOutput; outcome: CardAndPinOutput['outcome'] }) => params.output.outcome === params.outcome,
    hasLoans: (_, loans: CallLoan[]) => loans.length > 0,
    hasNextLoan: ({ context }) => context.loanIndex + 1 < context.loans.length,
    hasRenewedOrRefused: (_, result: CallRenewAll) => result.renewed.length + result.refused.length > 0,
    hasRefusals: ({ context }) => (context.renewAll?.refused.length ?? 0) > 0,
  },
  actions: {
    resetReprompts: assign({ reprompts: 0 }),
    countReprompt: assign({ reprompts: ({ context }) => context.reprompts + 1, notice: (_, notice: CallNotice) => notice }),
    setNotice: assign({ notice: (_, notice: CallNotice) => notice }),
    clearNotice: assign({ notice: null }),
    setLanguage: assign({ language: (_, language: Language) => language }),
    acceptCard: assign({
      cardHandle: ({ event }) => (event.type === 'CARD_ENTERED' ? event.cardHandle : null),
      cardsUsed: ({ context }) => context.cardsUsed + 1,
    }),
    /** A card lost with a restart is keyed again and does not count as another card. */
    uncountCard: assign({ cardsUsed: ({ context }) => Math.max(0, context.cardsUsed - 1) }),
    forwardPin: sendTo('cardAndPin', ({ event }) => event),
    notePinEntered: assign({ pinEntered: true }),
    resetPinEntered: assign({ pinEntered: false }),
    /** Lets the channel drop the card number it holds for `cardHandle`; provided by the channel. */
    forgetCard: (_, _cardHandle: string | null) => {},
    releaseCard: assign({ cardHandle: null }),
    /** Signs the reader in; a reader still on the default PIN hears a reminder before the account summary. */
    signIn: assign({
      readerId: (_, output: CardAndPinOutput) => (output.outcome === 'authenticated' ? output.reader.readerId : null),
      notice: (_, output: CardAndPinOutput) => (output.outcome === 'authenticated' && output.reader.isDefaultPin ? ('default-pin' as const) : null),
    }),
    signOut: assign({ readerId: null, summary: null, loans: [], loanIndex: 0, charges: null, renewAll: null, renewOne: null }),
    rememberSummary: assign({ summary: (_, summary: AccountCounts) => summary }),
    rememberLoans: assign({ loans: (_, loans: CallLoan[]) => loans, loanIndex: 0 }),
    nextLoan: assign({ loanIndex: ({ context }) => context.loanIndex + 1 }),
    rememberCharges: assign({ charges: (_, charges: CallCharges) => charges }),
    rememberRenewAll: assign({ renewAll: (_, result: CallRenewAll) => result }),
    rememberRenewOne: assign({ renewOne: (_, result: CallRenewOne) => result }),
    endCall: assign({ ending: (_, ending: CallEnding) => ending }),
  },
});
