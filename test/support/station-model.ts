import type { AnyTransitionDefinition, EventObject } from 'xstate';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import type { PinCheckResult } from '../../src/auth/pin-check.types.ts';
import { cardAndPinMachine } from '../../src/sessions/card-and-pin.machine.ts';
import { stationSessionMachine } from '../../src/sessions/station-session.machine.ts';
import type { StationEvent, StationSessionInput } from '../../src/sessions/station-session.types.ts';
import type { StationSnapshot } from '../../src/sessions/station-session.view.ts';
import { DEFAULT_KIOSK_TIMINGS } from '../../src/sessions/terminal-session.types.ts';
import { CARD, ITEM, READER } from './kiosk-machine-harness.ts';
import { transitionKeyOf } from './kiosk-model.ts';
import { HOLD_ITEM, READY_HOLD, STATION_ACCOUNT, STATION_LOCATION } from './station-machine-harness.ts';

export { transitionKeyOf };

export const STATION_MODEL_INPUT: StationSessionInput = {
  source: 'terminal:model',
  location: STATION_LOCATION,
  itemLimit: 10,
  defaultLanguage: 'zh-Hant',
  maxPinTries: 3,
  cardRules: { format: 'library14', minLength: 6, maxLength: 19 },
  timings: DEFAULT_KIOSK_TIMINGS,
  pinLength: { min: 4, max: 12 },
  devices: { cardReader: 'ready', printer: 'ready' },
};

/** What the model tells states apart by: the state value plus the context that changes which transitions apply. */
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
const done = (actor: string, output: unknown) => ({ type: `xstate.done.actor.${actor}`, output });
const failed = (actor: string) => ({ type: `xstate.error.actor.${actor}`, error: new Error(`${actor} failed`) });

/** Results of the invoked work, as the events XState delivers when that work ends. */
const WORK_EVENTS: EventObject[] = [
  done('cardAndPin', { outcome: 'authenticated', reader: READER }),
  done('cardAndPin', { outcome: 'too-many-tries' }),
  done('cardAndPin', { outcome: 'source-blocked' }),
  done('cardAndPin', { outcome: 'default-pin-refused' }),
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
  done('printReceipt', { outcome: 'printed' }),
  done('printReceipt', { outcome: 'failed', problem: 'paper-out' }),
  failed('printReceipt'),
];

const TIMER_EVENTS: EventObject[] = [
  'xstate.after.sessionLimitNotice.station.session',
  'xstate.after.sessionLimit.station.session',
  'xstate.after.idleWarning.station.session.attention.watching',
  'xstate.after.idleGrace.station.session.attention.warning',
  'xstate.after.goodbyePause.station.goodbye',
].map((type) => ({ type }));

export function isWorkOrTimerEvent(event: EventObject): boolean {
  return event.type.startsWith('xstate.');
}

/**
 * The events offered in each model state. A PIN check only ends after the reader entered a PIN, which also
 * closes the idle dialog, so the model does not finish a PIN check while the dialog is open.
 */
export function stationModelEventsOf(snapshot: StationSnapshot): EventObject[] {
  const dialogOpen = snapshot.matches({ session: { attention: 'warning' } });
  const work = dialogOpen ? WORK_EVENTS.filter((event) => event.type !== 'xstate.done.actor.cardAndPin') : WORK_EVENTS;
  return [...READER_EVENTS, ...work, ...TIMER_EVENTS];
}

interface Deferred {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * The station machine with every invoked piece of work held open until the replay ends it, so a model event
 * such as "the loan request failed" becomes a real rejection of the real actor's promise.
 */
export function startReplayStation(taken: Set<string>) {
  const pending = new Map<string, Deferred>();
  const held = (name: string) =>
    fromPromise<never, unknown>(
      () =>
        new Promise<never>((resolve, reject) => {
          pending.set(name, { resolve: resolve as (value: unknown) => void, reject });
        }),
    );
  const machine = stationSessionMachine.provide({
    actors: {
      cardAndPin: cardAndPinMachine.provide({ actors: { checkPin: held('checkPin') as never } }),
      loadAccount: held('loadAccount') as never,
      pickUpItem: held('pickUpItem') as never,
      borrowItem: held('borrowItem') as never,
      returnItem: held('returnItem') as never,
      printReceipt: held('printReceipt') as never,
    },
  });
  const actor = createActor(machine, {
    input: STATION_MODEL_INPUT,
    clock: new SimulatedClock(),
    inspect: (inspection) => {
      if (inspection.type !== '@xstate.microstep') return;
      for (const transition of (inspection as unknown as { _transitions: AnyTransitionDefinition[] })._transitions) taken.add(transitionKeyOf(transition));
    },
  });
  actor.start();
  return { actor, pending };
}

export type ReplayStation = ReturnType<typeof startReplayStation>;

/** Lets promise callbacks run; the machine handles their events synchronously once they are delivered. */
const drain = () => new Promise((resolve) => setImmediate(resolve));

/** Applies one model event to the real actor, doing whatever produces that event in reality. */
export async function replayOnStation(station: ReplayStation, event: EventObject): Promise<void> {
  const [, kind, , name = ''] = event.type.split('.');
  if (event.type === 'xstate.done.actor.cardAndPin') {
    await finishPinCheck(station, (event as unknown as { output: { outcome: string; reader?: unknown } }).output);
  } else if (kind === 'done') {
    station.pending.get(name)?.resolve((event as unknown as { output: unknown }).output);
  } else if (kind === 'error') {
    station.pending.get(name)?.reject((event as unknown as { error: unknown }).error);
  } else {
    // Timer events are delivered directly: the model fires them in any order, and real durations are the
    // timer tests' concern.
    station.actor.send(event as StationEvent);
  }
  await drain();
}

async function finishPinCheck(station: ReplayStation, output: { outcome: string; reader?: unknown }): Promise<void> {
  const results: Record<string, PinCheckResult[]> = {
    authenticated: [{ outcome: 'accepted', reader: output.reader as typeof READER }],
    'too-many-tries': [{ outcome: 'rejected' }, { outcome: 'rejected' }, { outcome: 'rejected' }],
    'source-blocked': [{ outcome: 'source-blocked' }],
    'default-pin-refused': [{ outcome: 'default-pin-refused' }],
  };
  for (const result of results[output.outcome] ?? []) {
    station.actor.send({ type: 'PIN_ENTERED', pinHandle: 'handle' });
    await drain();
    station.pending.get('checkPin')?.resolve(result);
    await drain();
  }
}
