import type { Clock } from '../domain/clock.ts';
import { checkStationSettings, DEFAULT_STATION_ITEM_LIMIT, type StationSettings } from '../domain/station-settings.ts';
import type { TerminalMode } from '../sessions/kiosk-view.types.ts';
import type { KeyLookup, TerminalRecord, TerminalStore } from '../storage/terminal.store.ts';
import { digestCredential, generateEnrolmentCode, generateTerminalKey, isTerminalKeyShaped, normalizeEnrolmentCode } from './terminal-credentials.ts';

export const DEFAULT_ENROLMENT_CODE_TTL_MS = 24 * 60 * 60_000;

const TERMINAL_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const LOCATION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

export interface EnrolmentRequest {
  name: string;
  mode: TerminalMode;
  location?: string | null;
  /** Settings of a station; only for the station mode, where the defaults fill what is left out. */
  station?: { itemLimit?: number; hardenedProfile?: boolean };
  /** How long the code can be redeemed; 24 hours unless given. */
  codeTtlMs?: number;
}

export type EnrolmentResult =
  | { outcome: 'issued'; code: string; expiresAt: string; terminal: TerminalRecord }
  | { outcome: 'name-taken'; terminal: TerminalRecord }
  | { outcome: 'invalid'; field: 'name' | 'location' | 'codeTtlMs' | 'station' | 'itemLimit'; problem: string };

export interface TerminalEnrolmentOptions {
  /** The service's `loanRules.maxItemsOnLoan`; a station's item limit may not exceed it. */
  maxItemsOnLoan?: number;
}

/**
 * Staff enrol a terminal with a one-time code; the terminal agent trades the code for its key. Codes and
 * keys are stored as digests only, so the database alone can neither enrol nor impersonate a terminal.
 */
export class TerminalEnrolment {
  readonly #store: TerminalStore;
  readonly #clock: Clock;
  readonly #maxItemsOnLoan: number;

  constructor(store: TerminalStore, clock: Clock, options: TerminalEnrolmentOptions = {}) {
    this.#store = store;
    this.#clock = clock;
    this.#maxItemsOnLoan = options.maxItemsOnLoan ?? DEFAULT_STATION_ITEM_LIMIT;
  }

  async issue(request: EnrolmentRequest): Promise<EnrolmentResult> {
    const problem = checkEnrolmentRequest(request);
    if (problem) return problem;
    const station = this.#stationSettingsOf(request);
    if (!station.ok) return station.problem;

    const now = this.#clock.now();
    const code = generateEnrolmentCode();
    const expiresAt = new Date(now.getTime() + (request.codeTtlMs ?? DEFAULT_ENROLMENT_CODE_TTL_MS)).toISOString();
    const result = await this.#store.issueEnrolment({
      name: request.name,
      mode: request.mode,
      location: request.location ?? null,
      station: station.settings,
      codeDigest: digestCredential(normalizeEnrolmentCode(code) ?? code),
      expiresAt,
      now: now.toISOString(),
    });
    if (result.outcome === 'name-taken') return result;
    return { outcome: 'issued', code, expiresAt, terminal: result.terminal };
  }

  /** Returns the terminal and its new key, or null when the code is malformed, unknown, used or expired. */
  async redeem(typedCode: string): Promise<{ terminal: TerminalRecord; key: string } | null> {
    const code = normalizeEnrolmentCode(typedCode);
    if (!code) return null;

    const key = generateTerminalKey();
    const terminal = await this.#store.redeemEnrolment({
      codeDigest: digestCredential(code),
      keyDigest: digestCredential(key),
      now: this.#clock.now().toISOString(),
    });
    return terminal ? { terminal, key } : null;
  }

  async authenticate(key: string): Promise<KeyLookup> {
    if (!isTerminalKeyShaped(key)) return { status: 'unknown' };
    return this.#store.findByKeyDigest(digestCredential(key));
  }

  revoke(name: string): Promise<TerminalRecord | null> {
    return this.#store.revoke(name, this.#clock.now().toISOString());
  }

  list(): Promise<TerminalRecord[]> {
    return this.#store.list();
  }

  async isActive(terminalId: number): Promise<boolean> {
    return (await this.#store.findById(terminalId))?.status === 'active';
  }

  recordConnection(terminalId: number): Promise<void> {
    return this.#store.recordConnection(terminalId, this.#clock.now().toISOString());
  }

  #stationSettingsOf(request: EnrolmentRequest): { ok: true; settings: StationSettings | null } | { ok: false; problem: InvalidEnrolment } {
    if (request.mode !== 'station') {
      if (request.station) return { ok: false, problem: { outcome: 'invalid', field: 'station', problem: 'item limit and hardened profile apply to stations only' } };
      return { ok: true, settings: null };
    }
    if (request.location == null) {
      return { ok: false, problem: { outcome: 'invalid', field: 'location', problem: 'a station needs its location code, because holds are picked up only where they wait' } };
    }
    const check = checkStationSettings(request.station ?? {}, this.#maxItemsOnLoan);
    if (!check.valid) return { ok: false, problem: { outcome: 'invalid', field: check.field, problem: check.problem } };
    return { ok: true, settings: check.settings };
  }
}

type InvalidEnrolment = Extract<EnrolmentResult, { outcome: 'invalid' }>;

function checkEnrolmentRequest(request: EnrolmentRequest): InvalidEnrolment | null {
  if (!TERMINAL_NAME_PATTERN.test(request.name)) {
    return { outcome: 'invalid', field: 'name', problem: 'use 1 to 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit' };
  }
  if (request.location != null && !LOCATION_PATTERN.test(request.location)) {
    return { outcome: 'invalid', field: 'location', problem: 'use 1 to 32 letters, digits, dots, hyphens or underscores' };
  }
  if (request.codeTtlMs !== undefined && !(Number.isInteger(request.codeTtlMs) && request.codeTtlMs >= 60_000)) {
    return { outcome: 'invalid', field: 'codeTtlMs', problem: 'must be a whole number of milliseconds, at least one minute' };
  }
  return null;
}
