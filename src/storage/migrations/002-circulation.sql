-- Items, loans, renewals, holds, charges, and the circulation transactions with their references.
-- Times are ISO 8601 UTC strings from Date.toISOString(), so text order is time order.
-- Library days (renewed_on) are Hong Kong calendar dates, YYYY-MM-DD.

CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  barcode TEXT NOT NULL UNIQUE CHECK (length(barcode) BETWEEN 1 AND 64),
  title TEXT NOT NULL CHECK (length(title) > 0),
  title_zh TEXT,
  created_at TEXT NOT NULL
);

-- Append-only: one row per checkout, pickup, renewal request or return, refused or not, with the
-- result the caller received. The reference is 10 digits, the last a Luhn check digit.
CREATE TABLE circulation_transactions (
  reference TEXT PRIMARY KEY CHECK (length(reference) = 10 AND reference NOT GLOB '*[^0-9]*'),
  kind TEXT NOT NULL CHECK (kind IN ('renew-one', 'renew-all', 'borrow', 'pickup', 'return')),
  reader_id INTEGER REFERENCES readers (id),
  channel TEXT NOT NULL,
  source TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (json_valid(outcome)),
  created_at TEXT NOT NULL
);
CREATE INDEX circulation_transactions_by_reader ON circulation_transactions (reader_id, created_at);
CREATE TRIGGER circulation_transactions_no_update BEFORE UPDATE ON circulation_transactions
BEGIN
  SELECT RAISE(ABORT, 'circulation_transactions is append-only');
END;
CREATE TRIGGER circulation_transactions_no_delete BEFORE DELETE ON circulation_transactions
BEGIN
  SELECT RAISE(ABORT, 'circulation_transactions is append-only');
END;

-- References to circulation_transactions are deferred because an operation writes its transaction row
-- last, once the outcome is known, inside the same database transaction.
CREATE TABLE loans (
  id INTEGER PRIMARY KEY,
  reader_id INTEGER NOT NULL REFERENCES readers (id),
  item_id INTEGER NOT NULL REFERENCES items (id),
  borrowed_at TEXT NOT NULL,
  due_at TEXT NOT NULL,
  -- Consecutive renewals of this loan; a seeded loan may start above 0 without loan_renewals rows.
  renewals INTEGER NOT NULL DEFAULT 0 CHECK (renewals >= 0),
  -- NULL for loans loaded from a seed file.
  checkout_reference TEXT REFERENCES circulation_transactions (reference) DEFERRABLE INITIALLY DEFERRED,
  last_renewal_reference TEXT REFERENCES circulation_transactions (reference) DEFERRABLE INITIALLY DEFERRED,
  returned_at TEXT,
  return_reference TEXT REFERENCES circulation_transactions (reference) DEFERRABLE INITIALLY DEFERRED,
  CHECK (due_at > borrowed_at)
);
CREATE UNIQUE INDEX loans_one_open_per_item ON loans (item_id) WHERE returned_at IS NULL;
CREATE INDEX loans_open_by_reader ON loans (reader_id) WHERE returned_at IS NULL;
-- Foreign key checks look up child rows whenever a transaction row is inserted; without these indexes
-- each insert would scan the whole loans table.
CREATE INDEX loans_by_checkout_reference ON loans (checkout_reference);
CREATE INDEX loans_by_last_renewal_reference ON loans (last_renewal_reference);
CREATE INDEX loans_by_return_reference ON loans (return_reference);

-- One row per renewal. The primary key stops two writers that read the same renewal count from both
-- succeeding, the unique day stops a second renewal of a loan on the same library day, and the check
-- stops a renewal that does not move the due date later.
CREATE TABLE loan_renewals (
  loan_id INTEGER NOT NULL REFERENCES loans (id),
  sequence INTEGER NOT NULL CHECK (sequence >= 1),
  renewed_on TEXT NOT NULL,
  reference TEXT NOT NULL REFERENCES circulation_transactions (reference) DEFERRABLE INITIALLY DEFERRED,
  previous_due_at TEXT NOT NULL,
  new_due_at TEXT NOT NULL,
  PRIMARY KEY (loan_id, sequence),
  UNIQUE (loan_id, renewed_on),
  CHECK (new_due_at > previous_due_at)
);
CREATE INDEX loan_renewals_by_reference ON loan_renewals (reference);
CREATE TRIGGER loan_renewals_only_open_loans BEFORE INSERT ON loan_renewals
BEGIN
  SELECT RAISE(ABORT, 'only an open loan can be renewed')
  WHERE (SELECT returned_at FROM loans WHERE id = NEW.loan_id) IS NOT NULL;
END;
-- loans.renewals moves up by exactly one, and only together with the loan_renewals row that records it.
CREATE TRIGGER loans_renewal_needs_record BEFORE UPDATE OF renewals ON loans
WHEN NEW.renewals <> OLD.renewals
BEGIN
  SELECT RAISE(ABORT, 'loans.renewals changes only by one, with a matching loan_renewals row')
  WHERE NEW.renewals <> OLD.renewals + 1
     OR NOT EXISTS (
       SELECT 1 FROM loan_renewals
       WHERE loan_id = NEW.id AND sequence = NEW.renewals AND new_due_at = NEW.due_at
         AND reference = NEW.last_renewal_reference
     );
END;

CREATE TABLE holds (
  id INTEGER PRIMARY KEY,
  reader_id INTEGER NOT NULL REFERENCES readers (id),
  item_id INTEGER NOT NULL REFERENCES items (id),
  status TEXT NOT NULL CHECK (status IN ('waiting', 'ready', 'filled', 'cancelled')),
  -- Branch or station code where a ready item waits; NULL means any location.
  pickup_location TEXT,
  pickup_by TEXT,
  placed_at TEXT NOT NULL,
  ready_at TEXT,
  filled_at TEXT,
  filled_by_loan_id INTEGER REFERENCES loans (id),
  CHECK ((status = 'filled') = (filled_by_loan_id IS NOT NULL)),
  CHECK (status <> 'ready' OR ready_at IS NOT NULL)
);
CREATE UNIQUE INDEX holds_one_active_per_reader_and_item ON holds (reader_id, item_id) WHERE status IN ('waiting', 'ready');
CREATE UNIQUE INDEX holds_one_ready_per_item ON holds (item_id) WHERE status = 'ready';
CREATE INDEX holds_active_by_item ON holds (item_id, placed_at) WHERE status IN ('waiting', 'ready');
CREATE INDEX holds_active_by_reader ON holds (reader_id) WHERE status IN ('waiting', 'ready');

CREATE TABLE charges (
  id INTEGER PRIMARY KEY,
  reader_id INTEGER NOT NULL REFERENCES readers (id),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'outstanding' CHECK (status IN ('outstanding', 'paid', 'waived')),
  settled_at TEXT,
  CHECK ((status = 'outstanding') = (settled_at IS NULL))
);
CREATE INDEX charges_outstanding_by_reader ON charges (reader_id) WHERE status = 'outstanding';

-- A retried request (same channel, source and key) returns the stored outcome of its transaction.
-- The fingerprint is a hash of the operation and its arguments, so a key reused for another request
-- is detected.
CREATE TABLE idempotency_records (
  channel TEXT NOT NULL,
  source TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  reference TEXT NOT NULL UNIQUE REFERENCES circulation_transactions (reference) DEFERRABLE INITIALLY DEFERRED,
  created_at TEXT NOT NULL,
  PRIMARY KEY (channel, source, idempotency_key)
) WITHOUT ROWID;
