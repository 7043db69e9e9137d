import type { AnyTransitionDefinition, EventObject } from 'xstate';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import type { PinCheckResult } from '../../src/auth/pin-check.types.ts';
import { cardAndPinMachine } from '../../src/sessions/card-and-pin.machine.ts';
import { kioskSessionMachine } from '../../src/sessions/kiosk-session.machine.ts';
import type { KioskEvent, KioskSessionInput } from '../../src/sessions/kiosk-session.types.ts';
import { DEFAULT_KIOSK_TIMINGS } from '../../src/sessions/terminal-session.types.ts';
import type { KioskSnapshot } from '../../src/sessions/kiosk-session.view.ts';
import { ACCOUNT, CARD, ITEM, READER } from './kiosk-machine-harness.ts';

export const MODEL_INPUT: KioskSessionInput = {
  source: 'terminal:model',
  defaultLanguage: 'zh-Hant',
  maxPinTries: 3,
  cardRules: { format: 'library14', minLength: 6, maxLength: 19 },
  timings: DEFAULT_KIOSK_TIMINGS,
  pinLength: { min: 4, max: 12 },
  devices: { cardReader: 'ready', printer: 'ready' },
};

/** Returns a state's key in the model: the state value plus the context that changes which transitions apply. */
export function modelKeyOf(snapshot: KioskSnapshot): string {
  const { context } = snapshot;
  return JSON.stringify({ value: snapshot.value, borrowed: context.borrowed.length > 0, printer: context.devices.printer, timeLimitNear: context.timeLimitNear });
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
const done = (actor: string, output: unknown) => ({ type: `xstate.done.actor.${actor}`, output });
const failed = (actor: string) => ({ type: `xstate.error.actor.${actor}`, error: new Error(`${actor} failed`) });

/** Results of the invoked work, as the events XState delivers when that work ends. */
const WORK_EVENTS: EventObject[] = [
  done('cardAndPin', { outcome: 'authenticated', reader: READER }),
  done('cardAndPin', { outcome: 'authenticated', reader: { ...READER, isDefaultPin: true } }),
  done('cardAndPin', { outcome: 'too-many-tries' }),
  done('cardAndPin', { outcome: 'source-blocked' }),
  done('cardAndPin', { outcome: 'default-pin-refused' }),
  done('changePin', { outcome: 'changed' }),
  done('changePin', { outcome: 'mismatch' }),
  done('changePin', { outcome: 'not-allowed', reason: 'run' }),
  done('changePin', { outcome: 'busy' }),
  done('changePin', { outcome: 'fault' }),
  failed('changePin'),
  done('loadAccount', ACCOUNT),
  failed('loadAccount'),
  done('borrowItem', borrowed),
  done('borrowItem', { outcome: 'refused', reference: 'R2', reason: 'item-not-found', itemBarcode: ITEM }),
  failed('borrowItem'),
  done('printReceipt', { outcome: 'printed' }),
  done('printReceipt', { outcome: 'failed', problem: 'paper-out' }),
  failed('printReceipt'),
];

const TIMER_EVENTS: EventObject[] = [
  'xstate.after.sessionLimitNotice.kiosk.session',
  'xstate.after.sessionLimit.kiosk.session',
  'xstate.after.idleWarning.kiosk.session.attention.watching',
  'xstate.after.idleGrace.kiosk.session.attention.warning',
  'xstate.after.goodbyePause.kiosk.goodbye',
].map((type) => ({ type }));

export function isWorkOrTimerEvent(event: EventObject): boolean {
  return event.type.startsWith('xstate.');
}

/**
 * Returns the events offered in each model state. A PIN check only ends after the reader entered a PIN, which also
 * closes the idle dialog, so the model does not finish a PIN check while the dialog is open.
 */
export function modelEventsOf(snapshot: KioskSnapshot): EventObject[] {
  const dialogOpen = snapshot.matches({ session: { attention: 'warning' } });
  const work = dialogOpen ? WORK_EVENTS.filter((event) => event.type !== 'xstate.done.actor.cardAndPin') : WORK_EVENTS;
  return [...READER_EVENTS, ...work, ...TIMER_EVENTS];
}

interface Deferred {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Starts the kiosk machine with every invoked piece of work held open until the replay ends it, so a model event
 * such as "the loan request failed" becomes a real rejection of the real actor's promise.
 */
export function startReplayKiosk(taken: Set<string>) {
  const pending = new Map<string, Deferred>();
  const held = (name: string) =>
    fromPromise<never, unknown>(
      () =>
        new Promise<never>((resolve, reject) => {
          pending.set(name, { resolve: resolve as (value: unknown) => void, reject });
        }),
    );
  const machine = kioskSessionMachine.provide({
    actors: {
      cardAndPin: cardAndPinMachine.provide({ actors: { checkPin: held('checkPin') as never } }),
      changePin: held('changePin') as never,
      loadAccount: held('loadAccount') as never,
      borrowItem: held('borrowItem') as never,
      printReceipt: held('printReceipt') as never,
    },
  });
  const actor = createActor(machine, {
    input: MODEL_INPUT,
    clock: new SimulatedClock(),
    inspect: (inspection) => {
      if (inspection.type !== '@xstate.microstep') return;
      for (const transition of (inspection as unknown as { _transitions: AnyTransitionDefinition[] })._transitions) taken.add(transitionKeyOf(transition));
    },
  });
  actor.start();
  return { actor, pending };
}

export type ReplayKiosk = ReturnType<typeof startReplayKiosk>;

/** Lets promise callbacks run; the machine handles their events synchronously once they are delivered. */
const drain = () => new Promise((resolve) => setImmediate(resolve));

/** Applies one model event to the real actor, doing whatever produces that event in reality. */
export async function replay(kiosk: ReplayKiosk, event: EventObject): Promise<void> {
  const [, kind, , name = ''] = event.type.split('.');
  if (event.type === 'xstate.done.actor.cardAndPin') {
    await finishPinCheck(kiosk, (event as unknown as { output: { outcome: string; reader?: unknown } }).output);
  } else if (kind === 'done') {
    kiosk.pending.get(name)?.resolve((event as unknown as { output: unknown }).output);
  } else if (kind === 'error') {
    kiosk.pending.get(name)?.reject((event as unknown as { error: unknown }).error);
  } else {
    // Timer events are delivered directly: the model fires them in any order, and real durations are the
    // timer tests' concern.
    kiosk.actor.send(event as KioskEvent);
  }
  await drain();
}

async function finishPinCheck(kiosk: ReplayKiosk, output: { outcome: string; reader?: unknown }): Promise<void> {
  const results: Record<string, PinCheckResult[]> = {
    authenticated: [{ outcome: 'accepted', reader: output.reader as typeof READER }],
    'too-many-tries': [{ outcome: 'rejected' }, { outcome: 'rejected' }, { outcome: 'rejected' }],
    'source-blocked': [{ outcome: 'source-blocked' }],
    'default-pin-refused': [{ outcome: 'default-pin-refused' }],
  };
  for (const result of results[output.outcome] ?? []) {
    kiosk.actor.send({ type: 'PIN_ENTERED', pinHandle: 'handle' });
    await drain();
    kiosk.pending.get('checkPin')?.resolve(result);
    await drain();
  }
}

/** Names a transition of the machine definition: its source state, event and place among that event's candidates. */
export function transitionKeyOf(transition: AnyTransitionDefinition): string {
  const candidates = transition.source.transitions.get(transition.eventType) ?? [];
  return `${transition.source.id} ${transition.eventType} #${candidates.indexOf(transition)}`;
}
