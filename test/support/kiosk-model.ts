import type { EventObject } from 'xstate';
import { kioskSessionMachine } from '../../src/sessions/kiosk-session.machine.ts';
import type { KioskEvent, KioskSessionInput } from '../../src/sessions/kiosk-session.types.ts';
import type { KioskSnapshot } from '../../src/sessions/kiosk-session.view.ts';
import { ACCOUNT, CARD, ITEM, READER } from './kiosk-machine-harness.ts';
import { done, failed, offeredEvents, PRINT_WORK_EVENTS, replayEvent, signInWorkEvents, startReplay, timerEventsOf, type Replay } from './session-model.ts';
import { testTerminalInput } from './terminal-machine-harness.ts';

export { isWorkOrTimerEvent, transitionKeyOf } from './session-model.ts';

export const MODEL_INPUT: KioskSessionInput = testTerminalInput('terminal:model');

/** Returns a state's key in the model: the state value plus the context that changes which transitions apply. */
export function modelKeyOf(snapshot: KioskSnapshot): string {
  const { context } = snapshot;
  const blocked = Boolean(context.account?.summary.borrowBlock);
  return JSON.stringify({ value: snapshot.value, borrowed: context.borrowed.length > 0, blocked, printer: context.devices.printer, timeLimitNear: context.timeLimitNear });
}

const READER_EVENTS: KioskEvent[] = [
  { type: 'START' },
  { type: 'CODE_READ', code: CARD, eventId: 'card' },
  { type: 'CODE_READ', code: ITEM, eventId: 'item' },
  { type: 'READ_FAILED', reason: 'unreadable' },
  { type: 'PIN_ENTERED', pinHandle: 'handle' },
  { type: 'CANCEL' },
  { type: 'CHANGE_PIN' },
  { type: 'SKIP_PIN_CHANGE' },
  { type: 'CONTINUE' },
  { type: 'BORROW' },
  { type: 'FINISH' },
  { type: 'PRINT_RECEIPT' },
  { type: 'NO_RECEIPT' },
  { type: 'EXTEND' },
  { type: 'ACTIVITY' },
  { type: 'IDLE_REPORTED' },
  { type: 'SET_LANGUAGE', language: 'en' },
  { type: 'DEVICES_CHANGED', devices: { printer: 'absent' } },
  { type: 'DEVICES_CHANGED', devices: { printer: 'ready' } },
];

const borrowed = { outcome: 'borrowed', reference: 'R1', loan: { loanId: 1, itemBarcode: ITEM, title: { en: 'Book', zh: null }, dueAt: '2026-01-19T09:00:00.000Z' } };

/** Results of the invoked work, as the events XState delivers when that work ends. */
const WORK_EVENTS: EventObject[] = [
  ...signInWorkEvents(READER, { ...READER, isDefaultPin: true }),
  done('checkNewPin', { outcome: 'allowed', newPinHandle: 'checked' }),
  done('checkNewPin', { outcome: 'not-allowed', reason: 'run' }),
  done('checkNewPin', { outcome: 'busy' }),
  done('checkNewPin', { outcome: 'fault' }),
  failed('checkNewPin'),
  done('changePin', { outcome: 'changed' }),
  done('changePin', { outcome: 'mismatch' }),
  done('changePin', { outcome: 'not-allowed', reason: 'run' }),
  done('changePin', { outcome: 'busy' }),
  done('changePin', { outcome: 'fault' }),
  failed('changePin'),
  done('loadAccount', ACCOUNT),
  done('loadAccount', { ...ACCOUNT, summary: { ...ACCOUNT.summary, borrowBlock: 'item-limit-reached' } }),
  failed('loadAccount'),
  done('borrowItem', borrowed),
  done('borrowItem', { outcome: 'refused', reference: 'R2', reason: 'item-not-found', itemBarcode: ITEM }),
  done('borrowItem', { outcome: 'refused', reference: 'R3', reason: 'item-limit-reached', itemBarcode: ITEM }),
  failed('borrowItem'),
  ...PRINT_WORK_EVENTS,
];

const TIMER_EVENTS = timerEventsOf('kiosk');

/** Returns the events offered in each model state of the kiosk. */
export function modelEventsOf(snapshot: KioskSnapshot): EventObject[] {
  const dialogOpen = snapshot.matches({ session: { attention: 'warning' } });
  return offeredEvents(dialogOpen, { reader: READER_EVENTS, work: WORK_EVENTS, timers: TIMER_EVENTS });
}

/** Starts the kiosk machine with every invoked piece of work held open until the replay ends it. */
export function startReplayKiosk(taken: Set<string>) {
  return startReplay(kioskSessionMachine, MODEL_INPUT, ['checkNewPin', 'changePin', 'loadAccount', 'borrowItem', 'printReceipt'], taken);
}

export type ReplayKiosk = Replay<typeof kioskSessionMachine>;

/** Applies one model event to the real kiosk actor, doing whatever produces that event in reality. */
export function replay(kiosk: ReplayKiosk, event: EventObject): Promise<void> {
  return replayEvent(kiosk, event);
}
