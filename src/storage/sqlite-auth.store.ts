import type { AuditEvent, AuditRecord, StaffAlert } from '../auth/audit.types.ts';
import type {
  AttemptContext,
  AuthStore,
  EnrolOutcome,
  FailureOutcome,
  FailureReason,
  NewReader,
  PinRehash,
  ReaderCredential,
} from '../auth/auth.store.ts';
import type { StoredPinHash } from '../auth/pin-hasher.ts';
import type { Config } from '../config/config.ts';
import { MINUTE_MS } from '../domain/clock.ts';
import { lockAfterFailures, type LockDecision } from '../domain/lockout-policy.ts';
import type { Language } from '../domain/language.ts';
import type { SqliteDatabase } from './database.ts';
import { insertAudit, toAuditRecord, type AuditRow } from './sqlite-audit.ts';
import { insertReader } from './sqlite-readers.ts';

type ThrottleRules = Config['throttle'];

interface CredentialRow {
  reader_id: number;
  card_number: string;
  name: string;
  language: Language;
  status: 'active' | 'blocked';
  pin_hash: string;
  pin_key_id: string;
  is_default: number;
  default_pin_hash: string;
  default_key_id: string;
  failures_in_row: number | null;
  locked_until: string | null;
  staff_lock: number | null;
}

const CREDENTIAL_SELECT = `
  SELECT r.id AS reader_id, r.card_number, r.name, r.language, r.status,
         p.pin_hash, p.pin_key_id, p.is_default, p.default_pin_hash, p.default_key_id,
         l.failures_in_row, l.locked_until, l.staff_lock
  FROM readers r
  JOIN pin_credentials p ON p.reader_id = r.id
  LEFT JOIN card_lockouts l ON l.reader_id = r.id`;

/** SQLite adapter of AuthStore; each method runs one synchronous transaction. */
export class SqliteAuthStore implements AuthStore {
  readonly #database: SqliteDatabase;
  readonly #rules: ThrottleRules;

  constructor(database: SqliteDatabase, rules: ThrottleRules) {
    this.#database = database;
    this.#rules = rules;
  }

  async findCredentialByCard(cardNumber: string): Promise<ReaderCredential | null> {
    const row = this.#database.prepare(`${CREDENTIAL_SELECT} WHERE r.card_number = ?`).get(cardNumber) as CredentialRow | undefined;
    return row ? toCredential(row) : null;
  }

  async findCredentialById(readerId: number): Promise<ReaderCredential | null> {
    const row = this.#database.prepare(`${CREDENTIAL_SELECT} WHERE r.id = ?`).get(readerId) as CredentialRow | undefined;
    return row ? toCredential(row) : null;
  }

  async findCredentialByHkid(hkidHashes: readonly string[]): Promise<ReaderCredential | null> {
    if (hkidHashes.length === 0) return null;
    const placeholders = hkidHashes.map(() => '?').join(', ');
    const row = this.#database.prepare(`${CREDENTIAL_SELECT} WHERE r.hkid_hash IN (${placeholders})`).get(...hkidHashes) as CredentialRow | undefined;
    return row ? toCredential(row) : null;
  }

  async sourceBlockedUntil(source: string, now: Date): Promise<Date | null> {
    const until = this.#database.prepare('SELECT blocked_until FROM source_blocks WHERE source = ? AND blocked_until > ?').pluck().get(source, now.toISOString()) as
      | string
      | undefined;
    return until ? new Date(until) : null;
  }

  async recordFailure(attempt: AttemptContext & { readerId: number | null; reason: FailureReason }): Promise<FailureOutcome> {
    return this.#database.transaction(() => {
      const lock = attempt.readerId !== null && attempt.reason === 'wrong-pin' ? this.#countCardFailure(attempt.readerId, attempt.at) : null;
      insertAudit(this.#database, { ...attemptAudit(attempt, 'pin.verify', 'failure'), detail: { reason: attempt.reason } });
      if (lock && lock.kind !== 'none') {
        insertAudit(this.#database, { ...attemptAudit(attempt, 'pin.lock', lock.kind === 'staff' ? 'staff-lock' : 'timed-lock'), detail: lockDetail(lock) });
      }

      this.#database.prepare('INSERT INTO pin_failures (source, at) VALUES (?, ?)').run(attempt.source, attempt.at.toISOString());
      const sourceBlocked = this.#blockSourceIfOverLimit(attempt);
      const serviceAlarm = this.#raiseAlarmIfOverRate(attempt);
      this.#pruneOldFailures(attempt.at);
      return { lock, sourceBlocked, serviceAlarm };
    })();
  }

