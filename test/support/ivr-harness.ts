import type { FastifyInstance } from 'fastify';
import twilio from 'twilio';
import { loadConfig, type Config, type ConfigInput } from '../../src/config/config.ts';
import { luhnCheckDigit } from '../../src/domain/card-number.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { CallStore } from '../../src/sessions/call-store.types.ts';
import type { SqliteDatabase } from '../../src/storage/database.ts';
import type { PinChecker } from '../../src/auth/pin-check.types.ts';
import type { CirculationService } from '../../src/circulation/circulation.types.ts';
import { createSqliteCallStore } from '../../src/storage/sqlite-call-store.ts';
import { createIvrPlugin, type IvrPluginOptions } from '../../ivr/ivr.plugin.ts';
import { readTwiml, type TwimlVerb } from '../../ivr/local-phone/twiml-reader.ts';
import { FakeCirculation } from './fake-circulation.ts';
import { FakePinChecker } from './fake-pin-checker.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { loadSeedDocument } from '../../src/seed/seed.service.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestServices, type TestServices } from './test-services.ts';

export const AUTH_TOKEN = 'test-auth-token-0123456789abcdef';
export const PUBLIC_BASE_URL = 'https://ivr.library.test';

/** Card numbers with valid Luhn check digits: two enrolled readers and one card no reader has. */
export const CARD = withCheckDigit('2730100001001');
export const SECOND_CARD = withCheckDigit('2730100001002');
export const UNKNOWN_CARD = withCheckDigit('2730100009999');
export const PIN = '482915';
export const SECOND_PIN = '731864';
export const WRONG_PIN = '111999';

export interface HarnessOptions extends Partial<Pick<IvrPluginOptions, 'maxReprompts' | 'holdAfterMs' | 'busyRetryDelaysMs' | 'maxHolds'>> {
  /**
   * `real`: the PIN service with real argon2 and the circulation service, on one SQLite file.
   * `fakes` (default): FakePinChecker and FakeCirculation, for outcomes the real services cannot be told
   * to give (a fault, a busy hasher, a slow database).
   */
  backend?: 'real' | 'fakes';
  config?: ConfigInput;
  pinChecker?: PinChecker;
  circulation?: CirculationService;
  callStore?: CallStore;
}

/** The readers, items, loans and charge every harness starts with, in the `pin-service seed` format. */
export const SEED_DOCUMENT = {
  readers: [
    { card: CARD, name: 'Chan Tai Man', phone: '91234567', pin: PIN, language: 'zh-Hant' },
    { card: SECOND_CARD, name: 'Wong Siu Ling', phone: '92345678', pin: SECOND_PIN, language: 'en' },
  ],
  items: [
    { barcode: '31000000000017', title: 'The Hungry Caterpillar', titleZh: '好餓的毛毛蟲' },
    { barcode: '31000000000025', title: 'A Brief History of Time', titleZh: '時間簡史' },
  ],
  loans: [
    { card: CARD, item: '31000000000017', borrowedAt: '2026-02-23T08:00:00.000Z', dueAt: '2026-03-09T15:59:59.000Z' },
    { card: CARD, item: '31000000000025', borrowedAt: '2026-02-06T08:00:00.000Z', dueAt: '2026-02-20T15:59:59.000Z' },
  ],
  holds: [],
  charges: [{ card: CARD, amount: 12.5, reason: 'Overdue fine' }],
};

export interface Answer {
  status: number;
  twiml: string;
  verbs: TwimlVerb[];
  /** Every spoken text of the answer, in order, joined by newlines. */
  said: string;
}

/** The phone line on a real SQLite file, with either the real services or fakes behind their interfaces. */
export class IvrHarness {
  readonly clock = new ManualClock('2026-03-02T02:00:00.000Z');
  readonly config: Config;
  readonly databasePath: string;
  readonly database: SqliteDatabase;
  readonly callStore: CallStore;
  /** The real services, when the harness runs them. */
  readonly services: TestServices | null;
  app!: FastifyInstance;
  readonly #fakes: { pinChecker: FakePinChecker; circulation: FakeCirculation } | null;
  readonly #options: HarnessOptions;
  readonly #removeDirectory: () => void;
  #callCount = 0;

