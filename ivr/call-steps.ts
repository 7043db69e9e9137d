import type { Clock } from '../src/domain/clock.ts';
import type { Logger } from '../src/logging/logger.ts';
import type { CallStore, StoredCall } from '../src/sessions/call-store.types.ts';
import { PHONE_CALL_MACHINE_VERSION } from '../src/sessions/phone-call.machine.ts';
import type { PhoneCallLimits } from '../src/sessions/phone-call.types.ts';
import { eventForDigits, expectedInputOf, type InputRules, type InputVaults } from './call-input.ts';
import { isCallBusy, startCallActor, type CallActor, type CallMachine, type CallScope } from './call-machine.ts';
import { KeyedLock } from './keyed-lock.ts';
import { callExpiredScript, holdScript, scriptFor, serviceFaultScript } from './twiml/call-script.ts';
import { renderHangup, renderHold, renderPrompt } from './twiml/call-twiml.ts';
import type { TwilioCallRequest } from './twilio-request.ts';

export interface CallStepsOptions {
  store: CallStore;
  machine: CallMachine;
  scopes: WeakMap<object, CallScope>;
  vaults: InputVaults;
  rules: InputRules;
  limits: PhoneCallLimits;
  publicBaseUrl: string;
  clock: Clock;
  logger: Logger;
  /** How long a webhook waits for a PIN check or renewal before it returns "please hold". */
  holdAfterMs: number;
  /** Holds in a row after which the call ends with an apology instead of another hold. */
  maxHolds: number;
}

/**
 * Handler of the call webhooks. For each step it restores the call's actor from the store, applies the step, waits for
 * its work, stores the new snapshot with the TwiML answered, and returns that TwiML. A step is applied
 * once: a repeated delivery (same step number or same idempotency token) gets the stored answer, and a
 * concurrent one loses the row-version race and gets the winner's answer.
 */
export class CallSteps {
  readonly #options: CallStepsOptions;
  readonly #lock = new KeyedLock();

  constructor(options: CallStepsOptions) {
    this.#options = options;
  }