  async recordSuccess(attempt: AttemptContext & { readerId: number; outcome?: string }, rehash: PinRehash | null): Promise<void> {
    this.#database.transaction(() => {
      this.#database.prepare('DELETE FROM card_lockouts WHERE reader_id = ?').run(attempt.readerId);
      insertAudit(this.#database, attemptAudit(attempt, 'pin.verify', attempt.outcome ?? 'success'));
      if (rehash) this.#swapHash(attempt, rehash);
    })();
  }

  async appendAudit(event: AuditEvent): Promise<void> {
    insertAudit(this.#database, event);
  }

  async enrolReader(reader: NewReader, audit: AuditEvent): Promise<EnrolOutcome> {
    return this.#database.transaction(() => insertReader(this.#database, reader, audit))();
  }

  async setPin(readerId: number, pin: StoredPinHash, isDefault: boolean, audit: AuditEvent): Promise<void> {
    this.#database.transaction(() => {
      this.#database
        .prepare('UPDATE pin_credentials SET pin_hash = ?, pin_key_id = ?, is_default = ?, changed_at = ? WHERE reader_id = ?')
        .run(pin.hash, pin.keyId, isDefault ? 1 : 0, audit.at.toISOString(), readerId);
      insertAudit(this.#database, audit);
    })();
  }

  async resetPinToDefault(readerId: number, audit: AuditEvent): Promise<void> {
    this.#database.transaction(() => {
      this.#database
        .prepare('UPDATE pin_credentials SET pin_hash = default_pin_hash, pin_key_id = default_key_id, is_default = 1, changed_at = ? WHERE reader_id = ?')
        .run(audit.at.toISOString(), readerId);
      this.#database.prepare('DELETE FROM card_lockouts WHERE reader_id = ?').run(readerId);
      insertAudit(this.#database, audit);
    })();
  }

  async unlockCard(readerId: number, audit: AuditEvent): Promise<void> {
    this.#database.transaction(() => {
      this.#database.prepare('DELETE FROM card_lockouts WHERE reader_id = ?').run(readerId);
      insertAudit(this.#database, audit);
    })();
  }

  async listAudit(readerId: number, limit: number): Promise<AuditRecord[]> {
    const rows = this.#database.prepare('SELECT * FROM audit_events WHERE reader_id = ? ORDER BY id DESC LIMIT ?').all(readerId, limit) as AuditRow[];
    return rows.map(toAuditRecord);
  }

  async listAlerts(options: { includeAcknowledged: boolean }): Promise<StaffAlert[]> {
    const where = options.includeAcknowledged ? '' : 'WHERE acknowledged_at IS NULL';
    const rows = this.#database.prepare(`SELECT * FROM staff_alerts ${where} ORDER BY id DESC LIMIT 500`).all() as Array<{
      id: number;
      at: string;
      kind: StaffAlert['kind'];
      source: string | null;
      detail: string;
      acknowledged_at: string | null;
    }>;
    return rows.map((row) => ({ id: row.id, at: row.at, kind: row.kind, source: row.source, detail: row.detail, acknowledgedAt: row.acknowledged_at }));
  }

  async acknowledgeAlert(alertId: number, at: Date): Promise<boolean> {
    const result = this.#database.prepare('UPDATE staff_alerts SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL').run(at.toISOString(), alertId);
    return result.changes === 1;
  }

  /** Adds one to the card's failures in a row and stores the resulting lock. */
  #countCardFailure(readerId: number, at: Date): LockDecision {
    const failures = (this.#database.prepare('SELECT failures_in_row FROM card_lockouts WHERE reader_id = ?').pluck().get(readerId) as number | undefined) ?? 0;
    const decision = lockAfterFailures(failures + 1, at, this.#rules);
    this.#database
      .prepare(
        `INSERT INTO card_lockouts (reader_id, failures_in_row, locked_until, staff_lock) VALUES (?, ?, ?, ?)
         ON CONFLICT (reader_id) DO UPDATE SET failures_in_row = excluded.failures_in_row,
           locked_until = excluded.locked_until, staff_lock = excluded.staff_lock`,
      )
      .run(readerId, failures + 1, decision.kind === 'until' ? decision.until.toISOString() : null, decision.kind === 'staff' ? 1 : 0);
    return decision;
  }

  #blockSourceIfOverLimit(attempt: AttemptContext): boolean {
    const windowStart = new Date(attempt.at.getTime() - this.#rules.sourceWindowMinutes * MINUTE_MS).toISOString();
    const failures = this.#database.prepare('SELECT COUNT(*) FROM pin_failures WHERE source = ? AND at > ?').pluck().get(attempt.source, windowStart) as number;
    if (failures < this.#rules.sourceFailureLimit) return false;
    if (this.#database.prepare('SELECT 1 FROM source_blocks WHERE source = ? AND blocked_until > ?').get(attempt.source, attempt.at.toISOString())) return false;

    const until = new Date(attempt.at.getTime() + this.#rules.sourceBlockMinutes * MINUTE_MS).toISOString();
    this.#database
      .prepare('INSERT INTO source_blocks (source, blocked_until) VALUES (?, ?) ON CONFLICT (source) DO UPDATE SET blocked_until = excluded.blocked_until')
      .run(attempt.source, until);
    const detail = `${failures} failed PIN attempts within ${this.#rules.sourceWindowMinutes} minutes; refused until ${until}`;
    this.#insertAlert(attempt.at, 'source-blocked', attempt.source, detail);
    insertAudit(this.#database, { ...attemptAudit(attempt, 'source.block', 'blocked'), cardMasked: null, detail: { failures, until } });
    return true;
  }

  #raiseAlarmIfOverRate(attempt: AttemptContext): boolean {
    const windowStart = new Date(attempt.at.getTime() - this.#rules.serviceWindowMinutes * MINUTE_MS).toISOString();
    const failures = this.#database.prepare('SELECT COUNT(*) FROM pin_failures WHERE at > ?').pluck().get(windowStart) as number;
    if (failures < this.#rules.serviceFailureAlarm) return false;
    // One alarm per window is enough; staff see it until they acknowledge it.
    if (this.#database.prepare("SELECT 1 FROM staff_alerts WHERE kind = 'failure-rate' AND at > ?").get(windowStart)) return false;

    const detail = `${failures} failed PIN attempts across the service within ${this.#rules.serviceWindowMinutes} minutes (possible PIN spraying)`;
    this.#insertAlert(attempt.at, 'failure-rate', null, detail);
    insertAudit(this.#database, { ...attemptAudit(attempt, 'alarm.failure-rate', 'raised'), cardMasked: null, source: null, detail: { failures } });
    return true;
  }

  #insertAlert(at: Date, kind: StaffAlert['kind'], source: string | null, detail: string): void {
    this.#database.prepare('INSERT INTO staff_alerts (at, kind, source, detail) VALUES (?, ?, ?, ?)').run(at.toISOString(), kind, source, detail);
  }

  #pruneOldFailures(now: Date): void {
    const keepMinutes = Math.max(this.#rules.sourceWindowMinutes, this.#rules.serviceWindowMinutes);
    this.#database.prepare('DELETE FROM pin_failures WHERE at < ?').run(new Date(now.getTime() - keepMinutes * MINUTE_MS).toISOString());
  }

  #swapHash(attempt: AttemptContext & { readerId: number }, rehash: PinRehash): void {
    // Compare-and-set: a PIN changed meanwhile by another request is left alone.
    const changed = this.#database
      .prepare('UPDATE pin_credentials SET pin_hash = ?, pin_key_id = ? WHERE reader_id = ? AND pin_hash = ?')
      .run(rehash.to.hash, rehash.to.keyId, attempt.readerId, rehash.from.hash).changes;
    if (changed === 0) return;
    if (rehash.includesDefault) {
      this.#database.prepare('UPDATE pin_credentials SET default_pin_hash = ?, default_key_id = ? WHERE reader_id = ?').run(rehash.to.hash, rehash.to.keyId, attempt.readerId);
    }
    insertAudit(this.#database, { ...attemptAudit(attempt, 'pin.rehash', 'done'), detail: { keyId: rehash.to.keyId } });
  }
}

function toCredential(row: CredentialRow): ReaderCredential {
  return {
    readerId: row.reader_id,
    cardNumber: row.card_number,
    name: row.name,
    language: row.language,
    status: row.status,
    pin: { hash: row.pin_hash, keyId: row.pin_key_id },
    isDefaultPin: row.is_default === 1,
    defaultPin: { hash: row.default_pin_hash, keyId: row.default_key_id },
    lock: {
      failuresInRow: row.failures_in_row ?? 0,
      lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
      staffLock: row.staff_lock === 1,
    },
  };
}

function attemptAudit(attempt: AttemptContext & { readerId?: number | null }, event: AuditEvent['event'], outcome: string): AuditEvent {
  return { at: attempt.at, event, channel: attempt.channel, source: attempt.source, cardMasked: attempt.cardMasked, readerId: attempt.readerId ?? null, outcome };
}

function lockDetail(lock: LockDecision): Record<string, string> {
  return lock.kind === 'until' ? { until: lock.until.toISOString() } : { until: 'staff unlock' };
}

