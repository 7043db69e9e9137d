import type { Clock } from '../domain/clock.ts';
import { maskCardNumber } from '../domain/card-number.ts';
import type { AuditEvent } from './audit.types.ts';
import type { AuthStore, NewReader } from './auth.store.ts';
import { hashHkid } from './hkid-hash.ts';
import type { PepperRing } from './pepper.ts';
import type { Actor } from './pin-admin.service.ts';
import type { PinHasher } from './pin-hasher.ts';
import type { RecordProblem, ValidReaderRecord } from './reader-record.ts';

export type EnrolResult = { outcome: 'created'; readerId: number } | { outcome: 'rejected'; problem: RecordProblem };

/** A reader ready to store: PINs hashed, HKID keyed-hashed, and the audit row to write with it. */
export interface PreparedReader {
  reader: NewReader;
  audit: AuditEvent;
}

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
    const { reader, audit } = await this.prepare(record, actor);
    const result = await this.#store.enrolReader(reader, audit);
    if (result.outcome === 'created') return result;
    return { outcome: 'rejected', problem: result.outcome === 'duplicate-card' ? 'card-duplicate' : 'hkid-duplicate' };
  }

  /**
   * Hashes the default PIN, and the given PIN when it differs, so staff can later reset to the default
   * without the phone number being kept.
   */
  async prepare(record: ValidReaderRecord, actor: Actor): Promise<PreparedReader> {
    const defaultPin = await this.#hasher.hash(record.defaultPin);
    const isDefaultPin = record.pin === null || record.pin === record.defaultPin;
    const pin = isDefaultPin ? defaultPin : await this.#hasher.hash(record.pin!);

    return {
      reader: {
        cardNumber: record.cardNumber,
        name: record.name,
        language: record.language,
        hkidHash: record.hkid ? hashHkid(record.hkid, this.#pepper.current) : null,
        pin,
        isDefaultPin,
        defaultPin,
      },
      audit: {
        at: this.#clock.now(),
        event: 'reader.enrol',
        channel: actor.channel,
        source: actor.source,
        cardMasked: maskCardNumber(record.cardNumber),
        readerId: null,
        outcome: 'created',
        detail: { defaultPin: isDefaultPin },
      },
    };
  }
}
