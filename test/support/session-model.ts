import { getAdjacencyMap, getShortestPaths, getStateNodes } from '@xstate/graph';
import { createActor, fromPromise, SimulatedClock, type AnyActorRef, type AnyStateMachine, type AnyTransitionDefinition, type EventObject, type InputFrom, type SnapshotFrom } from 'xstate';
import type { AuthenticatedReader, PinCheckResult } from '../../src/auth/pin-check.types.ts';
import { cardAndPinMachine } from '../../src/sessions/card-and-pin.machine.ts';

// Model-based testing of the kiosk and station session machines. The model is the machine itself, walked with
// its pure transition function; each edge is replayed on a real actor whose invoked work is held open until
// the replay resolves or rejects it. Each mode's model file chooses the events and the state key.

/** Returns the event XState delivers when the invoked actor `actor` finishes with `output`. */
export const done = (actor: string, output: unknown) => ({ type: `xstate.done.actor.${actor}`, output });

/** Returns the event XState delivers when the invoked actor `actor` fails. */
export const failed = (actor: string) => ({ type: `xstate.error.actor.${actor}`, error: new Error(`${actor} failed`) });

/** Returns the ends of the card-and-PIN step: each of `readers` signed in, then each outcome that lets nobody in. */
export function signInWorkEvents(...readers: AuthenticatedReader[]): EventObject[] {
  return [
    ...readers.map((reader) => done('cardAndPin', { outcome: 'authenticated', reader })),
    done('cardAndPin', { outcome: 'too-many-tries' }),
    done('cardAndPin', { outcome: 'source-blocked' }),
    done('cardAndPin', { outcome: 'default-pin-refused' }),
  ];
}

/** Ends of a receipt print: printed, a printer problem, and a failed request. */
export const PRINT_WORK_EVENTS: EventObject[] = [done('printReceipt', { outcome: 'printed' }), done('printReceipt', { outcome: 'failed', problem: 'paper-out' }), failed('printReceipt')];

/** Returns the events of the session timers of the terminal machine with id `machineId`. */
export function timerEventsOf(machineId: string): EventObject[] {
  return [
    `xstate.after.sessionLimitNotice.${machineId}.session`,
    `xstate.after.sessionLimit.${machineId}.session`,
    `xstate.after.idleWarning.${machineId}.session.attention.watching`,
    `xstate.after.idleGrace.${machineId}.session.attention.warning`,
    `xstate.after.goodbyePause.${machineId}.goodbye`,
  ].map((type) => ({ type }));
}

export function isWorkOrTimerEvent(event: EventObject): boolean {
  return event.type.startsWith('xstate.');
}

/**
 * Returns the events offered in a model state. A PIN check only ends after the reader entered a PIN, which
 * also closes the idle dialog, so the model does not finish a PIN check while the dialog is open.
 */
export function offeredEvents(dialogOpen: boolean, events: { reader: EventObject[]; work: EventObject[]; timers: EventObject[] }): EventObject[] {
  const work = dialogOpen ? events.work.filter((event) => event.type !== 'xstate.done.actor.cardAndPin') : events.work;
  return [...events.reader, ...work, ...events.timers];
}

export interface ModelEdge {
  name: string;
  steps: EventObject[];
  event: EventObject;
  expected: string;
}

export interface ModelOptions<Machine extends AnyStateMachine> {
  input: InputFrom<Machine>;
  eventsOf(snapshot: SnapshotFrom<Machine>): EventObject[];
  keyOf(snapshot: SnapshotFrom<Machine>): string;
  /** Words a state key for test names. */
  describeKey(key: string): string;
}

/**
 * Walks `machine` and returns its adjacency map and every edge to replay, each with the shortest path to
 * its source state and a name that reads `source --event--> target`.
 */
export function modelOf<Machine extends AnyStateMachine>(machine: Machine, options: ModelOptions<Machine>) {
  const traversal = {
    input: options.input,
    events: (snapshot: SnapshotFrom<Machine>) => options.eventsOf(snapshot),
    serializeState: (snapshot: SnapshotFrom<Machine>) => options.keyOf(snapshot),
    serializeEvent: (event: EventObject) => JSON.stringify(event),
  };
  const adjacency = getAdjacencyMap(machine, traversal as never) as Record<
    string,
    { state: SnapshotFrom<Machine>; transitions: Record<string, { event: EventObject; state: SnapshotFrom<Machine> }> }
  >;
  const pathTo = new Map(getShortestPaths(machine, traversal as never).map((path) => [options.keyOf(path.state as SnapshotFrom<Machine>), path]));

  const edges: ModelEdge[] = [];
  for (const [key, { transitions }] of Object.entries(adjacency)) {
    const path = pathTo.get(key);
    if (!path) continue;
    for (const { event, state } of Object.values(transitions)) {
      const expected = options.keyOf(state);
      // Work and timer events only exist while their work or timer does; elsewhere they cannot happen.
      if (isWorkOrTimerEvent(event) && expected === key) continue;
      const name = `${options.describeKey(key)} --${describeEvent(event)}--> ${options.describeKey(expected)}`;
      edges.push({ name, steps: path.steps.map((step) => step.event as EventObject), event, expected });
    }
  }
  return { adjacency, edges };
}

