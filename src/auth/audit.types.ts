import type { Channel } from './pin-check.types.ts';

/** What an audit row records. */
export type AuditEventName =
  | 'pin.verify'
  | 'pin.lock'
  | 'pin.unlock'
  | 'pin.reset'
  | 'pin.change'
  | 'pin.rehash'
  | 'reader.enrol'
  | 'source.block'
  | 'alarm.failure-rate';

/**
 * One append-only audit row. `cardMasked` comes from `maskCardNumber`; `detail` holds reason codes and
 * counts only, never a PIN, hash, key or full card number.
 */
export interface AuditEvent {
  at: Date;
  event: AuditEventName;
  channel: Channel;
  source: string | null;
  cardMasked: string | null;
  readerId: number | null;
  outcome: string;
  detail?: Readonly<Record<string, string | number | boolean | null>>;
}

export interface AuditRecord extends Omit<AuditEvent, 'at'> {
  id: number;
  at: string;
}

export interface StaffAlert {
  id: number;
  at: string;
  kind: 'source-blocked' | 'failure-rate';
  source: string | null;
  detail: string;
  acknowledgedAt: string | null;
}
