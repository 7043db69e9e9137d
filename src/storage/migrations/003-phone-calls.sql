-- Telephone calls in progress: the call machine's persisted snapshot per Twilio CallSid and the TwiML
-- answered at each step, so a repeated webhook delivery is answered the same way and applied once.
-- No PIN, PIN hash or keyed digits are stored here: the snapshot holds only handles to in-process vaults.

CREATE TABLE phone_calls (
  call_sid TEXT PRIMARY KEY,
  machine_version INTEGER NOT NULL,
  -- Raised on every write; a writer that loaded an older value must reload (optimistic concurrency).
  row_version INTEGER NOT NULL,
  next_step INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'closed')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX phone_calls_by_update ON phone_calls (updated_at);

CREATE TABLE phone_call_steps (
  call_sid TEXT NOT NULL REFERENCES phone_calls (call_sid) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  -- Twilio's I-Twilio-Idempotency-Token of the request answered, when it carried one.
  idempotency_token TEXT,
  twiml TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (call_sid, step)
);
CREATE UNIQUE INDEX phone_call_steps_by_token ON phone_call_steps (call_sid, idempotency_token) WHERE idempotency_token IS NOT NULL;
