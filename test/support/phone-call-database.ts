import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type SqliteDatabase } from '../../src/storage/database.ts';

/** A real SQLite file in a temp directory with the service's migrations applied. */
export function openTestDatabase(): { database: SqliteDatabase; path: string; remove: () => void } {
  const directory = mkdtempSync(join(tmpdir(), 'phone-calls-'));
  const path = join(directory, 'service.sqlite');
  const database = openDatabase({ path });
  return {
    database,
    path,
    remove: () => {
      if (database.open) database.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
