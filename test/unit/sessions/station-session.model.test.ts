import { getStateNodes } from '@xstate/graph';
import { afterAll, describe, expect, it } from 'vitest';
import { stationSessionMachine } from '../../../src/sessions/station-session.machine.ts';
import { definedTransitionKeys, modelOf, reachedStateIds } from '../../support/session-model.ts';
import { replayOnStation, startReplayStation, STATION_MODEL_INPUT, stationModelEventsOf, stationModelKeyOf } from '../../support/station-model.ts';

// The model is the machine itself, walked with its pure transition function. Every edge it finds (a state
// and an event) is replayed on a real actor whose invoked work is held open and then resolved or rejected
// as the edge says, and the actor must land in the state the model predicts.
const { adjacency, edges } = modelOf(stationSessionMachine, { input: STATION_MODEL_INPUT, eventsOf: stationModelEventsOf, keyOf: stationModelKeyOf, describeKey });

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
    const reached = reachedStateIds(adjacency, 'station');

    const all = getStateNodes(stationSessionMachine.root).map((node) => node.id);

    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });

  afterAll(() => {
    // Checked after the replays, so it counts the transitions the real actor took.
    const defined = definedTransitionKeys(stationSessionMachine);
    expect(defined.length).toBeGreaterThan(60);
    expect(defined.filter((key) => !taken.has(key))).toEqual([]);
  });
});

function describeKey(key: string): string {
  const { value, checkedOut, returned, holdsHere, printer, timeLimitNear } = JSON.parse(key) as Record<string, unknown>;
  const flags = [checkedOut ? 'checked out' : '', returned ? 'returned' : '', holdsHere ? 'holds here' : '', printer === 'ready' ? '' : `printer ${String(printer)}`, timeLimitNear ? 'limit near' : ''].filter(Boolean);
  return `${JSON.stringify(value).replace(/"/g, '')}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
}
