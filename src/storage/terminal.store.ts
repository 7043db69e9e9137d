import type { StationSettings } from '../domain/station-settings.ts';
import type { TerminalMode } from '../sessions/kiosk-view.types.ts';

export type TerminalStatus = 'pending' | 'active' | 'revoked';

/** An enrolled terminal as staff and the terminal API see it; never carries a code or key digest. */
export interface TerminalRecord {
  id: number;
  name: string;
  mode: TerminalMode;
  location: string | null;
  /** Settings of a station; null for a kiosk. */
  station: StationSettings | null;
  status: TerminalStatus;
  createdAt: string;
  enrolledAt: string | null;
  revokedAt: string | null;
  lastConnectedAt: string | null;
}

export interface IssueEnrolmentRequest {
  name: string;
  mode: TerminalMode;
  location: string | null;
  /** Required for a station, null for a kiosk; replaces the settings of a terminal enrolled again. */
  station: StationSettings | null;
  codeDigest: string;
  expiresAt: string;
  now: string;
}

/**
 * `issued` creates the terminal or, for a pending or revoked one, replaces its code (a revoked terminal's old
 * key stays refused). `name-taken` means an active terminal already has the name: revoke it first.
 */
export type IssueEnrolmentResult = { outcome: 'issued'; terminal: TerminalRecord } | { outcome: 'name-taken'; terminal: TerminalRecord };

export interface RedeemEnrolmentRequest {
  codeDigest: string;
  keyDigest: string;
  now: string;
}

/** What a terminal key digest belongs to: `revoked` is told apart so the agent can say so plainly. */
export type KeyLookup = { status: 'active'; terminal: TerminalRecord } | { status: 'revoked'; terminal: TerminalRecord } | { status: 'unknown' };

/**
 * Terminal enrolment and credentials. Each operation is one atomic step, so two agents racing with the same
 * code cannot both get a key.
 */
export interface TerminalStore {
  issueEnrolment(request: IssueEnrolmentRequest): Promise<IssueEnrolmentResult>;
  /** Trades an unexpired, unused code for the key digest; null when the code is unknown, used or expired. */
  redeemEnrolment(request: RedeemEnrolmentRequest): Promise<TerminalRecord | null>;
  findByKeyDigest(keyDigest: string): Promise<KeyLookup>;
  findById(id: number): Promise<TerminalRecord | null>;
  /** Revokes the terminal's key and any pending code; null when no terminal has the name. */
  revoke(name: string, now: string): Promise<TerminalRecord | null>;
  list(): Promise<TerminalRecord[]>;
  recordConnection(id: number, now: string): Promise<void>;
}
