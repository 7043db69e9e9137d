import type { CallStep, CallStore, NewCall, StoredCall } from '../sessions/call-store.types.ts';
import type { SqliteDatabase } from './database.ts';

interface CallRow {
  call_sid: string;
  machine_version: number;
  row_version: number;
  next_step: number;
  snapshot: string;
  status: 'active' | 'closed';
}

/** The CallStore on the service's SQLite database; each method runs as one synchronous transaction. */
export function createSqliteCallStore(database: SqliteDatabase): CallStore {
  const selectCall = database.prepare<[string], CallRow>(
    'SELECT call_sid, machine_version, row_version, next_step, snapshot, status FROM phone_calls WHERE call_sid = ?',
  );
  const selectStep = database.prepare<[string, number], { twiml: string }>('SELECT twiml FROM phone_call_steps WHERE call_sid = ? AND step = ?');
  const selectByToken = database.prepare<[string, string], { twiml: string }>(
    'SELECT twiml FROM phone_call_steps WHERE call_sid = ? AND idempotency_token = ?',
  );
  const insertCall = database.prepare(
    `INSERT INTO phone_calls (call_sid, machine_version, row_version, next_step, snapshot, status, created_at, updated_at)
     VALUES (?, ?, 1, 1, ?, 'active', ?, ?) ON CONFLICT (call_sid) DO NOTHING`,
  );
  const insertStep = database.prepare('INSERT INTO phone_call_steps (call_sid, step, idempotency_token, twiml, created_at) VALUES (?, ?, ?, ?, ?)');
  const updateCall = database.prepare(
    `UPDATE phone_calls SET snapshot = ?, row_version = row_version + 1, next_step = next_step + 1, updated_at = ?
     WHERE call_sid = ? AND row_version = ? AND next_step = ? AND status = 'active'`,
  );
  const closeCall = database.prepare(`UPDATE phone_calls SET status = 'closed', row_version = row_version + 1, updated_at = ? WHERE call_sid = ?`);
  const deleteSteps = database.prepare('DELETE FROM phone_call_steps WHERE call_sid IN (SELECT call_sid FROM phone_calls WHERE updated_at < ?)');
  const deleteCalls = database.prepare('DELETE FROM phone_calls WHERE updated_at < ?');

  const start = database.transaction((call: NewCall): 'started' | 'exists' => {
    const at = call.at.toISOString();
    const inserted = insertCall.run(call.callSid, call.machineVersion, JSON.stringify(call.snapshot), at, at);
    if (inserted.changes === 0) return 'exists';
    insertStep.run(call.callSid, 0, call.idempotencyToken, call.twiml, at);
    return 'started';
  });

  const save = database.transaction((step: CallStep): 'saved' | 'conflict' => {
    const at = step.at.toISOString();
    const updated = updateCall.run(JSON.stringify(step.snapshot), at, step.callSid, step.expectedRowVersion, step.step);
    if (updated.changes === 0) return 'conflict';
    insertStep.run(step.callSid, step.step, step.idempotencyToken, step.twiml, at);
    return 'saved';
  });

  const deleteOld = database.transaction((cutoff: string): number => {
    deleteSteps.run(cutoff);
    return deleteCalls.run(cutoff).changes;
  });

  return {
    async loadCall(callSid) {
      const row = selectCall.get(callSid);
      return row ? toStoredCall(row) : null;
    },
    async findStepAnswer(callSid, step) {
      return selectStep.get(callSid, step)?.twiml ?? null;
    },
    async findAnswerByToken(callSid, idempotencyToken) {
      return selectByToken.get(callSid, idempotencyToken)?.twiml ?? null;
    },
    async startCall(call) {
      return start(call);
    },
    async saveStep(step) {
      return save(step);
    },
    async closeCall(callSid, at) {
      return closeCall.run(at.toISOString(), callSid).changes > 0;
    },
    async deleteCallsUpdatedBefore(cutoff) {
      return deleteOld(cutoff.toISOString());
    },
  };
}

function toStoredCall(row: CallRow): StoredCall {
  return {
    callSid: row.call_sid,
    machineVersion: row.machine_version,
    rowVersion: row.row_version,
    nextStep: row.next_step,
    snapshot: JSON.parse(row.snapshot) as unknown,
    status: row.status,
  };
}
