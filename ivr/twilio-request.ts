import { AppError } from '../src/errors/app-error.ts';

/** The parameters of a Twilio voice webhook that the line uses, checked. */
export interface TwilioCallRequest {
  callSid: string;
  /** `Digits` as sent, or undefined when absent; its shape is judged by the step that asked. */
  digits: string | undefined;
  /** Caller number for throttling, when Twilio sent a plausible one. */
  from: string | null;
  /** `I-Twilio-Idempotency-Token`: the same on every retry of one request. */
  idempotencyToken: string | null;
}

const CALL_SID = /^CA[0-9a-f]{32}$/;
const CALLER = /^[+\w.@:-]{1,64}$/;
const TOKEN = /^[\x21-\x7e]{1,128}$/;
const STEP = /^\d{1,6}$/;

/** Statuses after which the call is over (Twilio's call status callback values). */
export const FINAL_CALL_STATUSES = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

/** Reads a form-encoded webhook body; throws VALIDATION_FAILED naming the parameter that is missing or malformed. */
export function readCallRequest(body: unknown, headers: Record<string, string | string[] | undefined>): TwilioCallRequest {
  const parameters = formParameters(body);
  const callSid = parameters.CallSid;
  if (typeof callSid !== 'string' || !CALL_SID.test(callSid)) throw invalid('CallSid', 'must be CA followed by 32 hexadecimal digits');

  const digits = parameters.Digits;
  const from = parameters.From;
  const token = headers['i-twilio-idempotency-token'];
  return {
    callSid,
    // A repeated Digits parameter is joined, so it fails the step's shape check and re-prompts.
    digits: Array.isArray(digits) ? digits.join(',') : digits,
    from: typeof from === 'string' && CALLER.test(from) ? from : null,
    idempotencyToken: typeof token === 'string' && TOKEN.test(token) ? token : null,
  };
}

/** Reads the `CallStatus` of a status callback. */
export function readCallStatus(body: unknown): string {
  const status = formParameters(body).CallStatus;
  if (typeof status !== 'string' || !/^[a-z-]{1,32}$/.test(status)) throw invalid('CallStatus', 'must be a Twilio call status');
  return status;
}

/** Reads the `holds` query parameter of a hold redirect: how many holds in a row came before; 0 when absent. */
export function readHoldCount(query: unknown): number {
  const holds = (query as Record<string, unknown> | undefined)?.holds;
  if (holds === undefined) return 0;
  if (typeof holds !== 'string' || !/^\d{1,2}$/.test(holds)) throw invalid('holds', 'must be the hold count of the URL the line sent');
  return Number(holds);
}

/** Reads the `step` query parameter that the line puts in every action and redirect URL. */
export function readStep(query: unknown): number {
  const step = (query as Record<string, unknown> | undefined)?.step;
  if (typeof step !== 'string' || !STEP.test(step)) throw invalid('step', 'must be the step number of the URL the line sent');
  return Number(step);
}

/** The body as a flat map of strings, as @fastify/formbody parses a form; anything else is rejected. */
export function formParameters(body: unknown): Record<string, string | string[] | undefined> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw invalid('body', 'must be form-encoded parameters');
  for (const [name, value] of Object.entries(body)) {
    const isText = typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
    if (!isText) throw invalid(name, 'must be text');
  }
  return body as Record<string, string | string[] | undefined>;
}

function invalid(parameter: string, problem: string): AppError {
  return Object.assign(new AppError('VALIDATION_FAILED', { parameter }), { message: `VALIDATION_FAILED: ${parameter} ${problem}` });
}
