/** A call's persisted state: the machine snapshot (JSON, no PIN or keyed digits) and its versions. */
export interface StoredCall {
  callSid: string;
  /** Shape version of the machine that wrote `snapshot`; see PHONE_CALL_MACHINE_VERSION. */
  machineVersion: number;
  /** Raised by every write; a write that expects an older value is refused. */
  rowVersion: number;
  /** The step number the next webhook must carry; earlier steps are answered from their stored TwiML. */
  nextStep: number;
  snapshot: unknown;
  status: 'active' | 'closed';
}

export interface NewCall {
  callSid: string;
  machineVersion: number;
  snapshot: unknown;
  /** TwiML answered to the incoming-call webhook, stored as step 0. */
  twiml: string;
  idempotencyToken: string | null;
  at: Date;
}

export interface CallStep {
  callSid: string;
  /** `rowVersion` as loaded; the write is refused when another delivery saved first. */
  expectedRowVersion: number;
  /** The step being answered, equal to the loaded `nextStep`. */
  step: number;
  snapshot: unknown;
  twiml: string;
  idempotencyToken: string | null;
  at: Date;
}

/**
 * Telephone calls in progress, one row per Twilio CallSid, and the TwiML answered at each step so a
 * repeated or concurrent delivery of a step gets the same answer without applying it twice.
 * Each method is one atomic operation.
 */
export interface CallStore {
  loadCall(callSid: string): Promise<StoredCall | null>;
  /** Returns the TwiML answered at `step`, or null when that step was not answered. */
  findStepAnswer(callSid: string, step: number): Promise<string | null>;
  /** Returns the TwiML answered to the request that carried this `I-Twilio-Idempotency-Token`. */
  findAnswerByToken(callSid: string, idempotencyToken: string): Promise<string | null>;
  /** Stores a new call at step 1; `exists` when the CallSid is already stored and nothing changed. */
  startCall(call: NewCall): Promise<'started' | 'exists'>;
  /** Stores the step's snapshot and answer and moves to the next step; `conflict` when another delivery saved first. */
  saveStep(step: CallStep): Promise<'saved' | 'conflict'>;
  /** Marks the call closed; later steps are answered with a hang-up. Returns false for an unknown CallSid. */
  closeCall(callSid: string, at: Date): Promise<boolean>;
  /** Deletes calls, with their steps, last written before `cutoff`; returns how many. */
  deleteCallsUpdatedBefore(cutoff: Date): Promise<number>;
}
