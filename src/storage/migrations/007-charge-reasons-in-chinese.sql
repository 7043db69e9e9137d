-- The reason of a charge in Traditional Chinese, beside the reason as staff typed it, so the Chinese screens
-- and voices can give it. NULL when only one reason was given.

ALTER TABLE charges ADD COLUMN reason_zh TEXT;
