import type { Clock } from '../domain/clock.ts';
import { maskCardNumber } from '../domain/card-number.ts';
import type { AuthStore } from './auth.store.ts';
import { hashHkid } from './hkid-hash.ts';
import type { PepperRing } from './pepper.ts';
import type { Actor } from './pin-admin.service.ts';
import type { PinHasher, StoredPinHash } from './pin-hasher.ts';
import type { RecordProblem, ValidReaderRecord } from './reader-record.ts';

export type EnrolResult = { outcome: 'created'; readerId: number } | { outcome: 'rejected'; problem: RecordProblem };

/** Hashes a validated reader record's PINs and stores the reader. */
export class ReaderEnrolmentService {
  readonly #store: AuthStore;
  readonly #hasher: PinHasher;
  readonly #pepper: PepperRing;
  readonly #clock: Clock;

  constructor(options: { store: AuthStore; hasher: PinHasher; pepper: PepperRing; clock: Clock }) {
    this.#store = options.store;
    this.#hasher = options.hasher;
    this.#pepper = options.pepper;
    this.#clock = options.clock;
  }

  /** Throws HashingBusyError when hashing is at capacity; the caller retries or reports busy. */
  async enrol(record: ValidReaderRecord, actor: Actor): Promise<EnrolResult> {
    const { defaultPin, pin } = await this.hashPins(record);
    const isDefaultPin = record.pin === null || record.pin === record.defaultPin;
    const hkidHash = record.hkid ? hashHkid(record.hkid, this.#pepper.current) : null;

    const result = await this.#store.enrolReader(
      { cardNumber: record.cardNumber, name: record.name, language: record.language, hkidHash, pin, isDefaultPin, defaultPin },
      {
        at: this.#clock.now(),
        event: 'reader.enrol',
        channel: actor.channel,
        source: actor.source,
        cardMasked: maskCardNumber(record.cardNumber),
        readerId: null,
        outcome: 'created',
        detail: { defaultPin: isDefaultPin },
      },
    );
    if (result.outcome === 'created') return result;
    return { outcome: 'rejected', problem: result.outcome === 'duplicate-card' ? 'card-duplicate' : 'hkid-duplicate' };
  }

  /** Hashes the default PIN, and the given PIN when it differs, so both can be stored. */
  async hashPins(record: ValidReaderRecord): Promise<{ defaultPin: StoredPinHash; pin: StoredPinHash }> {
    const defaultPin = await this.#hasher.hash(record.defaultPin);
    const pin = record.pin === null || record.pin === record.defaultPin ? defaultPin : await this.#hasher.hash(record.pin);
    return { defaultPin, pin };
  }
}