  /** `POST /ivr/voice`: a call comes in. */
  answerIncoming(request: TwilioCallRequest): Promise<string> {
    return this.#lock.run(request.callSid, async () => {
      const { store } = this.#options;
      const existing = await store.loadCall(request.callSid);
      if (existing) return existing.status === 'closed' ? renderHangup() : ((await store.findStepAnswer(request.callSid, 0)) ?? renderHangup());

      const actor = this.#startActor(request, undefined);
      const twiml = renderPrompt(scriptFor(actor.getSnapshot()), this.#url('step', 1));
      const snapshot = actor.getPersistedSnapshot();
      actor.stop();

      const started = await store.startCall({
        callSid: request.callSid,
        machineVersion: PHONE_CALL_MACHINE_VERSION,
        snapshot,
        twiml,
        idempotencyToken: request.idempotencyToken,
        at: this.#options.clock.now(),
      });
      this.#options.logger.info({ callSid: request.callSid }, started === 'started' ? 'call started' : 'call already started');
      return started === 'started' ? twiml : ((await store.findStepAnswer(request.callSid, 0)) ?? twiml);
    });
  }

  /**
   * Processes a gather's action (`keys`) or a hold's redirect (`hold`) for `step` of the call; `holds` counts
   * the holds in a row before this one.
   */
  answerStep(request: TwilioCallRequest, step: number, kind: 'keys' | 'hold', holds = 0): Promise<string> {
    return this.#lock.run(request.callSid, async () => {
      const call = await this.#options.store.loadCall(request.callSid);
      if (!call) {
        this.#options.logger.warn({ callSid: request.callSid, step }, 'step of an unknown or deleted call ended with an apology');
        return renderPrompt(callExpiredScript(), '');
      }
      if (call.status === 'closed') return renderHangup();

      const earlier = await this.#earlierAnswer(call, step, request.idempotencyToken);
      if (earlier !== null) return earlier;
      if (call.machineVersion !== PHONE_CALL_MACHINE_VERSION) return this.#endOutdatedCall(call);

      return this.#applyStep(call, request, step, kind, holds);
    });
  }

  /** `POST /ivr/status`: a final status closes the call, so later steps hang up. */
  async closeCall(callSid: string): Promise<boolean> {
    return this.#lock.run(callSid, () => this.#options.store.closeCall(callSid, this.#options.clock.now()));
  }

  async #applyStep(call: StoredCall, request: TwilioCallRequest, step: number, kind: 'keys' | 'hold', holds: number): Promise<string> {
    const actor = this.#startActor(request, call.snapshot);
    if (actor.getSnapshot().status !== 'active') {
      actor.stop();
      return renderHangup();
    }

    if (kind === 'keys') this.#sendDigits(actor, request, step);
    const settled = await settle(actor, this.#options.holdAfterMs);
    const snapshot = actor.getSnapshot();
    const twiml = this.#render(actor, settled, step, holds);
    const persisted = actor.getPersistedSnapshot();
    actor.stop();

    const saved = await this.#options.store.saveStep({
      callSid: call.callSid,
      expectedRowVersion: call.rowVersion,
      step,
      snapshot: persisted,
      twiml,
      idempotencyToken: request.idempotencyToken,
      at: this.#options.clock.now(),
    });
    if (saved === 'conflict') {
      // NOTE: renewals carry the step's idempotency key, so a lost race applies them once, but a PIN step that
      // reaches two processes at once is checked in both, and one wrong PIN then counts as two failures.
      // The in-process lock rules this out for a single service process.
      this.#options.logger.info({ callSid: call.callSid, step }, 'call step already saved by another delivery');
      return (await this.#options.store.findStepAnswer(call.callSid, step)) ?? renderHangup();
    }
    this.#options.logger.info({ callSid: call.callSid, step, state: snapshot.value, status: snapshot.status, hold: !settled }, 'call step processed');
    return twiml;
  }

  #sendDigits(actor: CallActor, request: TwilioCallRequest, step: number): void {
    const snapshot = actor.getSnapshot();
    if (isCallBusy(snapshot)) return;
    const event = eventForDigits(expectedInputOf(snapshot), request.digits, {
      rules: this.#options.rules,
      vaults: this.#options.vaults,
      cardHandle: snapshot.context.cardHandle,
      requestKey: `phone:${request.callSid}:${step}`,
    });
    if (event) actor.send(event);
  }

  #render(actor: CallActor, settled: boolean, step: number, holds: number): string {
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'error') {
      this.#options.logger.error({ err: snapshot.error, step }, 'call machine failed');
      return renderPrompt(callExpiredScript(), '');
    }
    if (!settled && holds + 1 >= this.#options.maxHolds) {
      this.#options.logger.error({ step, state: snapshot.value, holds: holds + 1 }, 'call ended: its PIN check or renewal did not finish in time');
      return renderPrompt(serviceFaultScript(snapshot.context.language), '');
    }
    if (!settled) return renderHold(holdScript(snapshot.context.language), `${this.#url('hold', step + 1)}&holds=${holds + 1}`);
    return renderPrompt(scriptFor(snapshot), this.#url('step', step + 1));
  }

  async #earlierAnswer(call: StoredCall, step: number, token: string | null): Promise<string | null> {
    const { store } = this.#options;
    if (token !== null) {
      const answered = await store.findAnswerByToken(call.callSid, token);
      if (answered !== null) return answered;
    }
    if (step === call.nextStep) return null;
    // An earlier step is a repeat; a later one cannot come from Twilio, so the caller hears the last answer again.
    const answered = step < call.nextStep ? await store.findStepAnswer(call.callSid, step) : null;
    return answered ?? (await store.findStepAnswer(call.callSid, call.nextStep - 1)) ?? renderHangup();
  }

  async #endOutdatedCall(call: StoredCall): Promise<string> {
    this.#options.logger.warn({ callSid: call.callSid, machineVersion: call.machineVersion }, 'call persisted by another machine version ended');
    await this.#options.store.closeCall(call.callSid, this.#options.clock.now());
    return renderPrompt(callExpiredScript(), '');
  }

  #startActor(request: TwilioCallRequest, snapshot: unknown): CallActor {
    const scope = { source: request.from ? `phone:${request.from}` : 'phone:withheld' };
    return startCallActor(this.#options.machine, { scope, scopes: this.#options.scopes, limits: this.#options.limits, snapshot });
  }

  #url(kind: 'step' | 'hold', step: number): string {
    return `${this.#options.publicBaseUrl}/ivr/${kind}?step=${step}`;
  }
}

/**
 * Waits until the call has no busy work, or `waitMs` passes; true when it settled. The card-and-PIN child
 * finishes a check without the call's own state changing, so its snapshots are watched too.
 */
function settle(actor: CallActor, waitMs: number): Promise<boolean> {
  if (!isCallBusy(actor.getSnapshot())) return Promise.resolve(true);
  return new Promise((resolve) => {
    const check = () => {
      if (!isCallBusy(actor.getSnapshot())) finish(true);
    };
    const subscriptions = [actor.subscribe(check)];
    const child = actor.getSnapshot().children.cardAndPin;
    if (child) subscriptions.push(child.subscribe(check));
    const timer = setTimeout(() => finish(false), waitMs);

    function finish(settled: boolean): void {
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.unsubscribe();
      resolve(settled);
    }
  });
}