/** Returns the ids of every state node active in some state of the adjacency map; `machineId` is the root's id. */
export function reachedStateIds(adjacency: Record<string, { state: { value: unknown } }>, machineId: string): Set<string> {
  const reached = new Set<string>();
  for (const { state } of Object.values(adjacency)) for (const id of activeStateIds(state.value, machineId)) reached.add(id);
  return reached;
}

/** Returns the key of every transition the machine defines, as `transitionKeyOf` names them. */
export function definedTransitionKeys(machine: AnyStateMachine): string[] {
  return [machine.root, ...getStateNodes(machine.root)].flatMap((node) => [...node.transitions.values()].flatMap((candidates) => candidates.map(transitionKeyOf)));
}

/** Names a transition of the machine definition: its source state, event and place among that event's candidates. */
export function transitionKeyOf(transition: AnyTransitionDefinition): string {
  const candidates = transition.source.transitions.get(transition.eventType) ?? [];
  return `${transition.source.id} ${transition.eventType} #${candidates.indexOf(transition)}`;
}

interface Deferred {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Starts `machine` with the card-and-PIN step's `checkPin` and each actor in `actorNames` held open until the
 * replay ends it, so a model event such as "the loan request failed" becomes a real rejection of the real
 * actor's promise. Every transition the actor takes is added to `taken`.
 */
export function startReplay<Machine extends AnyStateMachine>(machine: Machine, input: InputFrom<Machine>, actorNames: string[], taken: Set<string>) {
  const pending = new Map<string, Deferred>();
  const held = (name: string) =>
    fromPromise<never, unknown>(
      () =>
        new Promise<never>((resolve, reject) => {
          pending.set(name, { resolve: resolve as (value: unknown) => void, reject });
        }),
    );
  const actors = Object.fromEntries(actorNames.map((name) => [name, held(name)]));
  const provided = machine.provide({
    actors: { cardAndPin: cardAndPinMachine.provide({ actors: { checkPin: held('checkPin') as never } }), ...actors },
  } as never) as Machine;
  const actor = createActor(provided, {
    input,
    clock: new SimulatedClock(),
    inspect: (inspection) => {
      if (inspection.type !== '@xstate.microstep') return;
      for (const transition of (inspection as unknown as { _transitions: AnyTransitionDefinition[] })._transitions) taken.add(transitionKeyOf(transition));
    },
  });
  actor.start();
  return { actor, pending };
}

export type Replay<Machine extends AnyStateMachine> = ReturnType<typeof startReplay<Machine>>;

/** What the replay needs of a started session: its actor, and the work it holds open by actor name. */
interface ReplaySession {
  actor: AnyActorRef;
  pending: Map<string, Deferred>;
}

/** Lets promise callbacks run; the machine handles their events synchronously once they are delivered. */
const drain = () => new Promise((resolve) => setImmediate(resolve));

/** Applies one model event to the real actor, doing whatever produces that event in reality. */
export async function replayEvent(session: ReplaySession, event: EventObject): Promise<void> {
  const [, kind, , name = ''] = event.type.split('.');
  if (event.type === 'xstate.done.actor.cardAndPin') {
    await finishPinCheck(session, (event as unknown as { output: { outcome: string; reader?: unknown } }).output);
  } else if (kind === 'done') {
    session.pending.get(name)?.resolve((event as unknown as { output: unknown }).output);
  } else if (kind === 'error') {
    session.pending.get(name)?.reject((event as unknown as { error: unknown }).error);
  } else {
    // Timer events are delivered directly: the model fires them in any order, and real durations are the
    // timer tests' concern.
    session.actor.send(event);
  }
  await drain();
}

async function finishPinCheck(session: ReplaySession, output: { outcome: string; reader?: unknown }): Promise<void> {
  const results: Record<string, PinCheckResult[]> = {
    authenticated: [{ outcome: 'accepted', reader: output.reader as AuthenticatedReader }],
    'too-many-tries': [{ outcome: 'rejected' }, { outcome: 'rejected' }, { outcome: 'rejected' }],
    'source-blocked': [{ outcome: 'source-blocked' }],
    'default-pin-refused': [{ outcome: 'default-pin-refused' }],
  };
  for (const result of results[output.outcome] ?? []) {
    session.actor.send({ type: 'PIN_ENTERED', pinHandle: 'handle' });
    await drain();
    session.pending.get('checkPin')?.resolve(result);
    await drain();
  }
}

function activeStateIds(value: unknown, prefix: string): string[] {
  if (typeof value === 'string') return [prefix, `${prefix}.${value}`];
  const ids = [prefix];
  for (const [child, childValue] of Object.entries(value as Record<string, unknown>)) ids.push(...activeStateIds(childValue, `${prefix}.${child}`));
  return ids;
}

function describeEvent(event: EventObject): string {
  const { type, ...payload } = event as EventObject & Record<string, unknown>;
  const detail = 'output' in payload ? ((payload.output as { outcome?: string }).outcome ?? 'done') : Object.values(payload).map(String).join(' ');
  return detail ? `${type} ${detail}` : type;
}
