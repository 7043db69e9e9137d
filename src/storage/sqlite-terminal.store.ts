import type { SqliteDatabase } from './database.ts';
import type {
  IssueEnrolmentRequest,
  IssueEnrolmentResult,
  KeyLookup,
  RedeemEnrolmentRequest,
  TerminalRecord,
  TerminalStore,
} from './terminal.store.ts';

interface TerminalRow {
  id: number;
  name: string;
  mode: TerminalRecord['mode'];
  location: string | null;
  status: TerminalRecord['status'];
  created_at: string;
  enrolled_at: string | null;
  revoked_at: string | null;
  last_connected_at: string | null;
  item_limit: number | null;
  hardened_profile: number | null;
}

// Station settings come from a left join, so kiosks read them as nulls.
const COLUMNS =
  'terminals.id, name, mode, location, status, created_at, enrolled_at, revoked_at, last_connected_at, station_settings.item_limit, station_settings.hardened_profile';
const FROM = 'terminals LEFT JOIN station_settings ON station_settings.terminal_id = terminals.id';

/** The terminal store on better-sqlite3; each operation is one synchronous transaction. */
export class SqliteTerminalStore implements TerminalStore {
  readonly #database: SqliteDatabase;

  constructor(database: SqliteDatabase) {
    this.#database = database;
  }

  async issueEnrolment(request: IssueEnrolmentRequest): Promise<IssueEnrolmentResult> {
    return this.#database.transaction((): IssueEnrolmentResult => {
      const existing = this.#rowByName(request.name);
      if (existing?.status === 'active') return { outcome: 'name-taken', terminal: toRecord(existing) };

      if (existing) {
        this.#database
          .prepare(
            `UPDATE terminals SET mode = ?, location = ?, status = 'pending', enrolment_code_digest = ?, enrolment_expires_at = ?,
               key_digest = NULL, enrolled_at = NULL, revoked_at = NULL WHERE id = ?`,
          )
          .run(request.mode, request.location, request.codeDigest, request.expiresAt, existing.id);
      } else {
        this.#database
          .prepare(
            `INSERT INTO terminals (name, mode, location, status, enrolment_code_digest, enrolment_expires_at, created_at)
             VALUES (?, ?, ?, 'pending', ?, ?, ?)`,
          )
          .run(request.name, request.mode, request.location, request.codeDigest, request.expiresAt, request.now);
      }
      this.#replaceStationSettings(this.#rowByName(request.name) as TerminalRow, request);
      return { outcome: 'issued', terminal: toRecord(this.#rowByName(request.name) as TerminalRow) };
    })();
  }

  async redeemEnrolment(request: RedeemEnrolmentRequest): Promise<TerminalRecord | null> {
    return this.#database.transaction((): TerminalRecord | null => {
      const row = this.#database
        .prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE enrolment_code_digest = ? AND status = 'pending' AND enrolment_expires_at > ?`)
        .get(request.codeDigest, request.now) as TerminalRow | undefined;
      if (!row) return null;

      this.#database
        .prepare(
          `UPDATE terminals SET status = 'active', key_digest = ?, enrolled_at = ?, enrolment_code_digest = NULL, enrolment_expires_at = NULL
           WHERE id = ?`,
        )
        .run(request.keyDigest, request.now, row.id);
      return toRecord(this.#rowById(row.id) as TerminalRow);
    })();
  }

  async findByKeyDigest(keyDigest: string): Promise<KeyLookup> {
    const row = this.#database.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE key_digest = ?`).get(keyDigest) as TerminalRow | undefined;
    if (!row) return { status: 'unknown' };
    if (row.status === 'active') return { status: 'active', terminal: toRecord(row) };
    return { status: 'revoked', terminal: toRecord(row) };
  }

  async findById(id: number): Promise<TerminalRecord | null> {
    const row = this.#rowById(id);
    return row ? toRecord(row) : null;
  }

  async revoke(name: string, now: string): Promise<TerminalRecord | null> {
    return this.#database.transaction((): TerminalRecord | null => {
      const row = this.#rowByName(name);
      if (!row) return null;
      if (row.status !== 'revoked') {
        // The key digest stays, so a revoked key is recognised and refused as revoked rather than unknown.
        this.#database
          .prepare(`UPDATE terminals SET status = 'revoked', revoked_at = ?, enrolment_code_digest = NULL, enrolment_expires_at = NULL WHERE id = ?`)
          .run(now, row.id);
      }
      return toRecord(this.#rowById(row.id) as TerminalRow);
    })();
  }

  async list(): Promise<TerminalRecord[]> {
    const rows = this.#database.prepare(`SELECT ${COLUMNS} FROM ${FROM} ORDER BY name`).all() as TerminalRow[];
    return rows.map(toRecord);
  }

  async recordConnection(id: number, now: string): Promise<void> {
    this.#database.prepare('UPDATE terminals SET last_connected_at = ? WHERE id = ?').run(now, id);
  }

  #replaceStationSettings(row: TerminalRow, request: IssueEnrolmentRequest): void {
    this.#database.prepare('DELETE FROM station_settings WHERE terminal_id = ?').run(row.id);
    if (!request.station) return;
    this.#database
      .prepare('INSERT INTO station_settings (terminal_id, item_limit, hardened_profile) VALUES (?, ?, ?)')
      .run(row.id, request.station.itemLimit, request.station.hardenedProfile ? 1 : 0);
  }

  #rowByName(name: string): TerminalRow | undefined {
    return this.#database.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE name = ?`).get(name) as TerminalRow | undefined;
  }

  #rowById(id: number): TerminalRow | undefined {
    return this.#database.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE id = ?`).get(id) as TerminalRow | undefined;
  }
}

function toRecord(row: TerminalRow): TerminalRecord {
  return {
    id: row.id,
    name: row.name,
    mode: row.mode,
    location: row.location,
    station: row.item_limit === null ? null : { itemLimit: row.item_limit, hardenedProfile: row.hardened_profile === 1 },
    status: row.status,
    createdAt: row.created_at,
    enrolledAt: row.enrolled_at,
    revokedAt: row.revoked_at,
    lastConnectedAt: row.last_connected_at,
  };
}
