import { getStateNodes } from '@xstate/graph';
import { afterAll, describe, expect, it } from 'vitest';
import { kioskSessionMachine } from '../../../src/sessions/kiosk-session.machine.ts';
import { MODEL_INPUT, modelEventsOf, modelKeyOf, replay, startReplayKiosk } from '../../support/kiosk-model.ts';
import { definedTransitionKeys, modelOf, reachedStateIds } from '../../support/session-model.ts';

// The model is the machine itself, walked with its pure transition function. Every edge it finds (a state
// and an event) is replayed on a real actor whose invoked work is held open and then resolved or rejected
// as the edge specifies, and the actor must land in the state the model predicts.
const { adjacency, edges } = modelOf(kioskSessionMachine, { input: MODEL_INPUT, eventsOf: modelEventsOf, keyOf: modelKeyOf, describeKey });

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
    const reached = reachedStateIds(adjacency, 'kiosk');

    const all = getStateNodes(kioskSessionMachine.root).map((node) => node.id);

    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });

  afterAll(() => {
    // Checked after the replays, so it counts the transitions the real actor took.
    const defined = definedTransitionKeys(kioskSessionMachine);
    expect(defined.filter((key) => !taken.has(key))).toEqual([]);
  });
});

function describeKey(key: string): string {
  const { value, borrowed, blocked, printer, timeLimitNear } = JSON.parse(key) as { value: unknown; borrowed: boolean; blocked: boolean; printer: string; timeLimitNear: boolean };
  const flags = [borrowed ? 'borrowed' : '', blocked ? 'blocked' : '', printer === 'ready' ? '' : `printer ${printer}`, timeLimitNear ? 'limit near' : ''].filter(Boolean);
  return `${JSON.stringify(value).replace(/"/g, '')}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
}
