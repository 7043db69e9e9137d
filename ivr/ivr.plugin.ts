import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PinChecker } from '../src/auth/pin-check.types.ts';
import type { CirculationService } from '../src/circulation/circulation.types.ts';
import type { Config } from '../src/config/config.ts';
import type { Clock } from '../src/domain/clock.ts';
import { AppError } from '../src/errors/app-error.ts';
import type { Logger } from '../src/logging/logger.ts';
import type { CallStore } from '../src/sessions/call-store.types.ts';
import { PinVault } from '../src/sessions/pin-vault.ts';
import { CardVault } from './card-vault.ts';
import { provideCallMachine, type CallScope } from './call-machine.ts';
import { CallSteps } from './call-steps.ts';
import { PendingPinChecks } from './pending-pin-checks.ts';
import { isSignedByTwilio } from './twilio-signature.ts';
import { FINAL_CALL_STATUSES, readCallRequest, readCallStatus, readHoldCount, readStep } from './twilio-request.ts';

export interface IvrPluginOptions {
  config: Pick<Config, 'publicBaseUrl' | 'twilioAuthToken' | 'throttle' | 'pinPolicy' | 'cardNumber'>;
  pinChecker: PinChecker;
  circulation: CirculationService;
  callStore: CallStore;
  clock: Clock;
  logger: Logger;
  /** Re-prompts after silence, an empty entry or a wrong key before the call ends; 2 unless given. */
  maxReprompts?: number;
  /** How long a webhook waits for a PIN check or renewal before saying "please hold"; 4 s unless given. */
  holdAfterMs?: number;
  /** Holds in a row after which the call ends with an apology, because the work is not finishing; 5 unless given. */
  maxHolds?: number;
  /** Pauses between retries of a PIN check while the checker is busy; see PendingPinChecks. */
  busyRetryDelaysMs?: readonly number[];
  /** Calls untouched for this long are deleted, checked at most every 10 minutes on status callbacks; 24 h unless given. */
  callRetentionMs?: number;
}

const CLEANUP_INTERVAL_MS = 10 * 60_000;

/**
 * The Twilio voice channel: `POST /ivr/voice` when a call comes in, `POST /ivr/step` and `POST /ivr/hold`
 * named by the TwiML it returns, and `POST /ivr/status` for the call status callback. Every request must
 * carry a valid `X-Twilio-Signature` for `PUBLIC_BASE_URL` plus its path and query; otherwise it gets 403
 * and changes nothing.
 */
export function createIvrPlugin(options: IvrPluginOptions): (app: FastifyInstance) => Promise<void> {
  const authToken = options.config.twilioAuthToken;
  if (!authToken) throw new Error('TWILIO_AUTH_TOKEN must be set to serve the telephone line');

  const cardVault = new CardVault();
  const pinVault = new PinVault();
  const pendingPinChecks = new PendingPinChecks({
    pinChecker: options.pinChecker,
    pinVault,
    cardVault,
    ...(options.busyRetryDelaysMs ? { busyRetryDelaysMs: options.busyRetryDelaysMs } : {}),
  });
  const scopes = new WeakMap<object, CallScope>();
  const steps = new CallSteps({
    store: options.callStore,
    machine: provideCallMachine({ circulation: options.circulation, pendingPinChecks, cardVault }, scopes),
    scopes,
    vaults: { cardVault, pinVault },
    rules: { cardNumber: options.config.cardNumber, pinMinLength: options.config.pinPolicy.minLength, pinMaxLength: options.config.pinPolicy.maxLength },
    limits: {
      maxReprompts: options.maxReprompts ?? 2,
      pinTriesPerCard: options.config.throttle.sessionPinTriesPerCard,
      cardsPerCall: options.config.throttle.sessionCardsPerSession,
    },
    publicBaseUrl: options.config.publicBaseUrl,
    clock: options.clock,
    logger: options.logger.child({ channel: 'phone' }),
    holdAfterMs: options.holdAfterMs ?? 4000,
    maxHolds: options.maxHolds ?? 5,
  });
  const cleanup = createCleanup(options);

  return async (app) => {
    await app.register(
      async (ivr) => {
        ivr.addHook('preHandler', async (request) => {
          if (!isSignedByTwilio({ authToken, publicBaseUrl: options.config.publicBaseUrl }, request)) {
            throw new AppError('FORBIDDEN', { reason: 'missing or invalid X-Twilio-Signature' });
          }
        });

        ivr.post('/voice', async (request, reply) => sendTwiml(reply, await steps.answerIncoming(readCallRequest(request.body, request.headers))));
        ivr.post('/step', async (request, reply) => answerStep(request, reply, 'keys'));
        ivr.post('/hold', async (request, reply) => answerStep(request, reply, 'hold'));
        ivr.post('/status', async (request, reply) => {
          const call = readCallRequest(request.body, request.headers);
          const status = readCallStatus(request.body);
          if (FINAL_CALL_STATUSES.has(status)) await steps.closeCall(call.callSid);
          await cleanup();
          return reply.status(204).send();
        });
      },
      { prefix: '/ivr' },
    );
  };

  async function answerStep(request: FastifyRequest, reply: FastifyReply, kind: 'keys' | 'hold'): Promise<FastifyReply> {
    const step = readStep(request.query);
    const holds = kind === 'hold' ? readHoldCount(request.query) : 0;
    return sendTwiml(reply, await steps.answerStep(readCallRequest(request.body, request.headers), step, kind, holds));
  }
}

function sendTwiml(reply: FastifyReply, twiml: string): FastifyReply {
  return reply.type('text/xml; charset=utf-8').send(twiml);
}

function createCleanup(options: IvrPluginOptions): () => Promise<void> {
  const retentionMs = options.callRetentionMs ?? 24 * 60 * 60_000;
  let lastRun = Number.NEGATIVE_INFINITY;
  return async () => {
    const now = options.clock.now().getTime();
    if (now - lastRun < CLEANUP_INTERVAL_MS) return;
    lastRun = now;
    const deleted = await options.callStore.deleteCallsUpdatedBefore(new Date(now - retentionMs));
    if (deleted > 0) options.logger.info({ deleted }, 'old phone calls deleted');
  };
}
