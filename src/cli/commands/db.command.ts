import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { backupDatabase, checkDatabase, openDatabase } from '../../storage/database.ts';
import { databasePath } from '../../services.ts';
import { CliError } from '../cli-error.ts';
import { createCliContext } from '../cli-context.ts';

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('Database maintenance: online backup and integrity check');

  db.command('backup')
    .argument('<path>', 'file to write the backup to; the service may keep running')
    .description('Copy the live database with SQLite online backup (the pepper file is not included: back it up separately)')
    .action(async (path: string, _options: object, command: Command) => {
      const context = createCliContext(command);
      const source = requireDatabase(context.config, context.text);
      const target = resolve(path);
      if (target === resolve(source)) throw new CliError(`the backup path ${target} is the live database itself; choose another file`, 2);

      const database = openDatabase({ path: source, readonly: true });
      try {
        await backupDatabase(database, target);
      } finally {
        database.close();
      }
      context.say('db.backupDone', { path: target });
    });

  db.command('check')
    .description('Run SQLite integrity and foreign key checks; exits with 1 when a problem is found')
    .action(async (_options: object, command: Command) => {
      const context = createCliContext(command);
      const path = requireDatabase(context.config, context.text);
      const database = openDatabase({ path, readonly: true });
      const problems = (() => {
        try {
          return checkDatabase(database);
        } finally {
          database.close();
        }
      })();

      if (problems.length === 0) {
        context.say('db.checkOk', { path });
        return;
      }
      context.say('db.checkProblems', { path, count: problems.length });
      for (const problem of problems) process.stdout.write(`  ${problem}\n`);
      throw new CliError(context.text('db.checkProblems', { path, count: problems.length }), 1);
    });
}

function requireDatabase(config: Parameters<typeof databasePath>[0], text: (key: string, parameters: Record<string, string>) => string): string {
  const path = databasePath(config);
  if (!existsSync(path)) throw new CliError(text('db.missing', { path }), 4);
  return path;
}
