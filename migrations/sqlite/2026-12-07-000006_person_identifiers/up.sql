-- What tells two people of the same name apart: a date of birth or an identity
-- number. Neither is public: the pair is sealed under the data key (to re-key on
-- rotation), and each is kept as a keyed digest, so records can be compared
-- without the values being readable from the database alone.
ALTER TABLE people ADD COLUMN identity_sealed TEXT;
ALTER TABLE people ADD COLUMN birth_date_digest TEXT;
ALTER TABLE people ADD COLUMN id_number_digest TEXT;
