import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `condition` every few milliseconds until it holds, for state that changes after asynchronous I/O
 * without an event to wait on. Rejects after `timeoutMs` naming what was awaited.
 */
export async function waitUntil(condition: () => boolean, description: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${description}`);
    await sleep(5);
  }
}
