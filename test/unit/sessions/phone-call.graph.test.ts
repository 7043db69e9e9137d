import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { phoneCallMachine } from '../../../src/sessions/phone-call.machine.ts';
import type { PhoneCallEvent } from '../../../src/sessions/phone-call.types.ts';
import {
  allStateIds,
  allTransitions,
  describeTransition,
  exploreModel,
  MODEL_LIMITS,
  serializeModelState,
  shortestPathsByState,
} from '../../support/phone-call-model.ts';

describe('phone call machine graph', () => {
  const { edges, states } = exploreModel();

  it('reaches every state of the machine', () => {
    const reached = new Set<string>(['phoneCall']);
    for (const edge of edges) for (const transition of edge.transitions) for (const target of (transition as { target?: Array<{ id: string }> }).target ?? []) reached.add(target.id);
    for (const state of states) reached.add(`phoneCall.${String(state.value)}`);

    const missing = allStateIds().filter((id) => !reached.has(id));

    expect(missing).toEqual([]);
  });

  it('takes every transition of the machine', () => {
    const taken = new Set<object>();
    for (const edge of edges) for (const transition of edge.transitions) taken.add(transition);

    const missing = allTransitions().filter((transition) => !taken.has(transition)).map(describeTransition);

    expect(allTransitions().length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('stays finite with its bounded counters', () => {
    expect(states.length).toBeLessThan(500);
    for (const state of states) {
      expect(state.context.reprompts).toBeLessThanOrEqual(MODEL_LIMITS.maxReprompts);
      expect(state.context.cardsUsed).toBeLessThanOrEqual(MODEL_LIMITS.cardsPerCall);
    }
  });

  it('reaches each state on a live actor by its shortest path', () => {
    const paths = shortestPathsByState();

    for (const [serialized, events] of paths) {
      const actor = createActor(phoneCallMachine, { input: MODEL_LIMITS });
      actor.start();
      for (const event of events) actor.send(event as PhoneCallEvent);

      expect(serializeModelState(actor.getSnapshot())).toBe(serialized);
      actor.stop();
    }
    expect(paths.size).toBe(states.length);
  });

  it('persists no card or PIN handle once the PIN step is over', () => {
    for (const state of states.filter((each) => each.value !== 'enteringPin')) {
      const persisted = JSON.stringify(phoneCallMachine.getPersistedSnapshot(state));

      expect(persisted).not.toContain('card-handle');
      expect(persisted).not.toContain('pin-handle');
    }
  });
});
