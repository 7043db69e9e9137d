import { emptySessionFields, kioskSessionSetup } from './kiosk-session.setup.ts';
import { end, pinChangeStates } from './kiosk-session.states.ts';
import type { KioskContext, KioskEvent, KioskSessionInput, PrintReceiptInput } from './kiosk-session.types.ts';
import { initialTerminalContext } from './terminal-session.records.ts';
import { cardState, pinState, receiptStates, whenSignedIn } from './terminal-session.states.ts';
import { attentionRegion, sessionLimitTimers, TERMINAL_READER_ACTIVITY } from './terminal-session.timers.ts';

/** A scanned item is borrowed; a library card is not sent to circulation, and the reader gets a notice instead. */
const scanToBorrow = [
  { guard: 'isCardNumber' as const, actions: 'noteCardScanned' as const },
  { target: 'borrowing', actions: 'rememberScan' as const },
];

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
            card: cardState(end),
            // A reader still on the default PIN is offered a change before the account.
            pin: pinState(end, [
              whenSignedIn('isSignedInWithDefaultPin', 'pinChangeOffer'),
              whenSignedIn('isSignedIn', 'loadingAccount'),
            ]),
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
                CODE_READ: scanToBorrow,
                READ_FAILED: { actions: 'noteReadFailure' },
                // Nothing is borrowed yet on this screen: borrowing moves on to the borrow screen for good.
                FINISH: end('finished'),
              },
            },
            borrow: {
              on: {
                CODE_READ: scanToBorrow,
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
                onDone: [
                  {
                    guard: { type: 'isBlockedBeforeAnyLoan', params: ({ event }) => event.output },
                    actions: { type: 'recordCheckout', params: ({ event }) => event.output },
                    target: 'account',
                  },
                  { actions: { type: 'recordCheckout', params: ({ event }) => event.output }, target: 'borrow' },
                ],
                onError: { actions: 'recordBorrowFault', target: 'borrow' },
              },
            },
            ...receiptStates(end, receiptInputOf),
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
  return { ...initialTerminalContext(input), ...emptySessionFields() };
}

/** Builds the receipt's input: what the reader borrowed, and the card number, which the receipt masks. */
function receiptInputOf(context: KioskContext): PrintReceiptInput {
  return {
    language: context.language,
    cardNumber: context.reader?.cardNumber ?? context.card ?? '',
    borrowed: context.borrowed,
  };
}
