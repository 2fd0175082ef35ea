-- Complaints. Confidential text (complainant name and contact, narrative, inspector
-- notes) is sealed with XChaCha20-Poly1305 before it reaches these tables; the
-- *_sealed columns hold "v1:" + base64. Receipts are stored only as a SHA-256 digest.
-- Sex, age band, nationality and sector are coarse categories kept in clear for
-- suppressed statistics.

CREATE TABLE complaints (
    id TEXT PRIMARY KEY NOT NULL,
    receipt_digest TEXT NOT NULL UNIQUE,
    -- The receipt itself, sealed, so a key rotation can recompute receipt_digest.
    receipt_sealed TEXT NOT NULL,
    status TEXT NOT NULL,
    categories TEXT NOT NULL,
    narrative_sealed TEXT,
    complainant_sealed TEXT,
    sex TEXT,
    age_band TEXT,
    nationality TEXT,
    sector TEXT,
    preferred_language TEXT,
    consent_to_contact BOOLEAN NOT NULL,
    filed_by TEXT NOT NULL,
    filed_by_token TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE complaint_countries (
    complaint_id TEXT NOT NULL REFERENCES complaints (id),
    country TEXT NOT NULL,
    PRIMARY KEY (complaint_id, country)
);
CREATE INDEX complaint_countries_country ON complaint_countries (country, complaint_id);

CREATE TABLE complaint_respondents (
    id TEXT PRIMARY KEY NOT NULL,
    complaint_id TEXT NOT NULL REFERENCES complaints (id),
    organization_id TEXT REFERENCES organizations (id),
    name TEXT,
    country TEXT
);
CREATE INDEX complaint_respondents_complaint ON complaint_respondents (complaint_id);
CREATE INDEX complaint_respondents_organization ON complaint_respondents (organization_id);

CREATE TABLE complaint_status_changes (
    id TEXT PRIMARY KEY NOT NULL,
    complaint_id TEXT NOT NULL REFERENCES complaints (id),
    from_status TEXT,
    status TEXT NOT NULL,
    note_sealed TEXT,
    actor TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX complaint_status_changes_complaint ON complaint_status_changes (complaint_id);
