-- Enrolled terminals (self-checkout kiosks, self-service stations) and their credentials.
-- The one-time enrolment code and the terminal key are random values of 80 and 256 bits, stored only as
-- SHA-256 digests: guessing is hopeless at that size, so a fast hash suffices and lets a key be looked up
-- by its digest. A revoked terminal keeps its row, so its history stays readable.

CREATE TABLE terminals (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  mode TEXT NOT NULL CHECK (mode IN ('kiosk', 'station')),
  -- Branch or station code, passed to circulation (holds are picked up only where they wait).
  location TEXT,
  status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'revoked')),
  enrolment_code_digest TEXT UNIQUE,
  enrolment_expires_at TEXT,
  key_digest TEXT UNIQUE,
  created_at TEXT NOT NULL,
  enrolled_at TEXT,
  revoked_at TEXT,
  last_connected_at TEXT,
  CHECK (status <> 'pending' OR enrolment_code_digest IS NOT NULL),
  CHECK (status <> 'active' OR key_digest IS NOT NULL)
);
