import type { AuditEvent } from '../auth/audit.types.ts';
import type { EnrolOutcome, NewReader } from '../auth/auth.store.ts';
import type { SqliteDatabase } from './database.ts';
import { insertAudit } from './sqlite-audit.ts';

/** Inserts a reader with its PIN credential and an audit row; the caller provides the transaction. */
export function insertReader(database: SqliteDatabase, reader: NewReader, audit: AuditEvent): EnrolOutcome {
  if (database.prepare('SELECT 1 FROM readers WHERE card_number = ?').get(reader.cardNumber)) return { outcome: 'duplicate-card' };
  if (reader.hkidHash && database.prepare('SELECT 1 FROM readers WHERE hkid_hash = ?').get(reader.hkidHash)) return { outcome: 'duplicate-hkid' };

  const at = audit.at.toISOString();
  const { lastInsertRowid } = database
    .prepare('INSERT INTO readers (card_number, hkid_hash, name, language, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(reader.cardNumber, reader.hkidHash, reader.name, reader.language, at);
  const readerId = Number(lastInsertRowid);
  database
    .prepare(
      `INSERT INTO pin_credentials (reader_id, pin_hash, pin_key_id, is_default, default_pin_hash, default_key_id, changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(readerId, reader.pin.hash, reader.pin.keyId, reader.isDefaultPin ? 1 : 0, reader.defaultPin.hash, reader.defaultPin.keyId, at);
  insertAudit(database, { ...audit, readerId });
  return { outcome: 'created', readerId };
}
