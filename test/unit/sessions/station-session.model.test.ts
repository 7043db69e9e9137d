import { getAdjacencyMap, getShortestPaths, getStateNodes } from '@xstate/graph';
import type { EventObject } from 'xstate';
import { afterAll, describe, expect, it } from 'vitest';
import { stationSessionMachine } from '../../../src/sessions/station-session.machine.ts';
import type { StationSnapshot } from '../../../src/sessions/station-session.view.ts';
import {
  isWorkOrTimerEvent,
  replayOnStation,
  startReplayStation,
  STATION_MODEL_INPUT,
  stationModelEventsOf,
  stationModelKeyOf,
  transitionKeyOf,
} from '../../support/station-model.ts';

// The model is the machine itself, walked with its pure transition function. Every edge it finds (a state
// and an event) is replayed on a real actor whose invoked work is held open and then resolved or rejected
// as the edge says, and the actor must land in the state the model predicts.
const traversal = {
  input: STATION_MODEL_INPUT,
  events: (snapshot: StationSnapshot) => stationModelEventsOf(snapshot),
  serializeState: (snapshot: StationSnapshot) => stationModelKeyOf(snapshot),
  serializeEvent: (event: EventObject) => JSON.stringify(event),
};

const adjacency = getAdjacencyMap(stationSessionMachine, traversal as never) as Record<
  string,
  { state: StationSnapshot; transitions: Record<string, { event: EventObject; state: StationSnapshot }> }
>;
const pathTo = new Map(getShortestPaths(stationSessionMachine, traversal as never).map((path) => [stationModelKeyOf(path.state as StationSnapshot), path]));

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
    const expected = stationModelKeyOf(state);
    // Work and timer events only exist while their work or timer does; elsewhere they cannot happen.
    if (isWorkOrTimerEvent(event) && expected === key) continue;
    edges.push({ name: `${describeKey(key)} --${describeEvent(event)}--> ${describeKey(expected)}`, steps: path.steps.map((step) => step.event as EventObject), event, expected });
  }
}

const taken = new Set<string>();

describe('station session model', () => {
  it.each(edges.map((edge) => [edge.name, edge] as const))('%s', async (_name, edge) => {
    const station = startReplayStation(taken);
    for (const step of edge.steps) await replayOnStation(station, step);

    await replayOnStation(station, edge.event);

    expect(stationModelKeyOf(station.actor.getSnapshot())).toBe(edge.expected);
    station.actor.stop();
  });

  it('reaches every state of the machine', () => {
    const reached = new Set<string>();
    for (const { state } of Object.values(adjacency)) for (const id of activeStateIds(state.value, 'station')) reached.add(id);

    const all = getStateNodes(stationSessionMachine.root).map((node) => node.id);

    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });

  afterAll(() => {
    // Checked after the replays, so it counts the transitions the real actor took.
    const defined = [stationSessionMachine.root, ...getStateNodes(stationSessionMachine.root)].flatMap((node) =>
      [...node.transitions.values()].flatMap((candidates) => candidates.map(transitionKeyOf)),
    );
    expect(defined.length).toBeGreaterThan(60);
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
  const { value, checkedOut, returned, holdsHere, printer, timeLimitNear } = JSON.parse(key) as Record<string, unknown>;
  const flags = [checkedOut ? 'checked out' : '', returned ? 'returned' : '', holdsHere ? 'holds here' : '', printer === 'ready' ? '' : `printer ${String(printer)}`, timeLimitNear ? 'limit near' : ''].filter(Boolean);
  return `${JSON.stringify(value).replace(/"/g, '')}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
}

function describeEvent(event: EventObject): string {
  const { type, ...payload } = event as EventObject & Record<string, unknown>;
  const detail = 'output' in payload ? ((payload.output as { outcome?: string }).outcome ?? 'done') : Object.values(payload).map(String).join(' ');
  return detail ? `${type} ${detail}` : type;
}
