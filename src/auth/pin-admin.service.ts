import type { Config } from '../config/config.ts';
import type { Clock } from '../domain/clock.ts';
import { maskCardNumber } from '../domain/card-number.ts';
import { isCardLocked } from '../domain/lockout-policy.ts';
import { checkNewPin, type WeakPinReason } from '../domain/pin-policy.ts';
import type { AuditEvent, AuditRecord } from './audit.types.ts';
import type { AuthStore, ReaderCredential } from './auth.store.ts';
import { HashingBusyError } from './hash-limiter.ts';
import type { Channel } from './pin-check.types.ts';
import type { PinHasher } from './pin-hasher.ts';

export type PinChangeResult =
  | { outcome: 'changed' }
  | { outcome: 'not-allowed'; reason: WeakPinReason }
  | { outcome: 'reader-not-found' }
  | { outcome: 'busy' };

/** The verdict on a new PIN before it is set: the same rules as `changePin`, and nothing stored. */
export type NewPinCheckResult =
  | { outcome: 'allowed' }
  | { outcome: 'not-allowed'; reason: WeakPinReason }
  | { outcome: 'reader-not-found' }
  | { outcome: 'busy' };

export interface PinStatus {
  cardMasked: string;
  isDefaultPin: boolean;
  failuresInRow: number;
  locked: boolean;
  lockedUntil: string | null;
  staffLock: boolean;
  recentEvents: AuditRecord[];
}

/** Who performs an administrative action, for the audit trail. */
export interface Actor {
  channel: Channel;
  source: string;
}

export interface PinAdminServiceOptions {
  store: AuthStore;
  hasher: PinHasher;
  clock: Clock;
  config: Pick<Config, 'pinPolicy'>;
}

/** PIN changes by readers (portal, kiosk), and staff actions: reset to default, unlock, status. */
export class PinAdminService {
  readonly #options: PinAdminServiceOptions;

  constructor(options: PinAdminServiceOptions) {
    this.#options = options;
  }

  /** Sets a new PIN chosen by the reader after the blocklist and personal-value checks. */
  async changePin(reader: { readerId: number } | { cardNumber: string }, newPin: string, actor: Actor): Promise<PinChangeResult> {
    const credential = await this.#find(reader);
    if (!credential) return { outcome: 'reader-not-found' };

    try {
      const weakness = await this.#weaknessOf(credential, newPin);
      if (weakness) return this.#refuse(credential, weakness, actor);

      const hash = await this.#options.hasher.hash(newPin);
      await this.#options.store.setPin(credential.readerId, hash, false, this.#audit(credential, actor, 'pin.change', 'changed'));
      return { outcome: 'changed' };
    } catch (error) {
      if (error instanceof HashingBusyError) return { outcome: 'busy' };
      throw error;
    }
  }

  /**
   * Checks a new PIN against the rules `changePin` applies, so a terminal can show at once why a PIN the reader
   * has typed only once will not do. A refusal is audited as a refused change; nothing else is stored.
   */
  async checkNewPin(reader: { readerId: number }, newPin: string, actor: Actor): Promise<NewPinCheckResult> {
    const credential = await this.#find(reader);
    if (!credential) return { outcome: 'reader-not-found' };

    try {
      const weakness = await this.#weaknessOf(credential, newPin);
      if (weakness) return this.#refuse(credential, weakness, actor);
      return { outcome: 'allowed' };
    } catch (error) {
      if (error instanceof HashingBusyError) return { outcome: 'busy' };
      throw error;
    }
  }

  /** Sets the PIN back to the reader's default and clears any lock. */
  async resetToDefault(cardNumber: string, actor: Actor): Promise<boolean> {
    const credential = await this.#options.store.findCredentialByCard(cardNumber);
    if (!credential) return false;
    const audit = { ...this.#audit(credential, actor, 'pin.reset', 'reset-to-default'), detail: { unlocked: true } };
    await this.#options.store.resetPinToDefault(credential.readerId, audit);
    return true;
  }

  async unlock(cardNumber: string, actor: Actor): Promise<boolean> {
    const credential = await this.#options.store.findCredentialByCard(cardNumber);
    if (!credential) return false;
    await this.#options.store.unlockCard(credential.readerId, this.#audit(credential, actor, 'pin.unlock', 'unlocked'));
    return true;
  }

  async status(cardNumber: string, recentEventCount = 20): Promise<PinStatus | null> {
    const credential = await this.#options.store.findCredentialByCard(cardNumber);
    if (!credential) return null;
    const { lock } = credential;
    return {
      cardMasked: maskCardNumber(credential.cardNumber),
      isDefaultPin: credential.isDefaultPin,
      failuresInRow: lock.failuresInRow,
      locked: isCardLocked(lock, this.#options.clock.now()),
      lockedUntil: lock.lockedUntil?.toISOString() ?? null,
      staffLock: lock.staffLock,
      recentEvents: await this.#options.store.listAudit(credential.readerId, recentEventCount),
    };
  }

  /**
   * Returns the rule a new PIN breaks, or null. The reader's own default PIN is named as such before any
   * pattern it also matches, because "that is your default PIN" is the reason a reader understands. Throws
   * `HashingBusyError` when the hashing queue is full.
   */
  async #weaknessOf(credential: ReaderCredential, newPin: string): Promise<WeakPinReason | null> {
    const check = checkNewPin(newPin, this.#options.config.pinPolicy, credential.cardNumber);
    if (!check.allowed && check.reason === 'format') return 'format';
    if (await this.#options.hasher.verify(credential.defaultPin, newPin)) return 'default-pin';
    return check.allowed ? null : check.reason;
  }

  async #refuse(credential: ReaderCredential, reason: WeakPinReason, actor: Actor): Promise<{ outcome: 'not-allowed'; reason: WeakPinReason }> {
    await this.#options.store.appendAudit({ ...this.#audit(credential, actor, 'pin.change', 'not-allowed'), detail: { reason } });
    return { outcome: 'not-allowed', reason };
  }

  #find(reader: { readerId: number } | { cardNumber: string }): Promise<ReaderCredential | null> {
    return 'readerId' in reader ? this.#options.store.findCredentialById(reader.readerId) : this.#options.store.findCredentialByCard(reader.cardNumber);
  }

  #audit(credential: ReaderCredential, actor: Actor, event: AuditEvent['event'], outcome: string): AuditEvent {
    return {
      at: this.#options.clock.now(),
      event,
      channel: actor.channel,
      source: actor.source,
      cardMasked: maskCardNumber(credential.cardNumber),
      readerId: credential.readerId,
      outcome,
    };
  }
}
