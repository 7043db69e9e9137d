// The telephone line's webhook step against a bare Fastify route, both over loopback HTTP in this process:
// - throughput of a main-menu step (key 9: restore the call, check the signature, load the summary,
//   render TwiML, store the snapshot) against a route that parses the same signed form and returns TwiML;
// - p99 latency of that step with 100 calls sending steps at once, against the bare route at the same load;
// - resident memory growth with 10,000 calls in progress (each waiting for its PIN, card in the vault).
// The real PIN and circulation services run on a SQLite file; rounds alternate so noise hits both alike.
import Fastify from 'fastify';
import formBody from '@fastify/formbody';
import twilio from 'twilio';
import { createIvrPlugin } from '../ivr/ivr.plugin.ts';
import { ManualClock } from '../src/domain/clock.ts';
import { buildApp } from '../src/http/build-app.ts';
import { createLogger } from '../src/logging/logger.ts';
import { loadSeedDocument } from '../src/seed/seed.service.ts';
import { createSqliteCallStore } from '../src/storage/sqlite-call-store.ts';
import { createTestServices } from '../test/support/test-services.ts';
import { measure, printMeasures, type Measure } from './bench-stats.ts';

const TOKEN = 'bench-auth-token-0123456789abcdef';
const PUBLIC_BASE_URL = 'https://ivr.library.example';
const CARD = '27301000010018';
const PIN = '739264';
const ROUNDS = 8;
const STEPS_PER_ROUND = 1500;
const CONCURRENCY = 8;
const P99_CALLS = 100;
const P99_STEPS_PER_CALL = 20;
const MEMORY_CALLS = 10_000;

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const services = createTestServices({ clock, config: { publicBaseUrl: PUBLIC_BASE_URL, twilioAuthToken: TOKEN, logLevel: 'silent' } });
await loadSeedDocument(
  {
    readers: [{ card: CARD, name: 'Bench Reader', phone: '91234817', pin: PIN }],
    items: [{ barcode: '31000000000017', title: 'The Hungry Caterpillar' }],
    loans: [{ card: CARD, item: '31000000000017', borrowedAt: '2026-02-23T08:00:00.000Z', dueAt: '2026-03-09T15:59:59.000Z' }],
  },
  services,
  'en',
);

const logger = createLogger({ level: 'silent' });
const ivrApp = await buildApp({
  logger,
  plugins: [
    createIvrPlugin({
      config: services.config,
      pinChecker: services.pinChecker,
      circulation: services.circulation,
      callStore: createSqliteCallStore(services.database),
      clock,
      logger,
    }),
  ],
});
const ivrUrl = await ivrApp.listen({ host: '127.0.0.1', port: 0 });

let menuTwiml = '';
const bareApp = Fastify({ logger: false });
await bareApp.register(formBody);
bareApp.post('/ivr/step', async (request, reply) => reply.type('text/xml; charset=utf-8').send(menuTwiml));
const bareUrl = await bareApp.listen({ host: '127.0.0.1', port: 0 });

let callCount = 0;

/** One call as Twilio makes it; `step` is the number in the URL of its current Gather. */
class BenchCall {
  readonly callSid = `CA${(callCount += 1).toString(16).padStart(32, '0')}`;
  next = `${PUBLIC_BASE_URL}/ivr/voice`;

  async post(baseUrl: string, digits?: string): Promise<string> {
    const parameters: Record<string, string> = { CallSid: this.callSid, From: '+85291234567', CallStatus: 'in-progress' };
    if (digits !== undefined) parameters.Digits = digits;
    const response = await fetch(baseUrl + this.next.slice(PUBLIC_BASE_URL.length), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, this.next, parameters) },
      body: new URLSearchParams(parameters).toString(),
    });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`step failed with HTTP ${response.status}: ${body}`);
    return body;
  }

  /** Posts the keys to the call's current Gather on the service and moves to the next one. */
  async press(digits?: string): Promise<string> {
    const body = await this.post(ivrUrl, digits);
    // A pattern rather than a TwiML parse, so the client does no more work here than for the bare route.
    const action = /<Gather [^>]*action="([^"]+)"/.exec(body)?.[1];
    if (!action) throw new Error(`no Gather in ${body}`);
    this.next = action.replaceAll('&amp;', '&');
    return body;
  }
}

async function callAtMainMenu(): Promise<BenchCall> {
  const call = new BenchCall();
  await call.press();
  await call.press('3');
  await call.press(CARD);
  menuTwiml = await call.press(PIN);
  if (!menuTwiml.includes('To renew all your items, press 0.')) throw new Error('the bench call did not reach the main menu');
  return call;
}

