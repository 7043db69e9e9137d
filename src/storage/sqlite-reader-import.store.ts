import type { AuditEvent } from '../auth/audit.types.ts';
import type { NewReader } from '../auth/auth.store.ts';
import type { RecordProblem } from '../auth/reader-record.ts';
import type { SqliteDatabase } from './database.ts';
import { insertReader } from './sqlite-readers.ts';

export type ImportProblem = RecordProblem | 'columns' | 'malformed-csv';

export interface ImportCheckpoint {
  linesCommitted: number;
  loaded: number;
  rejected: number;
  finished: boolean;
}

export interface ImportRow {
  line: number;
  reader: NewReader;
  audit: AuditEvent;
}

export interface ImportRejection {
  line: number;
  problem: ImportProblem;
}

/** Progress of reader imports, committed with each batch so a rerun after a crash resumes cleanly. */
export interface ReaderImportStore {
  beginImport(digest: string, fileName: string, at: Date): Promise<ImportCheckpoint>;
  /** Inserts a batch and moves the checkpoint to `lastLine` in one transaction; returns duplicates found. */
  commitBatch(digest: string, rows: readonly ImportRow[], rejections: readonly ImportRejection[], lastLine: number): Promise<ImportRejection[]>;
  finishImport(digest: string, at: Date): Promise<void>;
  listRejections(digest: string): Promise<ImportRejection[]>;
}

export class SqliteReaderImportStore implements ReaderImportStore {
  readonly #database: SqliteDatabase;

  constructor(database: SqliteDatabase) {
    this.#database = database;
  }

  async beginImport(digest: string, fileName: string, at: Date): Promise<ImportCheckpoint> {
    this.#database
      .prepare('INSERT INTO reader_imports (file_digest, file_name, started_at) VALUES (?, ?, ?) ON CONFLICT (file_digest) DO NOTHING')
      .run(digest, fileName, at.toISOString());
    const row = this.#database.prepare('SELECT lines_committed, loaded, rejected, finished_at FROM reader_imports WHERE file_digest = ?').get(digest) as {
      lines_committed: number;
      loaded: number;
      rejected: number;
      finished_at: string | null;
    };
    return { linesCommitted: row.lines_committed, loaded: row.loaded, rejected: row.rejected, finished: row.finished_at !== null };
  }

  async commitBatch(digest: string, rows: readonly ImportRow[], rejections: readonly ImportRejection[], lastLine: number): Promise<ImportRejection[]> {
    return this.#database.transaction(() => {
      const duplicates: ImportRejection[] = [];
      for (const row of rows) {
        const outcome = insertReader(this.#database, row.reader, row.audit);
        if (outcome.outcome !== 'created') duplicates.push({ line: row.line, problem: outcome.outcome === 'duplicate-card' ? 'card-duplicate' : 'hkid-duplicate' });
      }

      const allRejections = [...rejections, ...duplicates];
      const insertRejection = this.#database.prepare('INSERT OR REPLACE INTO reader_import_rejections (file_digest, line, problem) VALUES (?, ?, ?)');
      for (const rejection of allRejections) insertRejection.run(digest, rejection.line, rejection.problem);

      this.#database
        .prepare('UPDATE reader_imports SET lines_committed = ?, loaded = loaded + ?, rejected = rejected + ? WHERE file_digest = ?')
        .run(lastLine, rows.length - duplicates.length, allRejections.length, digest);
      return duplicates;
    })();
  }

  async finishImport(digest: string, at: Date): Promise<void> {
    this.#database.prepare('UPDATE reader_imports SET finished_at = ? WHERE file_digest = ?').run(at.toISOString(), digest);
  }

  async listRejections(digest: string): Promise<ImportRejection[]> {
    return this.#database.prepare('SELECT line, problem FROM reader_import_rejections WHERE file_digest = ? ORDER BY line').all(digest) as ImportRejection[];
  }
}
