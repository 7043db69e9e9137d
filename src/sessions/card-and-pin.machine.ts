import { assign, fromPromise, setup } from 'xstate';
import type { AuthenticatedReader, PinCheckResult } from '../auth/pin-check.types.ts';

export interface CardAndPinInput {
  /**
   * Card number or HKID number as the channel read it. A channel whose snapshots are persisted (the phone
   * line) passes a handle into its own vault instead, which its `checkPin` actor resolves.
   */
  identifier: string;
  /** PIN tries allowed for this card in this session. */
  maxTries: number;
}

export interface CheckPinInput {
  identifier: string;
  /** One-time handle into the channel's PinVault; never the PIN itself. */
  pinHandle: string;
}

export type CardAndPinEvent = { type: 'PIN_ENTERED'; pinHandle: string } | { type: 'CANCEL' };

/** Why the last PIN entry did not get the reader in; channels choose their words from it. */
export type PinProblem = 'rejected' | 'busy' | 'fault' | 'interrupted';

export type CardAndPinOutput =
  | { outcome: 'authenticated'; reader: AuthenticatedReader }
  | { outcome: 'too-many-tries' }
  | { outcome: 'source-blocked' }
  | { outcome: 'default-pin-refused' }
  | { outcome: 'cancelled' };

interface CardAndPinContext {
  identifier: string;
  triesLeft: number;
  problem: PinProblem | null;
  reader: AuthenticatedReader | null;
  outcome: CardAndPinOutput['outcome'] | null;
}

/**
 * The card-and-PIN step shared by the phone line, kiosks and stations. It holds the card and counts tries;
 * the `checkPin` actor, provided by each channel, does the verification. Only `rejected` uses up a try:
 * a busy, faulty or interrupted check lets the reader enter the PIN again.
 */
export const cardAndPinMachine = setup({
  types: {
    input: {} as CardAndPinInput,
    context: {} as CardAndPinContext,
    events: {} as CardAndPinEvent,
    output: {} as CardAndPinOutput,
  },
  actors: {
    checkPin: fromPromise<PinCheckResult, CheckPinInput>(async () => {
      throw new Error('checkPin must be provided by the channel');
    }),
  },
  guards: {
    isAccepted: (_, result: PinCheckResult) => result.outcome === 'accepted',
    isRejectedWithTriesLeft: ({ context }, result: PinCheckResult) => result.outcome === 'rejected' && context.triesLeft > 1,
    isRejected: (_, result: PinCheckResult) => result.outcome === 'rejected',
    isSourceBlocked: (_, result: PinCheckResult) => result.outcome === 'source-blocked',
    isDefaultPinRefused: (_, result: PinCheckResult) => result.outcome === 'default-pin-refused',
  },
  actions: {
    rememberReader: assign({
      reader: (_, result: PinCheckResult) => (result.outcome === 'accepted' ? result.reader : null),
      problem: null,
    }),
    countRejection: assign({ triesLeft: ({ context }) => context.triesLeft - 1, problem: 'rejected' as PinProblem }),
    noteProblem: assign({ problem: (_, result: PinCheckResult) => problemOf(result) }),
    noteFault: assign({ problem: 'fault' as PinProblem }),
    settle: assign({ outcome: (_, outcome: CardAndPinOutput['outcome']) => outcome }),
  },
}).createMachine({
  id: 'cardAndPin',
  context: ({ input }) => ({ identifier: input.identifier, triesLeft: input.maxTries, problem: null, reader: null, outcome: null }),
  initial: 'awaitingPin',
  states: {
    awaitingPin: {
      on: {
        PIN_ENTERED: 'verifying',
        CANCEL: 'cancelled',
      },
    },
    verifying: {
      tags: ['busy'],
      invoke: {
        src: 'checkPin',
        input: ({ context, event }) => ({
          identifier: context.identifier,
          pinHandle: event.type === 'PIN_ENTERED' ? event.pinHandle : '',
        }),
        onDone: [
          { guard: { type: 'isAccepted', params: ({ event }) => event.output }, actions: { type: 'rememberReader', params: ({ event }) => event.output }, target: 'authenticated' },
          { guard: { type: 'isRejectedWithTriesLeft', params: ({ event }) => event.output }, actions: 'countRejection', target: 'awaitingPin' },
          { guard: { type: 'isRejected', params: ({ event }) => event.output }, actions: 'countRejection', target: 'tooManyTries' },
          { guard: { type: 'isSourceBlocked', params: ({ event }) => event.output }, target: 'sourceBlocked' },
          { guard: { type: 'isDefaultPinRefused', params: ({ event }) => event.output }, target: 'defaultPinRefused' },
          { actions: { type: 'noteProblem', params: ({ event }) => event.output }, target: 'awaitingPin' },
        ],
        onError: { actions: 'noteFault', target: 'awaitingPin' },
      },
      on: { CANCEL: 'cancelled' },
    },
    authenticated: { type: 'final', entry: { type: 'settle', params: 'authenticated' } },
    tooManyTries: { type: 'final', entry: { type: 'settle', params: 'too-many-tries' } },
    sourceBlocked: { type: 'final', entry: { type: 'settle', params: 'source-blocked' } },
    defaultPinRefused: { type: 'final', entry: { type: 'settle', params: 'default-pin-refused' } },
    cancelled: { type: 'final', entry: { type: 'settle', params: 'cancelled' } },
  },
  output: ({ context }) => outputOf(context.outcome, context.reader),
});

function problemOf(result: PinCheckResult): PinProblem {
  if (result.outcome === 'busy' || result.outcome === 'interrupted' || result.outcome === 'rejected') return result.outcome;
  return 'fault';
}

function outputOf(outcome: CardAndPinOutput['outcome'] | null, reader: AuthenticatedReader | null): CardAndPinOutput {
  if (outcome === 'authenticated' && reader) return { outcome, reader };
  if (outcome === 'too-many-tries' || outcome === 'source-blocked' || outcome === 'default-pin-refused') return { outcome };
  return { outcome: 'cancelled' };
}
