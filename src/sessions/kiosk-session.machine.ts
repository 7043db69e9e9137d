import { kioskSessionSetup } from './kiosk-session.setup.ts';
import { end, pinChangeStates, receiptStates } from './kiosk-session.states.ts';
import type { KioskContext, KioskEvent, KioskSessionInput } from './kiosk-session.types.ts';
import { attentionRegion, sessionLimitTimers, TERMINAL_READER_ACTIVITY } from './terminal-session.timers.ts';

/** Everything the reader does at a kiosk; each one restarts the idle timer and closes the idle dialog. */
const READER_ACTIVITY: ReadonlyArray<KioskEvent['type']> = [...TERMINAL_READER_ACTIVITY, 'CHANGE_PIN', 'SKIP_PIN_CHANGE'];

/**
 * One self-checkout kiosk, cycling through reader sessions: welcome → card → PIN (the shared card-and-PIN
 * machine) → optional default-PIN change → account → borrow → receipt → goodbye → welcome.
 *
 * A session runs two regions side by side. `flow` drives the screens. `attention` watches for idleness:
 * after `idleWarningMs` without reader activity it opens the idle dialog, and `idleGraceMs` later it logs
 * out. The terminal may also report idleness it measured itself (`IDLE_REPORTED`), which can only bring the
 * dialog and the logout earlier. A session also ends after `sessionLimitMs` whatever the reader does.
 */
export const kioskSessionMachine = kioskSessionSetup.createMachine({
  id: 'kiosk',
  context: ({ input }) => initialContext(input),
  initial: 'welcome',
  on: {
    SET_LANGUAGE: { actions: 'chooseLanguage' },
    DEVICES_CHANGED: { actions: 'updateDevices' },
  },
  states: {
    welcome: {
      entry: 'resetSession',
      on: {
        START: { target: 'session', actions: 'clearNotice' },
        CODE_READ: [
          { guard: 'isCardNumber', target: 'session.flow.pin', actions: 'rememberCard' },
          { actions: 'noteRejectedCode' },
        ],
        READ_FAILED: { actions: 'noteReadFailure' },
      },
    },
    session: {
      type: 'parallel',
      after: sessionLimitTimers(end('time-limit')),
      states: {
        flow: {
          initial: 'card',
          states: {
            card: {
              on: {
                CODE_READ: [{ guard: 'isCardNumber', target: 'pin', actions: 'rememberCard' }, { actions: 'noteRejectedCode' }],
                READ_FAILED: { actions: 'noteReadFailure' },
                CANCEL: end('cancelled'),
              },
            },
            pin: {
              invoke: {
                id: 'cardAndPin',
                src: 'cardAndPin',
                input: ({ context }) => ({ identifier: context.card ?? '', maxTries: context.maxPinTries }),
                onDone: [
                  {
                    guard: { type: 'isSignedInWithDefaultPin', params: ({ event }) => event.output },
                    actions: { type: 'rememberReader', params: ({ event }) => event.output },
                    target: 'pinChangeOffer',
                  },
                  {
                    guard: { type: 'isSignedIn', params: ({ event }) => event.output },
                    actions: { type: 'rememberReader', params: ({ event }) => event.output },
                    target: 'loadingAccount',
                  },
                  { guard: { type: 'isOutcome', params: ({ event }) => ({ output: event.output, outcome: 'too-many-tries' }) }, ...end('too-many-tries') },
                  { guard: { type: 'isOutcome', params: ({ event }) => ({ output: event.output, outcome: 'source-blocked' }) }, ...end('source-blocked') },
                  {
                    guard: { type: 'isOutcome', params: ({ event }) => ({ output: event.output, outcome: 'default-pin-refused' }) },
                    ...end('default-pin-refused'),
                  },
                  // The child's `cancelled` outcome needs a CANCEL sent to it; the kiosk ends the session itself
                  // on CANCEL instead. A failure of the child fails this actor, and the session adapter then
                  // closes the terminal's connection so the terminal starts afresh.
                ],
              },
              on: {
                PIN_ENTERED: { actions: 'forwardToPinCheck' },
                CANCEL: end('cancelled'),
              },
            },
            ...pinChangeStates,
            loadingAccount: {
              tags: ['busy'],
              invoke: {
                id: 'loadAccount',
                src: 'loadAccount',
                input: ({ context }) => ({ readerId: context.reader?.readerId ?? 0 }),
                onDone: { actions: { type: 'rememberAccount', params: ({ event }) => event.output }, target: 'account' },
                onError: { actions: 'noteAccountUnavailable', target: 'account' },
              },
            },
            account: {
              on: {
                BORROW: { target: 'borrow', actions: 'clearNotice' },
                CODE_READ: { target: 'borrowing', actions: 'rememberScan' },
                READ_FAILED: { actions: 'noteReadFailure' },
                // Nothing is borrowed yet on this screen: borrowing moves on to the borrow screen for good.
                FINISH: end('finished'),
              },
            },
            borrow: {
              on: {
                CODE_READ: { target: 'borrowing', actions: 'rememberScan' },
                READ_FAILED: { actions: 'noteReadFailure' },
                FINISH: [{ guard: 'hasBorrowed', target: 'receiptChoice' }, end('finished')],
              },
            },
            borrowing: {
              tags: ['busy'],
              invoke: {
                id: 'borrowItem',
                src: 'borrowItem',
                input: ({ context }) => ({
                  readerId: context.reader?.readerId ?? 0,
                  itemBarcode: context.pendingScan?.code ?? '',
                  source: context.source,
                  idempotencyKey: `${context.source}:${context.pendingScan?.eventId ?? ''}`,
                }),
                onDone: { actions: { type: 'recordCheckout', params: ({ event }) => event.output }, target: 'borrow' },
                onError: { actions: 'recordBorrowFault', target: 'borrow' },
              },
            },
            ...receiptStates,
          },
        },
        attention: attentionRegion(READER_ACTIVITY, end('idle')),
      },
    },
    goodbye: {
      after: { goodbyePause: 'welcome' },
      on: {
        CONTINUE: 'welcome',
        START: 'welcome',
        CODE_READ: [{ guard: 'isCardNumber', target: 'session.flow.pin', actions: ['resetSession', 'rememberCard'] }, { target: 'welcome' }],
      },
    },
  },
});

function initialContext(input: KioskSessionInput): KioskContext {
  return {
    source: input.source,
    defaultLanguage: input.defaultLanguage,
    language: input.defaultLanguage,
    languageChosen: false,
    maxPinTries: input.maxPinTries,
    cardRules: input.cardRules,
    timings: input.timings,
    pinLength: input.pinLength,
    devices: input.devices ?? { cardReader: 'ready', printer: 'absent' },
    card: null,
    reader: null,
    account: null,
    borrowed: [],
    lastScan: null,
    pendingScan: null,
    newPinHandle: null,
    pinChangeProblem: null,
    printProblem: null,
    notice: null,
    timeLimitNear: false,
    endReason: null,
  };
}
