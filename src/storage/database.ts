import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenDatabaseOptions {
  /** Path of the database file, or `:memory:`. */
  path: string;
  readonly?: boolean;
}

/**
 * Opens the SQLite file with write-ahead logging and foreign keys, and applies pending migrations
 * unless opened read-only.
 */
export function openDatabase(options: OpenDatabaseOptions): SqliteDatabase {
  if (options.path !== ':memory:' && !options.readonly) mkdirSync(dirname(options.path), { recursive: true });

  const database = new Database(options.path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    applyMigrations(database);
  }
  return database;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads `NNN-name.sql` files in version order; a gap or a duplicate number is a packaging bug. */
export function readMigrations(directory = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(directory)
    .filter((file) => /^\d{3}-[\w-]+\.sql$/.test(file))
    .map((file) => ({ version: Number(file.slice(0, 3)), name: file.slice(4, -4), sql: readFileSync(join(directory, file), 'utf8') }))
    .sort((left, right) => left.version - right.version);

  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migration numbers must run 001, 002, … without gaps; found ${migration.version} at position ${index + 1}`);
  });
  return migrations;
}

/** Applies each migration newer than the database in its own transaction; returns the versions applied. */
export function applyMigrations(database: SqliteDatabase, migrations = readMigrations()): number[] {
  database.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(database.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const record = database.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');

  const newlyApplied: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    database.transaction(() => {
      database.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    newlyApplied.push(migration.version);
  }
  return newlyApplied;
}

/** Copies the live database to `destination` with SQLite's online backup; writers keep working meanwhile. */
export async function backupDatabase(database: SqliteDatabase, destination: string): Promise<void> {
  mkdirSync(dirname(destination), { recursive: true });
  await database.backup(destination);
}

/** Runs SQLite's integrity and foreign key checks; returns the problems found, none when healthy. */
export function checkDatabase(database: SqliteDatabase): string[] {
  const integrity = database.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>;
  const problems = integrity.map((row) => row.integrity_check).filter((text) => text !== 'ok');
  const foreignKeys = database.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
  for (const row of foreignKeys) problems.push(`${row.table} row ${row.rowid} refers to a missing ${row.parent} row`);
  return problems;
}
