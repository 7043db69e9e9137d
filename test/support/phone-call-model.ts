import { createActor, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { phoneCallMachine } from '../../src/sessions/phone-call.machine.ts';
import type { CallRenewAll, PhoneCallEvent, PhoneCallLimits } from '../../src/sessions/phone-call.types.ts';
import { expectedInputOf, type ExpectedInput } from '../../ivr/call-input.ts';

/** Small limits keep the graph small; every limit still has a "reached" branch to cover. */
export const MODEL_LIMITS: PhoneCallLimits = { maxReprompts: 1, pinTriesPerCard: 3, cardsPerCall: 2 };

type CallSnapshot = SnapshotFrom<typeof phoneCallMachine>;
/** A caller event or the completion of an invoked actor (`xstate.done.actor.*`, `xstate.error.actor.*`). */
export type ModelEvent = PhoneCallEvent | { type: `xstate.done.actor.${string}`; output: unknown } | { type: `xstate.error.actor.${string}`; error: unknown };

const title = (en: string, zh: string) => ({ en, zh });
export const MODEL_LOANS = [
  { loanId: 1, title: title('The Hungry Caterpillar', '好餓的毛毛蟲'), dueAt: '2026-03-09T15:59:59.000Z', overdue: false },
  { loanId: 2, title: title('A Brief History of Time', '時間簡史'), dueAt: '2026-02-20T15:59:59.000Z', overdue: true },
];
const PARTLY_RENEWED: CallRenewAll = {
  reference: '40000001',
  renewed: [{ title: MODEL_LOANS[0]!.title, newDueAt: '2026-03-16T02:00:00.000Z' }],
  refused: [{ title: MODEL_LOANS[1]!.title, reason: 'reserved-by-another-reader' }],
};
const NOTHING_RENEWED: CallRenewAll = { reference: '40000002', renewed: [], refused: [] };

const KEYS = ['1', '2', '3', '0', '8', '9', '*', '5'] as const;

/** Every event the model offers; completions are offered only while their actor is running. */
export const MODEL_EVENTS: readonly ModelEvent[] = [
  ...KEYS.map((key) => ({ type: 'KEY_PRESSED' as const, key, requestKey: 'model' })),
  { type: 'CARD_ENTERED', cardHandle: 'card-handle' },
  { type: 'CARD_INVALID' },
  { type: 'PIN_ENTERED', pinHandle: 'pin-handle' },
  { type: 'CARD_CHANGE_REQUESTED' },
  { type: 'CARD_LOST' },
  { type: 'NO_INPUT' },
  { type: 'INVALID_INPUT' },
  { type: 'xstate.done.actor.cardAndPin', output: { outcome: 'authenticated', reader: { readerId: 1, cardNumber: 'model', name: 'Model', language: 'en', isDefaultPin: false } } },
  { type: 'xstate.done.actor.cardAndPin', output: { outcome: 'too-many-tries' } },
  { type: 'xstate.done.actor.cardAndPin', output: { outcome: 'source-blocked' } },
  { type: 'xstate.done.actor.cardAndPin', output: { outcome: 'default-pin-refused' } },
  { type: 'xstate.done.actor.accountSummary', output: { loansCount: 2, overdueCount: 1 } },
  { type: 'xstate.done.actor.accountSummary', output: { loansCount: 0, overdueCount: 0 } },
  { type: 'xstate.error.actor.accountSummary', error: new Error('model fault') },
  { type: 'xstate.done.actor.renewAll', output: PARTLY_RENEWED },
  { type: 'xstate.done.actor.renewAll', output: NOTHING_RENEWED },
  { type: 'xstate.error.actor.renewAll', error: new Error('model fault') },
  { type: 'xstate.done.actor.listLoans', output: MODEL_LOANS },
  { type: 'xstate.done.actor.listLoans', output: [] },
  { type: 'xstate.error.actor.listLoans', error: new Error('model fault') },
  { type: 'xstate.done.actor.listCharges', output: { totalCents: 1250, currency: 'HKD', items: [{ amountCents: 1250, reason: 'Overdue fine' }] } },
  { type: 'xstate.error.actor.listCharges', error: new Error('model fault') },
  { type: 'xstate.done.actor.renewOne', output: { outcome: 'renewed', reference: '40000003', title: MODEL_LOANS[0]!.title, newDueAt: '2026-03-16T02:00:00.000Z' } },
  { type: 'xstate.done.actor.renewOne', output: { outcome: 'refused', reference: '40000004', title: MODEL_LOANS[1]!.title, reason: 'renewal-limit-reached' } },
  { type: 'xstate.error.actor.renewOne', error: new Error('model fault') },
];

const CALLER_EVENTS: Readonly<Record<ExpectedInput, ReadonlySet<string>>> = {
  key: new Set(['KEY_PRESSED', 'NO_INPUT', 'INVALID_INPUT']),
  card: new Set(['CARD_ENTERED', 'CARD_INVALID', 'NO_INPUT', 'INVALID_INPUT']),
  pin: new Set(['PIN_ENTERED', 'CARD_CHANGE_REQUESTED', 'CARD_LOST', 'NO_INPUT', 'INVALID_INPUT']),
  none: new Set(),
};

/**
 * Events offered in `state`: the caller events the channel can send there (as `expectedInputOf` decides
 * how to read `Digits`), and completions only of actors running in it.
 */
export function eventsFor(state: CallSnapshot): ModelEvent[] {
  const running = Object.keys(state.children);
  const callerEvents = CALLER_EVENTS[expectedInputOf(state)];
  return MODEL_EVENTS.filter((event) =>
    event.type.startsWith('xstate.') ? running.some((id) => event.type.endsWith(`.actor.${id}`)) : callerEvents.has(event.type),
  );
}

const LOAN_STATES = new Set(['choosingLoan', 'renewingOne', 'renewOneResult']);

/**
 * Identifies a state by what steers the flow: the state, counters, the loan position where it matters,
 * whether the main menu has loans to offer, and whether the PIN question offers to key the card again.
 */
export function serializeModelState(state: CallSnapshot): string {
  const { context } = state;
  return JSON.stringify([
    state.value,
    state.status,
    context.reprompts,
    context.cardsUsed,
    LOAN_STATES.has(String(state.value)) ? [context.loanIndex, context.loans.length] : null,
    state.value === 'renewAllResult' ? (context.renewAll?.refused.length ?? 0) : null,
    state.value === 'mainMenu' ? (context.summary?.loansCount ?? 0) > 0 : null,
    state.value === 'enteringPin' ? context.pinEntered : null,
  ]);
}

export interface ModelEdge {
  state: CallSnapshot;
  event: ModelEvent;
  nextState: CallSnapshot;
  /** Transitions of the phone-call machine taken by this edge, always-transitions included. */
  transitions: Set<object>;
}

/** Walks the machine's graph and records, for every edge, which of its transitions fire. */
export function exploreModel(machine: AnyStateMachine = phoneCallMachine): { edges: ModelEdge[]; states: CallSnapshot[] } {
  const options = { events: eventsFor, serializeState: serializeModelState, input: MODEL_LIMITS } as never;
  const adjacency = getAdjacencyMap(machine, options) as Record<string, { state: CallSnapshot; transitions: Record<string, { event: ModelEvent; state: CallSnapshot }> }>;
  const edges: ModelEdge[] = [];
  for (const { state, transitions } of Object.values(adjacency)) {
    for (const { event, state: nextState } of Object.values(transitions)) {
      edges.push({ state, event, nextState, transitions: transitionsTaken(machine, state, event) });
    }
  }
  return { edges, states: Object.values(adjacency).map((entry) => entry.state) };
}

/** Shortest event sequences from the start to each serialized state. */
export function shortestPathsByState(): Map<string, ModelEvent[]> {
  const paths = getShortestPaths(phoneCallMachine, { events: eventsFor, serializeState: serializeModelState, input: MODEL_LIMITS } as never);
  const byState = new Map<string, ModelEvent[]>();
  for (const path of paths) {
    byState.set(serializeModelState(path.state as CallSnapshot), path.steps.slice(1).map((step) => step.event as ModelEvent));
  }
  return byState;
}

/** Every transition definition of the machine's own states (not of invoked child machines). */
export function allTransitions(machine: AnyStateMachine = phoneCallMachine): object[] {
  const found: object[] = [];
  const visit = (node: AnyStateMachine['root']): void => {
    for (const list of node.transitions.values()) found.push(...list);
    if (node.always) found.push(...node.always);
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  return found;
}

export function allStateIds(machine: AnyStateMachine = phoneCallMachine): string[] {
  const ids: string[] = [];
  const visit = (node: AnyStateMachine['root']): void => {
    ids.push(node.id);
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  return ids;
}

export function describeTransition(transition: object): string {
  const definition = transition as { source: { id: string }; eventType: string; target?: Array<{ id: string }>; guard?: unknown };
  return `${definition.source.id} on ${definition.eventType || '(always)'} -> ${definition.target?.map((target) => target.id).join(',') ?? '(stay)'}`;
}

/** Replays one event from a state on a live actor, collecting the transitions of each microstep. */
function transitionsTaken(machine: AnyStateMachine, state: CallSnapshot, event: ModelEvent): Set<object> {
  const taken = new Set<object>();
  if (state.status !== 'active') return taken;
  const actor = createActor(machine, {
    snapshot: machine.getPersistedSnapshot(state),
    inspect: (inspection) => {
      if (inspection.type !== '@xstate.microstep') return;
      for (const transition of (inspection as unknown as { _transitions: Array<{ source: { machine: unknown } }> })._transitions) {
        if (transition.source.machine === machine) taken.add(transition);
      }
    },
  });
  actor.start();
  actor.send(event);
  actor.stop();
  return taken;
}
