-- Every step of a call rewrites its row's updated_at, so the index on it was written once per step, while
-- only the clean-up of old calls reads it, once every few minutes. That clean-up now scans phone_calls,
-- which holds only the calls of the retention period.

DROP INDEX phone_calls_by_update;
