import type { Command } from 'commander';
import { loadConfigFromProcess, type Config, type ConfigInput } from '../config/config.ts';
import type { MessageParameters } from '../i18n/catalogue.ts';
import { translate } from '../i18n/translator.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { createServices, type Services } from '../services.ts';

/** Options every command accepts before or after its name. */
export interface GlobalOptions {
  dataDir?: string;
}

/** Configuration, a logger on stderr and output in the operator's language, for one command. */
export interface CliContext {
  config: Config;
  logger: Logger;
  /** Writes one catalogue message as a line on stdout. */
  say(key: string, parameters?: MessageParameters): void;
  /** Writes one catalogue message as a line on stderr. */
  warn(key: string, parameters?: MessageParameters): void;
  text(key: string, parameters?: MessageParameters): string;
}

export function createCliContext(command: Command, overrides: ConfigInput = {}): CliContext {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const config = loadConfigFromProcess({ ...overrides, dataDir: globals.dataDir ?? overrides.dataDir });
  // Commands print their own results; the log only carries warnings and errors unless asked for more.
  const level = config.logLevel === 'info' ? 'warn' : config.logLevel;
  const logger = createLogger({ level, destination: process.stderr });
  const text = (key: string, parameters?: MessageParameters) => translate(config.operatorLanguage, key, parameters);
  return {
    config,
    logger,
    text,
    say: (key, parameters) => process.stdout.write(`${text(key, parameters)}\n`),
    warn: (key, parameters) => process.stderr.write(`${text(key, parameters)}\n`),
  };
}

/** Opens the services for one command and closes them when it returns or throws. */
export async function withServices<T>(context: CliContext, run: (services: Services) => Promise<T>): Promise<T> {
  const services = createServices(context.config, { logger: context.logger });
  try {
    return await run(services);
  } finally {
    await services.close();
  }
}
