// PIN verification through the service's real path (throttle checks, SQLite reads and writes, audit,
// the hashing limiter) against bare argon2.verify on the same hash with the same parameters and pepper.
// Both run in this process, interleaved in rounds so machine noise hits them alike.
import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import { createTestServices } from '../test/support/test-services.ts';
import { measure, percentile, printMeasures, type Measure } from './bench-stats.ts';

const CARD = '27301000010018';
const PIN = '739264';
// Sequential calls alternate one bare, one service, so load from other processes hits both alike.
const SEQUENTIAL_ROUNDS = 60;
const CONCURRENT_ROUNDS = 12;
const CONCURRENCY = availableParallelism() * 2;
const CONCURRENT_PER_ROUND = CONCURRENCY * 3;

// The production argon2 parameters, not the light test ones.
const services = createTestServices({ config: { argon2: { memoryKiB: 19_456, passes: 2, lanes: 1 } } });
await services.enrolReader({ card: CARD, name: 'Bench Reader', phone: '91234817', pin: PIN });
const stored = services.database.prepare('SELECT pin_hash FROM pin_credentials WHERE reader_id = 1').pluck().get() as string;
const secret = services.pepper.current.secret;

const viaService = async () => {
  const result = await services.pinChecker.checkPin({ identifier: CARD, pin: PIN, channel: 'kiosk', source: 'bench' });
  if (result.outcome !== 'accepted') throw new Error(`bench sign-in was ${result.outcome}`);
};
const bare = async () => {
  if (!(await argon2.verify(stored, PIN, { secret }))) throw new Error('bare verify failed');
};

const totals: Record<string, Measure[]> = { 'bare-sequential': [], 'service-sequential': [], 'bare-concurrent': [], 'service-concurrent': [] };
await viaService();
for (let round = 0; round < SEQUENTIAL_ROUNDS; round += 1) {
  totals['bare-sequential']!.push(await measure('bare argon2 verify, one at a time', 1, 1, bare));
  totals['service-sequential']!.push(await measure('service PIN check, one at a time', 1, 1, viaService));
}
for (let round = 0; round < CONCURRENT_ROUNDS; round += 1) {
  totals['bare-concurrent']!.push(await measure(`bare argon2 verify, ${CONCURRENCY} at once`, CONCURRENT_PER_ROUND, CONCURRENCY, bare));
  totals['service-concurrent']!.push(await measure(`service PIN check, ${CONCURRENCY} at once`, CONCURRENT_PER_ROUND, CONCURRENCY, viaService));
}
await services.cleanUp();

const combined = Object.values(totals).map(combine);
printMeasures(combined);
const [bareSequential, serviceSequential, bareConcurrent, serviceConcurrent] = combined as [Measure, Measure, Measure, Measure];
console.log(`BENCH pin-verify-sequential ratio=${(serviceSequential.opsPerSecond / bareSequential.opsPerSecond).toFixed(3)} ops_per_s=${serviceSequential.opsPerSecond.toFixed(1)} p50_ms=${serviceSequential.p50Ms.toFixed(1)} p99_ms=${serviceSequential.p99Ms.toFixed(1)} target=0.9`);
console.log(`BENCH pin-verify-concurrent ratio=${(serviceConcurrent.opsPerSecond / bareConcurrent.opsPerSecond).toFixed(3)} ops_per_s=${serviceConcurrent.opsPerSecond.toFixed(1)} p50_ms=${serviceConcurrent.p50Ms.toFixed(1)} p99_ms=${serviceConcurrent.p99Ms.toFixed(1)} target=0.9`);

/**
 * Merges the rounds of one measure: total operations over total time. The percentiles are taken over the
 * rounds' own p50 and p99 values, an estimate that is exact when each round is a single call.
 */
function combine(rounds: Measure[]): Measure {
  const operations = rounds.reduce((sum, entry) => sum + entry.operations, 0);
  const seconds = rounds.reduce((sum, entry) => sum + entry.seconds, 0);
  const p50s = rounds.map((entry) => entry.p50Ms).sort((left, right) => left - right);
  const p99s = rounds.map((entry) => entry.p99Ms).sort((left, right) => left - right);
  return { name: rounds[0]!.name, operations, seconds, opsPerSecond: operations / seconds, p50Ms: percentile(p50s, 0.5), p99Ms: percentile(p99s, 0.99) };
}
