import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config.ts';
import { PepperError } from '../auth/pepper.ts';
import { CliError } from './cli-error.ts';
import { registerCallCommand } from './commands/call.command.ts';
import { registerDbCommand } from './commands/db.command.ts';
import { registerPepperCommand } from './commands/pepper.command.ts';
import { registerPinCommand } from './commands/pin.command.ts';
import { registerReadersCommand } from './commands/readers.command.ts';
import { registerSeedCommand } from './commands/seed.command.ts';
import { registerServeCommand } from './commands/serve.command.ts';
import { registerTerminalCommand } from './commands/terminal.command.ts';

export { CliError } from './cli-error.ts';

export function buildProgram(): Command {
  const program = new Command('pin-service')
    .description('Library PIN Service: card-and-PIN sign-in for kiosks, stations and the telephone renewal line')
    .showHelpAfterError('(run with --help for usage)')
    .option('--data-dir <path>', 'directory of the database (default data, or PIN_SERVICE_DATA_DIR)')
    .exitOverride();

  registerServeCommand(program);
  registerPinCommand(program);
  registerSeedCommand(program);
  registerReadersCommand(program);
  registerDbCommand(program);
  registerPepperCommand(program);
  registerCallCommand(program);
  registerTerminalCommand(program);
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    // A command that finished with a partial result sets process.exitCode itself.
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed help or the usage problem.
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof ConfigError || error instanceof PepperError || error instanceof CliError) {
    process.stderr.write(`pin-service: ${error.message}\n`);
    // 78 is EX_CONFIG from sysexits.h: the configuration, not the input, needs fixing.
    return error instanceof CliError ? error.exitCode : 78;
  }
  process.stderr.write(`pin-service: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
