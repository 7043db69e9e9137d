/** Timing helpers shared by the benchmarks. */

export interface Measure {
  name: string;
  operations: number;
  seconds: number;
  opsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export function percentile(sortedMs: number[], fraction: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil(fraction * sortedMs.length) - 1);
  return sortedMs[Math.max(index, 0)]!;
}

/** Runs `operation` `total` times with `concurrency` callers at once, and times each call. */
export async function measure(name: string, total: number, concurrency: number, operation: () => Promise<unknown>): Promise<Measure> {
  const latencies: number[] = [];
  let started = 0;
  const caller = async () => {
    while (started < total) {
      started += 1;
      const begin = performance.now();
      await operation();
      latencies.push(performance.now() - begin);
    }
  };

  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, caller));
  const seconds = (performance.now() - begin) / 1000;

  latencies.sort((left, right) => left - right);
  return { name, operations: total, seconds, opsPerSecond: total / seconds, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99) };
}

/** Prints measures as a table, each number rounded for reading. */
export function printMeasures(measures: Measure[]): void {
  console.table(
    measures.map((entry) => ({
      name: entry.name,
      'ops/s': entry.opsPerSecond.toFixed(1),
      'p50 ms': entry.p50Ms.toFixed(2),
      'p99 ms': entry.p99Ms.toFixed(2),
      operations: entry.operations,
    })),
  );
}
