import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI_PATH = fileURLToPath(new URL('../../bin/pin-service.mjs', import.meta.url));

/** Light argon2 settings for CLI child processes, matching TEST_ARGON2. */
export const TEST_CLI_ENVIRONMENT = { ARGON2_MEMORY_KIB: '1024', ARGON2_PASSES: '1', LOG_LEVEL: 'warn' };

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts `pin-service ARGS` as a child process; `done` settles when it exits. With `ownProcessGroup`, the child
 * leads a process group of its own, which a test can signal as a whole, as Ctrl+C in a terminal does.
 */
export function startCli(args: string[], environment: Record<string, string> = {}, { ownProcessGroup = false } = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI_PATH, ...args], {
    env: { ...process.env, ...TEST_CLI_ENVIRONMENT, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: ownProcessGroup,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function runCli(args: string[], environment: Record<string, string> = {}): Promise<CliRun> {
  return startCli(args, environment).done;
}
