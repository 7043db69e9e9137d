import { getAdjacencyMap, getShortestPaths, getStateNodes } from '@xstate/graph';
import type { EventObject } from 'xstate';
import { afterAll, describe, expect, it } from 'vitest';
import { kioskSessionMachine } from '../../../src/sessions/kiosk-session.machine.ts';
import type { KioskSnapshot } from '../../../src/sessions/kiosk-session.view.ts';
import {
  isWorkOrTimerEvent,
  MODEL_INPUT,
  modelEventsOf,
  modelKeyOf,
  replay,
  startReplayKiosk,
  transitionKeyOf,
} from '../../support/kiosk-model.ts';

// The model is the machine itself, walked with its pure transition function. Every edge it finds (a state
// and an event) is replayed on a real actor whose invoked work is held open and then resolved or rejected
// as the edge specifies, and the actor must land in the state the model predicts.
const traversal = {
  input: MODEL_INPUT,
  events: (snapshot: KioskSnapshot) => modelEventsOf(snapshot),
  serializeState: (snapshot: KioskSnapshot) => modelKeyOf(snapshot),
  serializeEvent: (event: EventObject) => JSON.stringify(event),
};

const adjacency = getAdjacencyMap(kioskSessionMachine, traversal as never) as Record<
  string,
  { state: KioskSnapshot; transitions: Record<string, { event: EventObject; state: KioskSnapshot }> }
>;
const pathTo = new Map(getShortestPaths(kioskSessionMachine, traversal as never).map((path) => [modelKeyOf(path.state as KioskSnapshot), path]));

interface Edge {
  name: string;
  steps: EventObject[];
  event: EventObject;
  expected: string;
}

const edges: Edge[] = [];
for (const [key, { transitions }] of Object.entries(adjacency)) {
  const path = pathTo.get(key);
  if (!path) continue;
  for (const { event, state } of Object.values(transitions)) {
    const expected = modelKeyOf(state);
    // Work and timer events only exist while their work or timer does; elsewhere they cannot happen.
    if (isWorkOrTimerEvent(event) && expected === key) continue;
    edges.push({ name: `${describeKey(key)} --${describeEvent(event)}--> ${describeKey(expected)}`, steps: path.steps.map((step) => step.event as EventObject), event, expected });
  }
}

const taken = new Set<string>();

describe('kiosk session model', () => {
  it.each(edges.map((edge) => [edge.name, edge] as const))('%s', async (_name, edge) => {
    const kiosk = startReplayKiosk(taken);
    for (const step of edge.steps) await replay(kiosk, step);

    await replay(kiosk, edge.event);

    expect(modelKeyOf(kiosk.actor.getSnapshot())).toBe(edge.expected);
    kiosk.actor.stop();
  });

  it('reaches every state of the machine', () => {
    const reached = new Set<string>();
    for (const { state } of Object.values(adjacency)) for (const id of activeStateIds(state.value, 'kiosk')) reached.add(id);

    const all = getStateNodes(kioskSessionMachine.root).map((node) => node.id);

    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });

  afterAll(() => {
    // Checked after the replays, so it counts the transitions the real actor took.
    const defined = [kioskSessionMachine.root, ...getStateNodes(kioskSessionMachine.root)].flatMap((node) =>
      [...node.transitions.values()].flatMap((candidates) => candidates.map(transitionKeyOf)),
    );
    expect(defined.filter((key) => !taken.has(key))).toEqual([]);
  });
});

function activeStateIds(value: unknown, prefix: string): string[] {
  if (typeof value === 'string') return [prefix, `${prefix}.${value}`];
  const ids = [prefix];
  for (const [child, childValue] of Object.entries(value as Record<string, unknown>)) ids.push(...activeStateIds(childValue, `${prefix}.${child}`));
  return ids;
}

function describeKey(key: string): string {
  const { value, borrowed, printer, timeLimitNear } = JSON.parse(key) as { value: unknown; borrowed: boolean; printer: string; timeLimitNear: boolean };
  const flags = [borrowed ? 'borrowed' : '', printer === 'ready' ? '' : `printer ${printer}`, timeLimitNear ? 'limit near' : ''].filter(Boolean);
  return `${JSON.stringify(value).replace(/"/g, '')}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
}

function describeEvent(event: EventObject): string {
  const { type, ...payload } = event as EventObject & Record<string, unknown>;
  const detail = 'output' in payload ? (payload.output as { outcome?: string }).outcome ?? 'done' : Object.values(payload).map(String).join(' ');
  return detail ? `${type} ${detail}` : type;
}
