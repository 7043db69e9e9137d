import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import type { Config } from '../config/config.ts';
import type { Clock } from '../domain/clock.ts';
import type { ImportRejection, ImportRow, ReaderImportStore } from '../storage/sqlite-reader-import.store.ts';
import type { ReaderEnrolmentService } from './reader-enrolment.service.ts';
import { checkReaderRecord, type ValidReaderRecord } from './reader-record.ts';

const IMPORT_ACTOR = { channel: 'import', source: 'readers-import' } as const;

export const REQUIRED_COLUMNS = ['card', 'name', 'phone'] as const;
export const OPTIONAL_COLUMNS = ['pin', 'language', 'hkid'] as const;

/** The file cannot be imported at all (unreadable, bad header); no row was loaded. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(
    readonly messageKey: 'import.headerMissingColumns' | 'import.headerUnknownColumn' | 'import.fileEmpty',
    readonly parameters: Record<string, string>,
  ) {
    super(`${messageKey}: ${JSON.stringify(parameters)}`);
  }
}

export interface ImportProgress {
  line: number;
  totalLines: number;
  loaded: number;
  rejected: number;
}

export interface ImportReport {
  alreadyImported: boolean;
  resumedAfterLine: number;
  loaded: number;
  rejected: number;
  rejections: ImportRejection[];
}

export interface ReaderImportOptions {
  config: Pick<Config, 'cardNumber' | 'pinPolicy' | 'defaultLanguage' | 'argon2'>;
  enrolment: ReaderEnrolmentService;
  clock: Clock;
  store: ReaderImportStore;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

interface PendingRow {
  line: number;
  record: ValidReaderRecord;
}

/**
 * Streams a readers CSV (header `card,name,phone` plus optional `pin,language,hkid`) into the database in
 * batches, each committed with the file's checkpoint, so a rerun after a crash skips what was loaded.
 * Bad rows are recorded with their line number and reason while good rows load.
 */
export async function importReadersCsv(path: string, options: ReaderImportOptions): Promise<ImportReport> {
  const { digest, totalLines } = await digestFile(path);
  const checkpoint = await options.store.beginImport(digest, basename(path), options.clock.now());
  const report = { alreadyImported: checkpoint.finished, resumedAfterLine: checkpoint.linesCommitted };
  if (checkpoint.finished) return { ...report, loaded: checkpoint.loaded, rejected: checkpoint.rejected, rejections: await options.store.listRejections(digest) };

  const batchSize = options.batchSize ?? 200;
  const counts = { loaded: checkpoint.loaded, rejected: checkpoint.rejected };
  let pending: PendingRow[] = [];
  let rejections: ImportRejection[] = [];
  let lastLine = checkpoint.linesCommitted;

  const flush = async () => {
    const rows = await hashRows(pending, options);
    const duplicates = await options.store.commitBatch(digest, rows, rejections, lastLine);
    counts.loaded += rows.length - duplicates.length;
    counts.rejected += rejections.length + duplicates.length;
    pending = [];
    rejections = [];
    options.onProgress?.({ line: lastLine, totalLines, ...counts });
  };

  const parser = createReadStream(path).pipe(parse({ info: true, bom: true, skip_empty_lines: true, relax_column_count: true, skip_records_with_error: true }));
  parser.on('skip', (error: { lines?: number }) => {
    if ((error.lines ?? 0) > checkpoint.linesCommitted) rejections.push({ line: error.lines ?? 0, problem: 'malformed-csv' });
  });

  let columns: string[] | null = null;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!columns) {
      columns = checkHeader(record);
      continue;
    }
    if (info.lines <= checkpoint.linesCommitted) continue;

    lastLine = info.lines;
    const checked = checkRow(record, columns, options.config);
    if ('problem' in checked) rejections.push({ line: info.lines, problem: checked.problem });
    else pending.push({ line: info.lines, record: checked });
    if (pending.length + rejections.length >= batchSize) await flush();
  }
  if (!columns) throw new ImportFileError('import.fileEmpty', { file: path });

  await flush();
  await options.store.finishImport(digest, options.clock.now());
  return { ...report, ...counts, rejections: await options.store.listRejections(digest) };
}

function checkHeader(header: string[]): string[] {
  const columns = header.map((name) => name.trim().toLowerCase());
  const unknown = columns.find((name) => !(REQUIRED_COLUMNS as readonly string[]).includes(name) && !(OPTIONAL_COLUMNS as readonly string[]).includes(name));
  if (unknown !== undefined) throw new ImportFileError('import.headerUnknownColumn', { column: unknown, allowed: [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].join(', ') });
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  if (missing.length > 0) throw new ImportFileError('import.headerMissingColumns', { columns: missing.join(', ') });
  return columns;
}

function checkRow(record: string[], columns: string[], config: ReaderImportOptions['config']): ValidReaderRecord | { problem: ImportRejection['problem'] } {
  if (record.length !== columns.length) return { problem: 'columns' };
  const input = Object.fromEntries(columns.map((name, index) => [name, record[index]]));
  const check = checkReaderRecord(input, config);
  return check.valid ? check.record : { problem: check.problem };
}

/** Hashes the batch's PINs, as many at once as the hashing limit allows and no more. */
async function hashRows(pending: PendingRow[], options: ReaderImportOptions): Promise<ImportRow[]> {
  const rows: ImportRow[] = new Array(pending.length);
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const index = next++;
      const { line, record } = pending[index]!;
      rows[index] = { line, ...(await options.enrolment.prepare(record, IMPORT_ACTOR)) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.config.argon2.maxConcurrent, pending.length) }, worker));
  return rows;
}

async function digestFile(path: string): Promise<{ digest: string; totalLines: number }> {
  const hash = createHash('sha256');
  let totalLines = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    for (const byte of chunk) if (byte === 0x0a) totalLines += 1;
  }
  return { digest: hash.digest('hex'), totalLines };
}
