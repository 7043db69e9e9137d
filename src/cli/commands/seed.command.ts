import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadSeedDocument } from '../../seed/seed.service.ts';
import { CliError } from '../cli-error.ts';
import { createCliContext, withServices } from '../cli-context.ts';

const EXIT_SOME_RECORDS_REJECTED = 3;

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .argument('<file>', 'JSON file with readers, items, loans, holds and charges arrays')
    .description(
      'Load readers (with their PIN, or the default PIN from their phone), items, loans, holds and charges. ' +
        `Bad records are reported with their position and reason; good ones are loaded. Exits with ${EXIT_SOME_RECORDS_REJECTED} when some were rejected.`,
    )
    .action(async (file: string, _options: object, command: Command) => {
      const context = createCliContext(command);
      const document = readJson(file, context.text);

      const report = await withServices(context, (services) => loadSeedDocument(document, services, context.config.operatorLanguage));

      for (const problem of report.problems) {
        if (problem.index === null) context.say('seed.documentProblem', { reason: problem.section === 'document' ? problem.reason : `${problem.section}: ${problem.reason}` });
        else context.say('seed.problem', { section: problem.section, index: problem.index, reason: problem.reason });
      }
      context.say('seed.summary', { ...report.loaded, problems: report.problems.length });
      if (report.problems.length > 0) process.exitCode = EXIT_SOME_RECORDS_REJECTED;
    });
}

function readJson(file: string, text: (key: string, parameters: Record<string, string>) => string): unknown {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(text('import.fileUnreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? 'error' }), 2);
  }
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new CliError(text('seed.notJson', { file, reason: (error as Error).message }), 2);
  }
}
