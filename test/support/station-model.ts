import type { EventObject } from 'xstate';
import { stationSessionMachine } from '../../src/sessions/station-session.machine.ts';
import type { StationEvent, StationSessionInput } from '../../src/sessions/station-session.types.ts';
import type { StationSnapshot } from '../../src/sessions/station-session.view.ts';
import { done, failed, offeredEvents, PRINT_WORK_EVENTS, replayEvent, signInWorkEvents, startReplay, timerEventsOf, type Replay } from './session-model.ts';
import { HOLD_ITEM, READY_HOLD, STATION_ACCOUNT, STATION_LOCATION } from './station-machine-harness.ts';
import { CARD, ITEM, READER, testTerminalInput } from './terminal-machine-harness.ts';

export { isWorkOrTimerEvent, transitionKeyOf } from './session-model.ts';

export const STATION_MODEL_INPUT: StationSessionInput = { ...testTerminalInput('terminal:model'), location: STATION_LOCATION, itemLimit: 10 };

/** Returns a state's key in the model: the state value plus the context that changes which transitions apply. */
export function stationModelKeyOf(snapshot: StationSnapshot): string {
  const { context } = snapshot;
  return JSON.stringify({
    value: snapshot.value,
    checkedOut: context.pickedUp.length + context.borrowed.length > 0,
    returned: context.returned.length > 0,
    holdsHere: (context.account?.readyHolds.length ?? 0) > 0,
    printer: context.devices.printer,
    timeLimitNear: context.timeLimitNear,
  });
}

const READER_EVENTS: StationEvent[] = [
  { type: 'START' },
  { type: 'RETURN_ITEMS' },
  { type: 'CODE_READ', code: CARD, eventId: 'card' },
  { type: 'CODE_READ', code: ITEM, eventId: 'item' },
  { type: 'CODE_READ', code: 'HELLO', eventId: 'junk' },
  { type: 'READ_FAILED', reason: 'unreadable' },
  { type: 'PIN_ENTERED', pinHandle: 'handle' },
  { type: 'CANCEL' },
  { type: 'PICK_UP' },
  { type: 'COLLECT', holdId: READY_HOLD.holdId },
  { type: 'COLLECT', holdId: 999 },
  { type: 'BORROW' },
  { type: 'LOANS' },
  { type: 'CHARGES' },
  { type: 'BACK' },
  { type: 'FINISH' },
  { type: 'PRINT_RECEIPT' },
  { type: 'NO_RECEIPT' },
  { type: 'CONTINUE' },
  { type: 'EXTEND' },
  { type: 'ACTIVITY' },
  { type: 'IDLE_REPORTED' },
  { type: 'SET_LANGUAGE', language: 'en' },
  { type: 'DEVICES_CHANGED', devices: { printer: 'absent' } },
  { type: 'DEVICES_CHANGED', devices: { printer: 'ready' } },
];

const due = '2026-01-19T15:59:59.999Z';
const collected = { outcome: 'borrowed', reference: 'R1', loan: { loanId: 1, itemBarcode: HOLD_ITEM, title: READY_HOLD.title, dueAt: due } };
const borrowed = { outcome: 'borrowed', reference: 'R2', loan: { loanId: 2, itemBarcode: ITEM, title: { en: 'Book', zh: null }, dueAt: due } };
const refused = { outcome: 'refused', reference: 'R3', reason: 'item-limit-reached', itemBarcode: ITEM };
const returned = { outcome: 'returned', reference: 'R4', itemBarcode: ITEM, title: { en: 'Book', zh: null }, wasOverdue: false };

/** Results of the invoked work, as the events XState delivers when that work ends. */
const WORK_EVENTS: EventObject[] = [
  ...signInWorkEvents(READER),
  done('loadAccount', STATION_ACCOUNT),
  failed('loadAccount'),
  done('pickUpItem', collected),
  done('pickUpItem', { ...refused, reason: 'hold-at-another-location' }),
  failed('pickUpItem'),
  done('borrowItem', borrowed),
  done('borrowItem', refused),
  failed('borrowItem'),
  done('returnItem', returned),
  done('returnItem', { outcome: 'refused', reference: 'R5', reason: 'item-not-on-loan', itemBarcode: ITEM }),
  failed('returnItem'),
  ...PRINT_WORK_EVENTS,
];

const TIMER_EVENTS = timerEventsOf('station');

/** Returns the events offered in each model state of the station. */
export function stationModelEventsOf(snapshot: StationSnapshot): EventObject[] {
  const dialogOpen = snapshot.matches({ session: { attention: 'warning' } });
  return offeredEvents(dialogOpen, { reader: READER_EVENTS, work: WORK_EVENTS, timers: TIMER_EVENTS });
}

/** Starts the station machine with every invoked piece of work held open until the replay ends it. */
export function startReplayStation(taken: Set<string>) {
  return startReplay(stationSessionMachine, STATION_MODEL_INPUT, ['loadAccount', 'pickUpItem', 'borrowItem', 'returnItem', 'printReceipt'], taken);
}

export type ReplayStation = Replay<typeof stationSessionMachine>;

/** Applies one model event to the real station actor, doing whatever produces that event in reality. */
export function replayOnStation(station: ReplayStation, event: EventObject): Promise<void> {
  return replayEvent(station, event);
}
