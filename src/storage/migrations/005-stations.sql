-- Settings of self-service stations, one row per terminal enrolled in the station mode. Kiosks have none.
-- The station's location stays in terminals.location, where enrolment requires it for a station.

CREATE TABLE station_settings (
  terminal_id INTEGER PRIMARY KEY REFERENCES terminals (id) ON DELETE CASCADE,
  -- Items a reader may have on loan after borrowing or picking up here; enrolment keeps it at most
  -- loanRules.maxItemsOnLoan, and the station applies the lower of the two if the service's limit drops later.
  item_limit INTEGER NOT NULL CHECK (item_limit >= 1),
  -- 1: refuse the default PIN here even when the service's hardened profile is off.
  hardened_profile INTEGER NOT NULL CHECK (hardened_profile IN (0, 1))
);
