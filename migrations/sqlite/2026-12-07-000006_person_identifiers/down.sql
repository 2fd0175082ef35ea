ALTER TABLE people DROP COLUMN id_number_digest;
ALTER TABLE people DROP COLUMN birth_date_digest;
ALTER TABLE people DROP COLUMN identity_sealed;
