-- Readers, their PIN credentials, throttling state and the audit trail.
-- Times are ISO 8601 UTC strings from Date.toISOString(), so text order is time order.

CREATE TABLE readers (
  id INTEGER PRIMARY KEY,
  card_number TEXT NOT NULL UNIQUE,
  -- Keyed hash (HMAC-SHA256 under the pepper) of a normalized HKID number; the number itself is never stored.
  hkid_hash TEXT UNIQUE,
  name TEXT NOT NULL,
  language TEXT NOT NULL DEFAULT 'zh-Hant' CHECK (language IN ('en', 'zh-Hant', 'zh-Hans')),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked')),
  created_at TEXT NOT NULL
);

CREATE TABLE pin_credentials (
  reader_id INTEGER PRIMARY KEY REFERENCES readers (id) ON DELETE CASCADE,
  -- argon2id encoded hash (parameters and salt inside); pin_key_id names the pepper it was made with.
  pin_hash TEXT NOT NULL,
  pin_key_id TEXT NOT NULL,
  is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
  -- The default PIN (last 4 phone digits) kept only as a hash, so staff can reset to it without the phone number.
  default_pin_hash TEXT NOT NULL,
  default_key_id TEXT NOT NULL,
  changed_at TEXT NOT NULL
);

CREATE TABLE card_lockouts (
  reader_id INTEGER PRIMARY KEY REFERENCES readers (id) ON DELETE CASCADE,
  failures_in_row INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  staff_lock INTEGER NOT NULL DEFAULT 0 CHECK (staff_lock IN (0, 1))
);

-- One row per failed PIN attempt, for the per-source and service-wide windows; old rows are pruned.
CREATE TABLE pin_failures (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX pin_failures_by_source ON pin_failures (source, at);
CREATE INDEX pin_failures_by_time ON pin_failures (at);

CREATE TABLE source_blocks (
  source TEXT PRIMARY KEY,
  blocked_until TEXT NOT NULL
);

CREATE TABLE staff_alerts (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  source TEXT,
  detail TEXT NOT NULL,
  acknowledged_at TEXT
);

-- Append-only: every PIN attempt, lock, unlock, reset and change. Card numbers are masked.
CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  event TEXT NOT NULL,
  channel TEXT NOT NULL,
  source TEXT,
  card_masked TEXT,
  reader_id INTEGER,
  outcome TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX audit_events_by_reader ON audit_events (reader_id, at);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;

-- Progress of `readers import`, so a rerun after a crash resumes where the last commit ended.
CREATE TABLE reader_imports (
  file_digest TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  lines_committed INTEGER NOT NULL DEFAULT 0,
  loaded INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  started_at TEXT NOT NULL,
  finished_at TEXT
);

CREATE TABLE reader_import_rejections (
  file_digest TEXT NOT NULL REFERENCES reader_imports (file_digest),
  line INTEGER NOT NULL,
  problem TEXT NOT NULL,
  PRIMARY KEY (file_digest, line)
);