  constructor(options: HarnessOptions = {}) {
    this.#options = options;
    const overrides: ConfigInput = { publicBaseUrl: PUBLIC_BASE_URL, twilioAuthToken: AUTH_TOKEN, logLevel: 'silent', ...options.config };
    this.config = loadConfig({}, overrides);

    if (options.backend === 'real') {
      this.services = createTestServices({ clock: this.clock, config: overrides });
      this.#fakes = null;
      this.database = this.services.database;
      this.databasePath = join(this.services.dataDir, 'pin-service.sqlite');
      this.#removeDirectory = () => {};
    } else {
      const directory = mkdtempSync(join(tmpdir(), 'phone-calls-'));
      this.services = null;
      this.#fakes = { pinChecker: new FakePinChecker(), circulation: new FakeCirculation(this.clock) };
      this.databasePath = join(directory, 'service.sqlite');
      this.database = openDatabase({ path: this.databasePath });
      this.#removeDirectory = () => rmSync(directory, { recursive: true, force: true });
    }
    this.callStore = options.callStore ?? createSqliteCallStore(this.database);
  }

  /** The fake services; only a `fakes` harness has them. */
  get fakes(): { pinChecker: FakePinChecker; circulation: FakeCirculation } {
    if (!this.#fakes) throw new Error('This harness runs the real services; use harness.services');
    return this.#fakes;
  }

  async start(): Promise<this> {
    this.app = await this.buildServiceApp();
    return this;
  }

  /** Plays a service restart: a new plugin, so empty vaults and no checks in flight, on the same database. */
  async restart(): Promise<void> {
    await this.app.close();
    await this.start();
  }

  /** Builds another service instance on the same database and services, as a second process would be. */
  async buildServiceApp(): Promise<FastifyInstance> {
    const logger = createLogger({ level: 'silent' });
    const plugin = createIvrPlugin({
      config: this.config,
      pinChecker: this.#options.pinChecker ?? this.services?.pinChecker ?? this.fakes.pinChecker,
      circulation: this.#options.circulation ?? this.services?.circulation ?? this.fakes.circulation,
      callStore: this.callStore,
      clock: this.clock,
      logger,
      maxReprompts: this.#options.maxReprompts,
      holdAfterMs: this.#options.holdAfterMs ?? 2000,
      maxHolds: this.#options.maxHolds,
      busyRetryDelaysMs: this.#options.busyRetryDelaysMs ?? [0, 0],
    });
    return buildApp({ logger, plugins: [plugin] });
  }

  /** Enrols the two test readers, the first with two loans (one overdue) and a charge of HK$12.50. */
  async seedReaders(): Promise<void> {
    if (this.services) {
      const report = await loadSeedDocument(SEED_DOCUMENT, this.services, 'en');
      if (report.problems.length > 0) throw new Error(`test seed rejected: ${JSON.stringify(report.problems)}`);
      return;
    }
    const { pinChecker, circulation } = this.fakes;
    pinChecker.enrol(CARD, PIN, { readerId: 1 });
    pinChecker.enrol(SECOND_CARD, SECOND_PIN, { readerId: 2 });
    for (const loan of SEED_DOCUMENT.loans) {
      const item = SEED_DOCUMENT.items.find((each) => each.barcode === loan.item);
      circulation.addLoan(1, { en: item?.title ?? '', zh: item?.titleZh ?? null }, loan.dueAt);
    }
    circulation.addCharge(1, 1250, SEED_DOCUMENT.charges[0]?.reason ?? '');
  }

  newCall(from = '+85291234567'): SimulatedCall {
    this.#callCount += 1;
    const callSid = `CA${this.#callCount.toString(16).padStart(32, '0')}`;
    return new SimulatedCall(this, callSid, from);
  }

  /** Posts a form to `url` (absolute, under the public base URL) signed as Twilio signs it. */
  post(url: string, parameters: Record<string, string>, options: { signature?: string | null; headers?: Record<string, string>; app?: FastifyInstance } = {}) {
    const path = url.startsWith(PUBLIC_BASE_URL) ? url.slice(PUBLIC_BASE_URL.length) : url;
    const signature = options.signature === undefined ? twilio.getExpectedTwilioSignature(AUTH_TOKEN, url, parameters) : options.signature;
    return (options.app ?? this.app).inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature === null ? {} : { 'x-twilio-signature': signature }), ...options.headers },
      payload: new URLSearchParams(parameters).toString(),
    });
  }

  async close(): Promise<void> {
    await this.app?.close();
    if (this.services) {
      await this.services.cleanUp();
    } else {
      if (this.database.open) this.database.close();
      this.#removeDirectory();
    }
  }
}

