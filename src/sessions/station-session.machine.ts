import { stationSessionSetup } from './station-session.setup.ts';
import { end, returnStates } from './station-session.states.ts';
import { initialContext } from './station-session.records.ts';
import type { StationContext, StationEvent, StationReceiptInput } from './station-session.types.ts';
import { cardState, pinState, receiptStates, whenSignedIn } from './terminal-session.states.ts';
import { attentionRegion, sessionLimitTimers, TERMINAL_READER_ACTIVITY } from './terminal-session.timers.ts';

/** Finishing goes to the receipt choice when something was checked out or returned, else straight to goodbye. */
const finish = [{ guard: 'hasCheckedOut' as const, target: '#station.session.flow.receiptChoice' }, end('finished')];
const backToMenu = { target: 'menu', actions: 'clearResult' as const };

/** A scanned item goes to `target`; a library card is not sent to circulation, and the reader gets a notice instead. */
function scanTo(target: 'borrowing' | 'pickingUp') {
  return [
    { guard: 'isCardNumber' as const, actions: 'noteCardScanned' as const },
    { target, actions: 'rememberScan' as const },
  ];
}

/** Everything the reader does at a station; each one restarts the idle timer and closes the idle dialog. */
const READER_ACTIVITY: ReadonlyArray<StationEvent['type']> = [...TERMINAL_READER_ACTIVITY, 'RETURN_ITEMS', 'PICK_UP', 'COLLECT', 'LOANS', 'CHARGES', 'BACK'];

/**
 * One self-service station on the street, cycling through visits. A reader signs in (welcome → card → PIN,
 * the shared card-and-PIN machine) and then chooses: pick up ready holds waiting at this station, borrow
 * from the station's stock, see loans or charges. Finishing offers a receipt and says goodbye with a summary.
 * Returns need no card: an item scanned at welcome, or Return items, opens the returns screen.
 *
 * Idle and time limits work as at the kiosk: the `attention` region opens the idle dialog after
 * `idleWarningMs` of quiet and logs out `idleGraceMs` later, and a visit ends after `sessionLimitMs`.
 */
export const stationSessionMachine = stationSessionSetup.createMachine({
  id: 'station',
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
        RETURN_ITEMS: { target: 'session.flow.returns', actions: 'clearNotice' },
        CODE_READ: [
          { guard: 'isCardNumber', target: 'session.flow.pin', actions: 'rememberCard' },
          { guard: 'isItemBarcode', target: 'session.flow.returning', actions: 'rememberScan' },
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
            // The shared PIN step ends the visit with `default-pin-refused` when the station's own or the
            // service's hardened profile refuses the default PIN.
            pin: pinState(end, [whenSignedIn('isSignedIn', 'loadingAccount')]),
            loadingAccount: {
              tags: ['busy'],
              invoke: {
                id: 'loadAccount',
                src: 'loadAccount',
                input: ({ context }) => ({ readerId: context.reader?.readerId ?? 0, location: context.location }),
                onDone: { actions: { type: 'rememberAccount', params: ({ event }) => event.output }, target: 'menu' },
                onError: { actions: 'noteAccountUnavailable', target: 'menu' },
              },
            },
            menu: {
              on: {
                PICK_UP: { target: 'pickup', actions: 'clearResult' },
                BORROW: { target: 'borrow', actions: 'clearResult' },
                LOANS: { target: 'loans', actions: 'clearNotice' },
                CHARGES: { target: 'charges', actions: 'clearNotice' },
                // An item scanned before choosing is borrowed, as at the kiosk's account screen.
                CODE_READ: scanTo('borrowing'),
                READ_FAILED: { actions: 'noteReadFailure' },
                FINISH: finish,
              },
            },
            pickup: {
              on: {
                COLLECT: { guard: 'isReadyHoldHere', target: 'pickingUp', actions: 'rememberCollect' },
                CODE_READ: scanTo('pickingUp'),
                READ_FAILED: { actions: 'noteReadFailure' },
                BACK: backToMenu,
                FINISH: finish,
              },
            },
            pickingUp: {
              tags: ['busy'],
              invoke: {
                id: 'pickUpItem',
                src: 'pickUpItem',
                input: ({ context }) => checkoutInput(context),
                onDone: { actions: { type: 'recordPickup', params: ({ event }) => event.output }, target: 'pickup' },
                onError: { actions: 'recordFault', target: 'pickup' },
              },
            },
            borrow: {
              on: {
                CODE_READ: scanTo('borrowing'),
                READ_FAILED: { actions: 'noteReadFailure' },
                BACK: backToMenu,
                FINISH: finish,
              },
            },
            borrowing: {
              tags: ['busy'],
              invoke: {
                id: 'borrowItem',
                src: 'borrowItem',
                input: ({ context }) => checkoutInput(context),
                onDone: { actions: { type: 'recordLoan', params: ({ event }) => event.output }, target: 'borrow' },
                onError: { actions: 'recordFault', target: 'borrow' },
              },
            },
            loans: {
              on: { BACK: backToMenu, FINISH: finish },
            },
            charges: {
              on: { BACK: backToMenu, FINISH: finish },
            },
            ...returnStates,
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
        CODE_READ: [
          { guard: 'isCardNumber', target: 'session.flow.pin', actions: ['resetSession', 'rememberCard'] },
          { guard: 'isItemBarcode', target: 'session.flow.returning', actions: ['resetSession', 'rememberScan'] },
          { target: 'welcome' },
        ],
      },
    },
  },
});

function checkoutInput(context: StationContext) {
  return {
    readerId: context.reader?.readerId ?? 0,
    itemBarcode: context.pending?.code ?? '',
    source: context.source,
    location: context.location,
    itemLimit: context.itemLimit,
    idempotencyKey: context.pending?.key ?? '',
  };
}

/** Builds the receipt's input: everything collected, borrowed and returned in the visit. */
function receiptInputOf(context: StationContext): StationReceiptInput {
  return {
    language: context.language,
    cardNumber: context.reader?.cardNumber ?? null,
    pickedUp: context.pickedUp,
    borrowed: context.borrowed,
    returned: context.returned,
  };
}
