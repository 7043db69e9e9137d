import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RenewAllResult } from '../../src/circulation/circulation.types.ts';
import type { RenewAllWorkerOptions } from './renew-all.worker.ts';

const WORKER_PATH = join(dirname(fileURLToPath(import.meta.url)), 'renew-all.worker.ts');

/** A running `renew-all.worker.ts` process with helpers to follow its line protocol. */
export interface RenewAllWorker {
  child: ChildProcess;
  /** Resolves with the rest of the first line (from now on or already received) that starts with `prefix`. */
  waitFor(prefix: string): Promise<string>;
  go(): void;
  result(): Promise<RenewAllResult>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startRenewAllWorker(options: RenewAllWorkerOptions): RenewAllWorker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER_PATH, JSON.stringify(options)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting: Array<{ prefix: string; resolve: (rest: string) => void }> = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const waiter of [...waiting]) {
      if (!line.startsWith(waiter.prefix)) continue;
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(line.slice(waiter.prefix.length).trim());
    }
  });

  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  function waitFor(prefix: string): Promise<string> {
    const seen = lines.find((line) => line.startsWith(prefix));
    if (seen !== undefined) return Promise.resolve(seen.slice(prefix.length).trim());
    return new Promise((resolve, reject) => {
      waiting.push({ prefix, resolve });
      void exit.then(({ code, signal }) => reject(new Error(`worker exited (code ${code}, signal ${signal}) before "${prefix}"; stderr: ${stderr}; stdout: ${lines.join(' | ')}`)));
    });
  }

  return {
    child,
    waitFor,
    go: () => child.stdin?.write('go\n'),
    result: async () => JSON.parse(await waitFor('result ')) as RenewAllResult,
    exit,
  };
}
