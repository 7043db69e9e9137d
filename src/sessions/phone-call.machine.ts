import { and, assign, fromPromise, sendTo, setup } from 'xstate';
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
 * Version of the persisted snapshot's shape. Raise it whenever a state, context field or invoke id
 * changes, so a call persisted by the previous code is ended politely instead of restored wrongly.
 */
export const PHONE_CALL_MACHINE_VERSION = 1;

const LANGUAGE_KEYS: Readonly<Record<'1' | '2' | '3', Language>> = { '1': 'zh-Hant', '2': 'zh-Hans', '3': 'en' };

function notProvided(name: string) {
  return async (): Promise<never> => {
    throw new Error(`${name} must be provided by the channel`);
  };
}

/**
 * One telephone renewal call: language, card, PIN (through the shared card-and-PIN machine), the account
 * summary and the menu with its renew and listen flows. It has no timers: the channel turns silence into
 * `NO_INPUT`. Every counter in the context is bounded by `limits` or by the loans list, so a graph of the
 * machine stays finite. States tagged `busy` wait for an invoked actor; the channel persists only when
 * none is busy, or says "please hold" and picks the result up on the next webhook.
 */
export const phoneCallMachine = setup({
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
    /** Lets the channel drop the card number it holds for `cardHandle`; provided by the channel. */
    forgetCard: (_, _cardHandle: string | null) => {},
    releaseCard: assign({ cardHandle: null }),
    signIn: assign({ readerId: (_, output: CardAndPinOutput) => (output.outcome === 'authenticated' ? output.reader.readerId : null) }),
    signOut: assign({ readerId: null, summary: null, loans: [], loanIndex: 0, charges: null, renewAll: null, renewOne: null }),
    rememberSummary: assign({ summary: (_, summary: AccountCounts) => summary }),
    rememberLoans: assign({ loans: (_, loans: CallLoan[]) => loans, loanIndex: 0 }),
    nextLoan: assign({ loanIndex: ({ context }) => context.loanIndex + 1 }),
    rememberCharges: assign({ charges: (_, charges: CallCharges) => charges }),
    rememberRenewAll: assign({ renewAll: (_, result: CallRenewAll) => result }),
    rememberRenewOne: assign({ renewOne: (_, result: CallRenewOne) => result }),
    endCall: assign({ ending: (_, ending: CallEnding) => ending }),
  },
}).createMachine({
  id: 'phoneCall',
  context: ({ input }) => ({
    limits: input,
    language: null,
    reprompts: 0,
    notice: null,
    cardsUsed: 0,
    cardHandle: null,
    readerId: null,
    summary: null,
    loans: [],
    loanIndex: 0,
    charges: null,
    renewAll: null,
    renewOne: null,
    ending: null,
  }),
  initial: 'choosingLanguage',
  on: {
    NO_INPUT: repromptOrEnd('no-input', '.ended'),
    INVALID_INPUT: repromptOrEnd('invalid-entry', '.ended'),
    KEY_PRESSED: repromptOrEnd('wrong-key', '.ended'),
  },
  states: {
    choosingLanguage: {
      entry: 'resetReprompts',
      exit: 'clearNotice',
      on: {
        KEY_PRESSED: [
          { guard: { type: 'isKey', params: '1' }, target: 'enteringCard', actions: { type: 'setLanguage', params: LANGUAGE_KEYS['1'] } },
          { guard: { type: 'isKey', params: '2' }, target: 'enteringCard', actions: { type: 'setLanguage', params: LANGUAGE_KEYS['2'] } },
          { guard: { type: 'isKey', params: '3' }, target: 'enteringCard', actions: { type: 'setLanguage', params: LANGUAGE_KEYS['3'] } },
        ],
      },
    },
    enteringCard: {
      entry: 'resetReprompts',
      exit: 'clearNotice',
      on: {
        CARD_ENTERED: { target: 'enteringPin', actions: 'acceptCard' },
        CARD_INVALID: repromptOrEnd('invalid-card', 'ended'),
      },
    },
    enteringPin: {
      entry: 'resetReprompts',
      exit: ['clearNotice', { type: 'forgetCard', params: ({ context }) => context.cardHandle }, 'releaseCard'],
      invoke: {
        id: 'cardAndPin',
        src: 'cardAndPin',
        input: ({ context }) => ({ identifier: context.cardHandle ?? '', maxTries: context.limits.pinTriesPerCard }),
        onDone: [
          {
            guard: { type: 'isSignInOutcome', params: ({ event }) => ({ output: event.output, outcome: 'authenticated' }) },
            target: 'loadingSummary',
            actions: { type: 'signIn', params: ({ event }) => event.output },
          },
          {
            guard: { type: 'isSignInOutcome', params: ({ event }) => ({ output: event.output, outcome: 'source-blocked' }) },
            target: 'ended',
            actions: { type: 'endCall', params: 'source-blocked' },
          },
          {
            guard: { type: 'isSignInOutcome', params: ({ event }) => ({ output: event.output, outcome: 'default-pin-refused' }) },
            target: 'ended',
            actions: { type: 'endCall', params: 'default-pin-refused' },
          },
          // Too many tries. The phone never sends CANCEL to the card-and-PIN step, so `cancelled` does not occur here.
          { target: 'ended', actions: { type: 'endCall', params: 'pin-failed' } },
        ],
      },
      on: {
        PIN_ENTERED: { actions: ['forwardPin', 'resetReprompts', 'clearNotice'] },
        CARD_LOST: { target: 'enteringCard', actions: ['uncountCard', { type: 'setNotice', params: 'card-lost' }] },
      },
    },
    loadingSummary: {
      tags: ['busy'],
      invoke: {
        id: 'accountSummary',
        src: 'accountSummary',
        input: ({ context }) => ({ readerId: context.readerId ?? 0 }),
        onDone: { target: 'mainMenu', actions: { type: 'rememberSummary', params: ({ event }) => event.output } },
        onError: { target: 'ended', actions: { type: 'endCall', params: 'service-fault' } },
      },
    },
    mainMenu: {
      entry: 'resetReprompts',
      exit: 'clearNotice',
      on: {
        KEY_PRESSED: [
          { guard: { type: 'isKey', params: '0' }, target: 'renewingAll' },
          { guard: { type: 'isKey', params: '1' }, target: 'loadingLoansToRenew' },
          { guard: { type: 'isKey', params: '2' }, target: 'loadingLoansToHear' },
          { guard: { type: 'isKey', params: '3' }, target: 'loadingCharges' },
          { guard: { type: 'isKey', params: '8' }, target: 'anotherCard' },
          { guard: { type: 'isKey', params: '9' }, target: 'loadingSummary' },
          { guard: { type: 'isKey', params: '*' }, target: 'ended', actions: { type: 'endCall', params: 'goodbye' } },
        ],
      },
    },
    anotherCard: {
      always: [
        { guard: 'canUseAnotherCard', target: 'enteringCard', actions: 'signOut' },
        { target: 'mainMenu', actions: { type: 'setNotice', params: 'card-limit-reached' } },
      ],
    },
    renewingAll: {
      tags: ['busy'],
      invoke: {
        id: 'renewAll',
        src: 'renewAll',
        input: ({ context, event }) => ({ readerId: context.readerId ?? 0, idempotencyKey: requestKeyOf(event) }),
        onDone: [
          {
            guard: { type: 'hasRenewedOrRefused', params: ({ event }) => event.output },
            target: 'renewAllResult',
            actions: { type: 'rememberRenewAll', params: ({ event }) => event.output },
          },
          { target: 'mainMenu', actions: { type: 'setNotice', params: 'no-loans' } },
        ],
        onError: { target: 'mainMenu', actions: { type: 'setNotice', params: 'service-fault' } },
      },
    },
    renewAllResult: {
      entry: 'resetReprompts',
      exit: 'clearNotice',
      on: {
        KEY_PRESSED: [
          { guard: and([{ type: 'isKey', params: '1' as const }, 'hasRefusals']), target: 'refusalReasons' },
          ...backOrEnd(),
        ],
      },
    },
    refusalReasons: {
      entry: 'resetReprompts',
      exit: 'clearNotice',
      on: { KEY_PRESSED: backOrEnd() },
    },
    loadingLoansToRenew: loadLoansThen('choosingLoan'),
    choosingLoan: {
      entry: 'resetReprompts',
      exit: 'clearNotice',
      on: {
        KEY_PRESSED: [
          { guard: { type: 'isKey', params: '1' }, target: 'renewingOne' },
          { guard: { type: 'isKey', params: '2' }, target: 'nextLoan' },
          ...backOrEnd(),
        ],
      },
    },
    nextLoan: {
      always: [
        { guard: 'hasNextLoan', target: 'choosingLoan', actions: 'nextLoan' },
        { target: 'mainMenu', actions: { type: 'setNotice', params: 'no-more-loans' } },
      ],
    },
    renewingOne: {
      tags: ['busy'],
      invoke: {
        id: 'renewOne',
        src: 'renewOne',
        input: ({ context, event }) => ({
          readerId: context.readerId ?? 0,
          loanId: context.loans[context.loanIndex]?.loanId ?? 0,
          idempotencyKey: requestKeyOf(event),
        }),
        onDone: { target: 'renewOneResult', actions: { type: 'rememberRenewOne', params: ({ event }) => event.output } },
        onError: { target: 'mainMenu', actions: { type: 'setNotice', params: 'service-fault' } },
      },
    },
    renewOneResult: {
      entry: 'resetReprompts',
      exit: 'clearNotice',
      on: {
        KEY_PRESSED: [
          { guard: { type: 'isKey', params: '1' }, target: 'nextLoan' },
          ...backOrEnd(),
        ],
      },
    },
    loadingLoansToHear: loadLoansThen('hearingLoans'),
    hearingLoans: {
      entry: 'resetReprompts',
      exit: 'clearNotice',
      on: { KEY_PRESSED: backOrEnd() },
    },
    loadingCharges: {
      tags: ['busy'],
      invoke: {
        id: 'listCharges',
        src: 'listCharges',
        input: ({ context }) => ({ readerId: context.readerId ?? 0 }),
        onDone: { target: 'hearingCharges', actions: { type: 'rememberCharges', params: ({ event }) => event.output } },
        onError: { target: 'mainMenu', actions: { type: 'setNotice', params: 'service-fault' } },
      },
    },
    hearingCharges: {
      entry: 'resetReprompts',
      exit: 'clearNotice',
      on: { KEY_PRESSED: backOrEnd() },
    },
    ended: { type: 'final' },
  },
});

