import type { Command } from 'commander';
import { loadConfigFromProcess } from '../../config/config.ts';
import { buildApp } from '../../http/build-app.ts';
import { createLogger } from '../../logging/logger.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the central service: terminal API, telephone line webhooks and staff API')
    .option('--port <number>', 'TCP port to listen on (default 3000, or PORT)')
    .option('--host <address>', 'address to listen on (default 127.0.0.1, or HOST)')
    .action(async (options: { port?: string; host?: string }) => {
      const config = loadConfigFromProcess({ port: options.port, host: options.host });
      const logger = createLogger({ level: config.logLevel });
      const app = await buildApp({ logger });
      await app.listen({ port: config.port, host: config.host });
      await waitForShutdownSignal();
      await app.close();
    });
}

function waitForShutdownSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
