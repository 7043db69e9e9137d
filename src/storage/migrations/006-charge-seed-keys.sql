-- A charge loaded from a seed file carries a key made from its reader, amount, reason, date and how many
-- identical charges came before it in that file, so loading the same file again skips it instead of
-- charging the reader twice. Charges made any other way have no key.

ALTER TABLE charges ADD COLUMN seed_key TEXT;
CREATE UNIQUE INDEX charges_by_seed_key ON charges (seed_key) WHERE seed_key IS NOT NULL;
