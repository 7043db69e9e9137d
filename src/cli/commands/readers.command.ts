import { accessSync, constants } from 'node:fs';
import type { Command } from 'commander';
import { ImportFileError, importReadersCsv } from '../../auth/reader-import.service.ts';
import { SqliteReaderImportStore } from '../../storage/sqlite-reader-import.store.ts';
import { CliError } from '../cli-error.ts';
import { createCliContext, withServices } from '../cli-context.ts';
import { ProgressBar } from '../progress-bar.ts';

/** Exit code when the file loaded but some rows were rejected, so scripts can tell. */
const EXIT_SOME_ROWS_REJECTED = 3;

export function registerReadersCommand(program: Command): void {
  const readers = program.command('readers').description('Load readers into the service');

  readers
    .command('import')
    .argument('<file>', 'CSV file with a header line: card,name,phone and optionally pin,language,hkid')
    .option('--batch-size <rows>', 'rows committed per transaction', parsePositiveInteger, 200)
    .description(
      'Import readers from CSV. Bad rows are reported with their line number and reason while good rows load. ' +
        'Rerunning the same file after a crash resumes after the last committed batch; each reader is loaded once. ' +
        `Exits with ${EXIT_SOME_ROWS_REJECTED} when some rows were rejected.`,
    )
    .action(async (file: string, options: { batchSize: number }, command: Command) => {
      const context = createCliContext(command);
      try {
        accessSync(file, constants.R_OK);
      } catch (error) {
        throw new CliError(context.text('import.fileUnreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? 'error' }), 2);
      }

      const progress = new ProgressBar();
      const report = await withServices(context, (services) =>
        importReadersCsv(file, {
          config: services.config,
          enrolment: services.enrolment,
          clock: services.clock,
          store: new SqliteReaderImportStore(services.database),
          batchSize: options.batchSize,
          onProgress: ({ line, totalLines, loaded, rejected }) => progress.update(line, totalLines, `${loaded} loaded, ${rejected} rejected`),
        }).catch((error: unknown) => {
          if (error instanceof ImportFileError) throw new CliError(context.text(error.messageKey, error.parameters), 2);
          throw error;
        }),
      );
      progress.finish();

      if (report.alreadyImported) context.say('import.alreadyImported');
      else if (report.resumedAfterLine > 0) context.say('import.resumed', { line: report.resumedAfterLine });
      for (const rejection of report.rejections) {
        context.say('import.rejectedLine', { line: rejection.line, reason: context.text(`record.${rejection.problem}`) });
      }
      context.say('import.summary', { loaded: report.loaded, rejected: report.rejected });
      if (report.rejected > 0) process.exitCode = EXIT_SOME_ROWS_REJECTED;
    });
}

function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 10_000) throw new CliError(`--batch-size must be a whole number from 1 to 10000, got "${value}"`, 2);
  return number;
}
