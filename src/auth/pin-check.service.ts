import type { Config } from '../config/config.ts';
import type { Clock } from '../domain/clock.ts';
import { isCardLocked } from '../domain/lockout-policy.ts';
import { isWellFormedPin } from '../domain/pin-policy.ts';
import { maskReaderIdentifier, parseReaderIdentifier } from '../domain/reader-identifier.ts';
import type { Logger } from '../logging/logger.ts';
import type { AttemptContext, AuthStore, PinRehash, ReaderCredential } from './auth.store.ts';
import { HashingBusyError } from './hash-limiter.ts';
import { hkidLookupHashes } from './hkid-hash.ts';
import type { PepperRing } from './pepper.ts';
import type { PinCheckRequest, PinCheckResult, PinChecker } from './pin-check.types.ts';
import type { PinHasher } from './pin-hasher.ts';

export interface PinCheckServiceOptions {
  store: AuthStore;
  hasher: PinHasher;
  pepper: PepperRing;
  clock: Clock;
  logger: Logger;
  config: Pick<Config, 'pinPolicy' | 'cardNumber'>;
}

/** Channels on which the hardened profile refuses the default PIN: nobody from staff is near. */
const UNATTENDED_CHANNELS = new Set(['phone', 'station']);

/**
 * Verifies a card and PIN with throttling and audit. Unknown cards, wrong PINs and locked cards all run
 * one argon2 verify and one failure write, and all return `rejected`. A hashing or storage fault is
 * reported as `busy` or `fault` and is never counted as a failed attempt.
 */
export class PinCheckService implements PinChecker {
  readonly #options: PinCheckServiceOptions;

  constructor(options: PinCheckServiceOptions) {
    this.#options = options;
  }

  async checkPin(request: PinCheckRequest): Promise<PinCheckResult> {
    const attempt: AttemptContext = {
      at: this.#options.clock.now(),
      channel: request.channel,
      source: request.source,
      cardMasked: maskReaderIdentifier(request.identifier),
    };

    try {
      return await this.#check(request, attempt);
    } catch (error) {
      return this.#reportFault(error, attempt);
    }
  }

  async #check(request: PinCheckRequest, attempt: AttemptContext): Promise<PinCheckResult> {
    const { store, hasher } = this.#options;
    if (await store.sourceBlockedUntil(request.source, attempt.at)) {
      await store.appendAudit({ ...auditOf(attempt, null), event: 'pin.verify', outcome: 'source-blocked' });
      return { outcome: 'source-blocked' };
    }

    const credential = await this.#findCredential(request.identifier);
    if (!credential) {
      await hasher.verifyDummy(request.pin);
      return this.#fail(attempt, null, 'unknown-card');
    }
    if (isCardLocked(credential.lock, attempt.at)) {
      await hasher.verifyDummy(request.pin);
      return this.#fail(attempt, credential.readerId, 'locked-card');
    }

    const pinMatches = isWellFormedPin(request.pin, this.#options.config.pinPolicy)
      ? await hasher.verify(credential.pin, request.pin)
      : (await hasher.verifyDummy(request.pin), false);
    if (!pinMatches) return this.#fail(attempt, credential.readerId, 'wrong-pin');

    return this.#succeed(request, attempt, credential);
  }

  async #succeed(request: PinCheckRequest, attempt: AttemptContext, credential: ReaderCredential): Promise<PinCheckResult> {
    const hardened = (this.#options.config.pinPolicy.hardenedProfile && UNATTENDED_CHANNELS.has(request.channel)) || request.refuseDefaultPin === true;
    const refuseDefault = credential.isDefaultPin && hardened;
    const rehash = await this.#rehashIfNeeded(credential, request.pin);
    await this.#options.store.recordSuccess(
      { ...attempt, readerId: credential.readerId, outcome: refuseDefault ? 'default-pin-refused' : 'success' },
      rehash,
    );
    if (refuseDefault) return { outcome: 'default-pin-refused' };

    const { readerId, cardNumber, name, language, isDefaultPin } = credential;
    return { outcome: 'accepted', reader: { readerId, cardNumber, name, language, isDefaultPin } };
  }

  async #rehashIfNeeded(credential: ReaderCredential, pin: string): Promise<PinRehash | null> {
    if (!this.#options.hasher.needsRehash(credential.pin)) return null;
    try {
      const fresh = await this.#options.hasher.hash(pin);
      return { from: credential.pin, to: fresh, includesDefault: credential.isDefaultPin };
    } catch (error) {
      // The sign-in still succeeds; the rehash waits for the next one.
      if (!(error instanceof HashingBusyError)) this.#options.logger.warn({ err: error, readerId: credential.readerId }, 'PIN rehash failed');
      return null;
    }
  }

  async #fail(attempt: AttemptContext, readerId: number | null, reason: 'wrong-pin' | 'unknown-card' | 'locked-card'): Promise<PinCheckResult> {
    const outcome = await this.#options.store.recordFailure({ ...attempt, readerId, reason });
    const log = this.#options.logger;
    log.info({ channel: attempt.channel, source: attempt.source, cardMasked: attempt.cardMasked, reason }, 'PIN rejected');
    if (outcome.lock && outcome.lock.kind !== 'none') log.warn({ readerId, lock: outcome.lock.kind }, 'card locked after failed PIN attempts');
    if (outcome.sourceBlocked) log.error({ source: attempt.source, channel: attempt.channel }, 'source blocked after too many failed PIN attempts; staff alerted');
    if (outcome.serviceAlarm) log.error('service-wide PIN failure rate over the alarm threshold; possible PIN spraying; staff alerted');
    return { outcome: 'rejected' };
  }

  async #findCredential(identifier: string): Promise<ReaderCredential | null> {
    const parsed = parseReaderIdentifier(identifier, this.#options.config.cardNumber);
    if (parsed.kind === 'card') return this.#options.store.findCredentialByCard(parsed.cardNumber);
    if (parsed.kind === 'hkid') return this.#options.store.findCredentialByHkid(hkidLookupHashes(parsed.normalized, this.#options.pepper));
    return null;
  }

  async #reportFault(error: unknown, attempt: AttemptContext): Promise<PinCheckResult> {
    const outcome = error instanceof HashingBusyError ? 'busy' : 'fault';
    if (outcome === 'fault') this.#options.logger.error({ err: error, channel: attempt.channel, source: attempt.source }, 'PIN check failed');
    try {
      await this.#options.store.appendAudit({ ...auditOf(attempt, null), event: 'pin.verify', outcome });
    } catch (auditError) {
      this.#options.logger.error({ err: auditError }, 'audit write failed after a PIN check fault');
    }
    return { outcome };
  }
}

function auditOf(attempt: AttemptContext, readerId: number | null) {
  return { at: attempt.at, channel: attempt.channel, source: attempt.source, cardMasked: attempt.cardMasked, readerId };
}
