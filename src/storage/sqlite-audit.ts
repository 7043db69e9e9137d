import type { AuditEvent, AuditRecord } from '../auth/audit.types.ts';
import type { SqliteDatabase } from './database.ts';

export interface AuditRow {
  id: number;
  at: string;
  event: AuditRecord['event'];
  channel: AuditRecord['channel'];
  source: string | null;
  card_masked: string | null;
  reader_id: number | null;
  outcome: string;
  detail: string | null;
}

/** Appends one audit row; the table's triggers refuse updates and deletes. */
export function insertAudit(database: SqliteDatabase, event: AuditEvent): void {
  database
    .prepare('INSERT INTO audit_events (at, event, channel, source, card_masked, reader_id, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(
      event.at.toISOString(),
      event.event,
      event.channel,
      event.source,
      event.cardMasked,
      event.readerId,
      event.outcome,
      event.detail ? JSON.stringify(event.detail) : null,
    );
}

export function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    event: row.event,
    channel: row.channel,
    source: row.source,
    cardMasked: row.card_masked,
    readerId: row.reader_id,
    outcome: row.outcome,
    ...(row.detail ? { detail: JSON.parse(row.detail) as AuditRecord['detail'] } : {}),
  };
}
