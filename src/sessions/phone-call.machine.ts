import { and } from 'xstate';
import type { Language } from '../domain/language.ts';
import { phoneCallSetup } from './phone-call.setup.ts';
import type { CallEnding, CallNotice } from './phone-call.types.ts';

/**
 * Version of the persisted snapshot's shape. Raise it whenever a state, context field or invoke id
 * changes, so a call persisted by the previous code is ended politely instead of restored wrongly.
 */
export const PHONE_CALL_MACHINE_VERSION = 2;

const LANGUAGE_KEYS: Readonly<Record<'1' | '2' | '3', Language>> = { '1': 'zh-Hant', '2': 'zh-Hans', '3': 'en' };

/**
 * One telephone renewal call: language, card, PIN (through the shared card-and-PIN machine), the account
 * summary and the menu with its renew and listen flows. It has no timers: the channel turns silence into
 * `NO_INPUT`. Every counter in the context is bounded by `limits` or by the loans list, so a graph of the
 * machine stays finite. States tagged `busy` wait for an invoked actor; the channel persists only when
 * none is busy, or says "please hold" and picks the result up on the next webhook.
 */
export const phoneCallMachine = phoneCallSetup.createMachine({
  id: 'phoneCall',
  context: ({ input }) => ({
    limits: input,
    language: null,
    reprompts: 0,
    notice: null,
    cardsUsed: 0,
    cardHandle: null,
    pinEntered: false,
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
    NO_INPUT: [
      { guard: 'canReprompt', actions: { type: 'countReprompt', params: 'no-input' } },
      { target: '.ended', actions: { type: 'endCall', params: 'no-response' } },
    ],
    INVALID_INPUT: [
      { guard: 'canReprompt', actions: { type: 'countReprompt', params: 'invalid-entry' } },
      { target: '.ended', actions: { type: 'endCall', params: 'no-response' } },
    ],
    KEY_PRESSED: [
      { guard: 'canReprompt', actions: { type: 'countReprompt', params: 'wrong-key' } },
      { target: '.ended', actions: { type: 'endCall', params: 'no-response' } },
    ],
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
        CARD_INVALID: repromptOrEnd('invalid-card', 'no-card-number'),
        NO_INPUT: repromptOrEnd('no-entry', 'no-card-number'),
        INVALID_INPUT: repromptOrEnd('invalid-entry', 'no-card-number'),
      },
    },
    enteringPin: {
      entry: ['resetReprompts', 'resetPinEntered'],
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
        PIN_ENTERED: { actions: ['forwardPin', 'notePinEntered', 'resetReprompts', 'clearNotice'] },
        CARD_LOST: { target: 'enteringCard', actions: ['uncountCard', { type: 'setNotice', params: 'card-lost' }] },
        // The next card counts against the per-call card limit like any other, so keying the card again
        // gives no more PIN tries in a call than the limits already allow.
        CARD_CHANGE_REQUESTED: [{ guard: 'canChangeCard', target: 'enteringCard' }, ...repromptOrEnd('invalid-entry', 'no-pin')],
        NO_INPUT: repromptOrEnd('no-entry', 'no-pin'),
        INVALID_INPUT: repromptOrEnd('invalid-entry', 'no-pin'),
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
          // With nothing on loan the menu offers only 3, 8, 9 and *, so 0, 1 and 2 are wrong keys there.
          { guard: and([{ type: 'isKey', params: '0' as const }, 'hasLoansOnRecord']), target: 'renewingAll' },
          { guard: and([{ type: 'isKey', params: '1' as const }, 'hasLoansOnRecord']), target: 'loadingLoansToRenew' },
          { guard: and([{ type: 'isKey', params: '2' as const }, 'hasLoansOnRecord']), target: 'loadingLoansToHear' },
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
          // Nothing left on loan since the summary, so a fresh summary reports it and offers the shorter menu.
          { target: 'loadingSummary' },
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
    loadingLoansToRenew: loadingLoans('choosingLoan'),
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
    loadingLoansToHear: loadingLoans('hearingLoans'),
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

/** Re-prompts with `notice` while re-prompts are left, then ends the call with `ending`. */
function repromptOrEnd(notice: CallNotice, ending: CallEnding) {
  return [
    { guard: 'canReprompt', actions: { type: 'countReprompt', params: notice } },
    { target: 'ended', actions: { type: 'endCall', params: ending } },
  ] as const;
}

/** `9` back to the main menu and `*` to end, offered after every result. */
/** Loads the reader's loans, then goes to `then`, or back to a fresh summary when nothing is on loan. */
function loadingLoans(then: 'choosingLoan' | 'hearingLoans') {
  return phoneCallSetup.createStateConfig({
    tags: ['busy'],
    invoke: {
      id: 'listLoans',
      src: 'listLoans',
      input: ({ context }) => ({ readerId: context.readerId ?? 0 }),
      onDone: [
        {
          guard: { type: 'hasLoans', params: ({ event }) => event.output },
          target: then,
          actions: { type: 'rememberLoans', params: ({ event }) => event.output },
        },
        { target: 'loadingSummary' },
      ],
      onError: { target: 'mainMenu', actions: { type: 'setNotice', params: 'service-fault' } },
    },
  });
}

function backOrEnd() {
  return [
    { guard: { type: 'isKey', params: '9' }, target: 'loadingSummary' },
    { guard: { type: 'isKey', params: '*' }, target: 'ended', actions: { type: 'endCall', params: 'goodbye' } },
  ] as const;
}

function requestKeyOf(event: { type: string; requestKey?: string }): string {
  return event.requestKey ?? '';
}