/** Sends `total` menu steps from `calls.length` callers at once, each caller stepping its own call. */
async function menuSteps(name: string, calls: BenchCall[], total: number, target: 'ivr' | 'bare'): Promise<Measure> {
  let next = 0;
  return measure(name, total, calls.length, async () => {
    const call = calls[next++ % calls.length] as BenchCall;
    if (target === 'bare') await call.post(bareUrl, '9');
    else await call.press('9');
  });
}

/** Merges rounds of one measure: total operations over total time, percentiles over every round. */
function combine(rounds: Measure[]): Measure {
  const operations = rounds.reduce((sum, round) => sum + round.operations, 0);
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  const p99s = rounds.map((round) => round.p99Ms).sort((left, right) => left - right);
  const p50s = rounds.map((round) => round.p50Ms).sort((left, right) => left - right);
  return { name: rounds[0]?.name ?? '', operations, seconds, opsPerSecond: operations / seconds, p50Ms: p50s[Math.floor(p50s.length / 2)] ?? NaN, p99Ms: p99s[Math.floor(p99s.length / 2)] ?? NaN };
}

// Throughput: the same callers alternate between the bare route and the real step.
const throughputCalls = await Promise.all(Array.from({ length: CONCURRENCY }, callAtMainMenu));
const bareRounds: Measure[] = [];
const ivrRounds: Measure[] = [];
await menuSteps('warm-up', throughputCalls, 500, 'ivr');
for (let round = 0; round < ROUNDS; round += 1) {
  bareRounds.push(await menuSteps(`bare route, ${CONCURRENCY} at once`, throughputCalls, STEPS_PER_ROUND, 'bare'));
  ivrRounds.push(await menuSteps(`menu step, ${CONCURRENCY} at once`, throughputCalls, STEPS_PER_ROUND, 'ivr'));
}

// Latency with 100 calls each sending steps at the same time.
const busyCalls: BenchCall[] = [];
for (let index = 0; index < P99_CALLS; index += 1) busyCalls.push(await callAtMainMenu());
const bareBusy: Measure[] = [];
const ivrBusy: Measure[] = [];
for (let round = 0; round < 3; round += 1) {
  bareBusy.push(await menuSteps(`bare route, ${P99_CALLS} calls`, busyCalls, P99_CALLS * P99_STEPS_PER_CALL, 'bare'));
  ivrBusy.push(await menuSteps(`menu step, ${P99_CALLS} calls`, busyCalls, P99_CALLS * P99_STEPS_PER_CALL, 'ivr'));
}

const bare = combine(bareRounds);
const ivr = combine(ivrRounds);
const bareHundred = combine(bareBusy);
const ivrHundred = combine(ivrBusy);
printMeasures([bare, ivr, bareHundred, ivrHundred]);
console.log(`BENCH ivr-step ratio=${(ivr.opsPerSecond / bare.opsPerSecond).toFixed(3)} ops_per_s=${ivr.opsPerSecond.toFixed(0)} bare_ops_per_s=${bare.opsPerSecond.toFixed(0)} target=0.5`);
console.log(
  `BENCH ivr-step-p99-100-calls ms=${ivrHundred.p99Ms.toFixed(2)} bare_ms=${bareHundred.p99Ms.toFixed(2)} ratio=${(ivrHundred.p99Ms / bareHundred.p99Ms).toFixed(2)}`,
);

// Memory: 10,000 calls left waiting at the PIN prompt, each with its card number in the vault. The
// baseline is taken after 500 such calls, so warm-up allocations count in neither reading.
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (npm run bench does)');
async function callsWaitingForPin(count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const call = new BenchCall();
    await call.press();
    await call.press('3');
    await call.press(CARD);
  }
}
await callsWaitingForPin(500);
gc();
const before = process.memoryUsage();
await callsWaitingForPin(MEMORY_CALLS);
gc();
const after = process.memoryUsage();
const growthMb = (after.rss - before.rss) / (1024 * 1024);
const heapGrowthMb = (after.heapUsed - before.heapUsed) / (1024 * 1024);
const stored = services.database.prepare("SELECT COUNT(*) FROM phone_calls WHERE status = 'active'").pluck().get() as number;
console.log(`calls stored as in progress: ${stored}`);
console.log(`BENCH ivr-10k-calls-rss-mb value=${growthMb.toFixed(1)} heap_mb=${heapGrowthMb.toFixed(1)} calls=${MEMORY_CALLS} target=64`);

await ivrApp.close();
await bareApp.close();
await services.cleanUp();