/** One call as Twilio would make it: dial, then answer each Gather with keys or silence. */
export class SimulatedCall {
  last: Answer | null = null;
  readonly transcript: Answer[] = [];

  constructor(
    readonly harness: IvrHarness,
    readonly callSid: string,
    readonly from: string,
  ) {}

  dial(headers: Record<string, string> = {}): Promise<Answer> {
    return this.#send(`${PUBLIC_BASE_URL}/ivr/voice`, {}, headers);
  }

  /** Answers the current Gather: `undefined` sends no Digits (silence), a string sends it as Digits. */
  press(digits: string | undefined, headers: Record<string, string> = {}): Promise<Answer> {
    const gather = this.last?.verbs.find((verb) => verb.verb === 'Gather');
    if (!gather || gather.verb !== 'Gather') throw new Error(`No Gather to answer; the line said: ${this.last?.said}`);
    return this.#send(gather.action, digits === undefined ? {} : { Digits: digits }, headers);
  }

  /** Follows the Redirect of a "please hold" answer. */
  followRedirect(): Promise<Answer> {
    const redirect = this.last?.verbs.find((verb) => verb.verb === 'Redirect');
    if (!redirect || redirect.verb !== 'Redirect') throw new Error(`No Redirect to follow; the line said: ${this.last?.said}`);
    return this.#send(redirect.url, {});
  }

  /** Presses each entry in turn, as `--keys` of the local phone does; an empty entry is silence. */
  async pressAll(entries: ReadonlyArray<string | undefined>): Promise<Answer> {
    let answer = this.last as Answer;
    for (const entry of entries) answer = await this.press(entry === '' ? undefined : entry);
    return answer;
  }

  async hangUp(status = 'completed'): Promise<number> {
    const response = await this.harness.post(`${PUBLIC_BASE_URL}/ivr/status`, { ...this.#base(), CallStatus: status });
    return response.statusCode;
  }

  /** True when the last answer ends the call. */
  get ended(): boolean {
    return this.last?.verbs.at(-1)?.verb === 'Hangup';
  }

  async #send(url: string, extra: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await this.harness.post(url, { ...this.#base(), ...extra }, { headers });
    const answer = toAnswer(response.statusCode, response.body);
    this.last = answer;
    this.transcript.push(answer);
    return answer;
  }

  #base(): Record<string, string> {
    return { CallSid: this.callSid, AccountSid: `AC${'0'.repeat(32)}`, From: this.from, To: '+85228001234', CallStatus: 'in-progress', Direction: 'inbound', ApiVersion: '2010-04-01' };
  }
}

export function toAnswer(status: number, twiml: string): Answer {
  const verbs = status === 200 ? readTwiml(twiml) : [];
  const says = verbs.flatMap((verb) => (verb.verb === 'Say' ? [verb] : verb.verb === 'Gather' ? verb.says : []));
  return { status, twiml, verbs, said: says.map((say) => say.text).join('\n') };
}

function withCheckDigit(body: string): string {
  return body + String(luhnCheckDigit(body));
}