/** Re-prompts with `notice` while the caller has re-prompts left, then ends the call at `ended` for no response. */
function repromptOrEnd(notice: CallNotice, ended: 'ended' | '.ended') {
  return [
    { guard: 'canReprompt', actions: { type: 'countReprompt', params: notice } },
    { target: ended, actions: { type: 'endCall', params: 'no-response' } },
  ] as const;
}

/** Loads the caller's loans, then goes to `target` when there are any, or back to the main menu with a notice. */
function loadLoansThen(target: 'choosingLoan' | 'hearingLoans') {
  type LoansLoaded = { event: { output: CallLoan[] } };
  return {
    tags: ['busy'],
    invoke: {
      id: 'listLoans',
      src: 'listLoans',
      input: ({ context }: { context: PhoneCallContext }) => ({ readerId: context.readerId ?? 0 }),
      onDone: [
        {
          guard: { type: 'hasLoans', params: ({ event }: LoansLoaded) => event.output },
          target,
          actions: { type: 'rememberLoans', params: ({ event }: LoansLoaded) => event.output },
        },
        { target: 'mainMenu', actions: { type: 'setNotice', params: 'no-loans' } },
      ],
      onError: { target: 'mainMenu', actions: { type: 'setNotice', params: 'service-fault' } },
    },
  } as const;
}

/** `9` back to the main menu and `*` to end, offered after every result. */
function backOrEnd() {
  return [
    { guard: { type: 'isKey', params: '9' }, target: 'loadingSummary' },
    { guard: { type: 'isKey', params: '*' }, target: 'ended', actions: { type: 'endCall', params: 'goodbye' } },
  ] as const;
}

function requestKeyOf(event: { type: string; requestKey?: string }): string {
  return event.requestKey ?? '';
}
