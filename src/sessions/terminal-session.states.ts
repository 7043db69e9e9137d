import { checkCardNumber } from '../domain/card-number.ts';
import type { CardAndPinOutput } from './card-and-pin.machine.ts';
import type { KioskEvent } from './kiosk-session.types.ts';
import type { StationEvent } from './station-session.types.ts';
import type { PrintOutcome, SessionEndReason, TerminalSessionContext } from './terminal-session.types.ts';

// The sign-in and receipt states that kiosk and station sessions share. The states name their guards and
// actions; `terminalSessionGuards` goes into each machine's `setup()`, and each setup implements the actions.
// XState types an `assign` action by its machine's whole context and events, so one action object cannot
// serve both setups without a cast. The logic those actions share is in terminal-session.records.ts.

type EndSession<End> = (reason: SessionEndReason) => End;
type SignInDone = { event: { output: CardAndPinOutput } };
type PrintDone = { event: { output: PrintOutcome } };

/** Guards of the states below, the same at every terminal. */
export const terminalSessionGuards = {
  isCardNumber: ({ context, event }: { context: Pick<TerminalSessionContext, 'cardRules'>; event: KioskEvent | StationEvent }) =>
    event.type === 'CODE_READ' && checkCardNumber(event.code, context.cardRules).valid,
  isSignedIn: (_: unknown, output: CardAndPinOutput) => output.outcome === 'authenticated',
  isOutcome: (_: unknown, params: { output: { outcome: string }; outcome: string }) => params.output.outcome === params.outcome,
  isPrinterReady: ({ context }: { context: Pick<TerminalSessionContext, 'devices'> }) => context.devices.printer === 'ready',
};

/** Builds the card screen: a valid card goes on to the PIN, any other code gets a notice, and Cancel ends the session. */
export function cardState<End>(end: EndSession<End>) {
  return {
    on: {
      CODE_READ: [{ guard: 'isCardNumber', target: 'pin', actions: 'rememberCard' }, { actions: 'noteRejectedCode' }],
      READ_FAILED: { actions: 'noteReadFailure' },
      CANCEL: end('cancelled'),
    },
  } as const;
}

/**
 * Builds the PIN screen, which runs the shared card-and-PIN machine on the card read. A reader who gets in
 * takes the first `signedIn` transition whose guard holds (see `whenSignedIn`). Every other outcome ends
 * the session through `end`.
 */
export function pinState<End, SignedIn>(end: EndSession<End>, signedIn: readonly SignedIn[]) {
  const failures = (['too-many-tries', 'source-blocked', 'default-pin-refused'] as const).map((outcome) => ({
    guard: { type: 'isOutcome' as const, params: ({ event }: SignInDone) => ({ output: event.output, outcome }) },
    ...end(outcome),
  }));
  return {
    invoke: {
      id: 'cardAndPin',
      src: 'cardAndPin',
      input: ({ context }: { context: Pick<TerminalSessionContext, 'card' | 'maxPinTries'> }) => ({ identifier: context.card ?? '', maxTries: context.maxPinTries }),
      // The child's `cancelled` outcome needs a CANCEL sent to it; the session ends itself on CANCEL instead,
      // so `cancelled` never arrives. A failure of the child fails the session actor, and the session adapter
      // then closes the terminal's connection so the terminal starts afresh.
      onDone: [...signedIn, ...failures],
    },
    on: {
      PIN_ENTERED: { actions: 'forwardToPinCheck' },
      CANCEL: end('cancelled'),
    },
  } as const;
}

/** Builds a transition of the PIN screen that remembers the reader who got in and goes to `target` when `guard` holds. */
export function whenSignedIn<Guard extends string, Target extends string>(guard: Guard, target: Target) {
  return {
    guard: { type: guard, params: ({ event }: SignInDone) => event.output },
    actions: { type: 'rememberReader', params: ({ event }: SignInDone) => event.output },
    target,
  } as const;
}

/**
 * Builds the states of a `flow` region from Finish to goodbye: the receipt choice, printing, and a failed
 * print. `receiptInput` picks what the receipt lists from the context.
 */
export function receiptStates<Context, Input, End>(end: EndSession<End>, receiptInput: (context: Context) => Input) {
  return {
    receiptChoice: {
      on: {
        PRINT_RECEIPT: { guard: 'isPrinterReady', target: 'printing' },
        NO_RECEIPT: end('finished'),
      },
    },
    printing: {
      tags: ['busy'],
      invoke: {
        id: 'printReceipt',
        src: 'printReceipt',
        input: ({ context }: { context: Context }) => receiptInput(context),
        onDone: [
          { guard: { type: 'isOutcome', params: ({ event }: PrintDone) => ({ output: event.output, outcome: 'printed' }) }, ...end('finished') },
          { actions: { type: 'notePrintProblem', params: ({ event }: PrintDone) => event.output }, target: 'printFailed' },
        ],
        onError: { actions: { type: 'notePrintProblem', params: null }, target: 'printFailed' },
      },
    },
    printFailed: {
      on: { CONTINUE: end('finished') },
    },
  } as const;
}
