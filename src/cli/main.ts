import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config.ts';
import { registerServeCommand } from './commands/serve.command.ts';

/** Something a command reports to the person at the terminal; exit code 1 unless given. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function buildProgram(): Command {
  const program = new Command('pin-service')
    .description('Library PIN Service: card-and-PIN sign-in for kiosks, stations and the telephone renewal line')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  registerServeCommand(program);
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed help or the usage problem.
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof ConfigError || error instanceof CliError) {
    process.stderr.write(`pin-service: ${error.message}\n`);
    return error instanceof CliError ? error.exitCode : 78;
  }
  process.stderr.write(`pin-service: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
