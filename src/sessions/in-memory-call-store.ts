import type { CallStep, CallStore, NewCall, StoredCall } from './call-store.types.ts';

interface MemoryCall extends StoredCall {
  updatedAt: number;
  answers: Map<number, { twiml: string; idempotencyToken: string | null }>;
}

/**
 * A CallStore in process memory, for tests and benchmarks that leave SQLite out. It copies snapshots
 * through JSON as the SQLite adapter does, so callers cannot share objects with it by accident.
 */
export class InMemoryCallStore implements CallStore {
  readonly #calls = new Map<string, MemoryCall>();

  async loadCall(callSid: string): Promise<StoredCall | null> {
    const call = this.#calls.get(callSid);
    if (!call) return null;
    const { callSid: sid, machineVersion, rowVersion, nextStep, snapshot, status } = call;
    return { callSid: sid, machineVersion, rowVersion, nextStep, snapshot: copy(snapshot), status };
  }

  async findStepAnswer(callSid: string, step: number): Promise<string | null> {
    return this.#calls.get(callSid)?.answers.get(step)?.twiml ?? null;
  }

  async findAnswerByToken(callSid: string, idempotencyToken: string): Promise<string | null> {
    for (const answer of this.#calls.get(callSid)?.answers.values() ?? []) {
      if (answer.idempotencyToken === idempotencyToken) return answer.twiml;
    }
    return null;
  }

  async startCall(call: NewCall): Promise<'started' | 'exists'> {
    if (this.#calls.has(call.callSid)) return 'exists';
    this.#calls.set(call.callSid, {
      callSid: call.callSid,
      machineVersion: call.machineVersion,
      rowVersion: 1,
      nextStep: 1,
      snapshot: copy(call.snapshot),
      status: 'active',
      updatedAt: call.at.getTime(),
      answers: new Map([[0, { twiml: call.twiml, idempotencyToken: call.idempotencyToken }]]),
    });
    return 'started';
  }

  async saveStep(step: CallStep): Promise<'saved' | 'conflict'> {
    const call = this.#calls.get(step.callSid);
    if (!call || call.status !== 'active' || call.rowVersion !== step.expectedRowVersion || call.nextStep !== step.step) return 'conflict';
    call.snapshot = copy(step.snapshot);
    call.rowVersion += 1;
    call.nextStep += 1;
    call.updatedAt = step.at.getTime();
    call.answers.set(step.step, { twiml: step.twiml, idempotencyToken: step.idempotencyToken });
    return 'saved';
  }

  async closeCall(callSid: string, at: Date): Promise<boolean> {
    const call = this.#calls.get(callSid);
    if (!call) return false;
    call.status = 'closed';
    call.rowVersion += 1;
    call.updatedAt = at.getTime();
    return true;
  }

  async deleteCallsUpdatedBefore(cutoff: Date): Promise<number> {
    let deleted = 0;
    for (const [callSid, call] of this.#calls) {
      if (call.updatedAt < cutoff.getTime()) {
        this.#calls.delete(callSid);
        deleted += 1;
      }
    }
    return deleted;
  }
}

function copy(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
