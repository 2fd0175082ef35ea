-- Registry core: organizations, licences, the event log and API tokens.
-- Ids are UUIDv7 text; times are UTC without zone; JSON is text.

CREATE TABLE organizations (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('agency', 'sub_agent', 'employer')),
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    registration_number TEXT,
    website TEXT,
    addresses TEXT NOT NULL DEFAULT '[]',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX organizations_country_kind ON organizations (country, kind);

CREATE TABLE aliases (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('former', 'trade', 'transliteration'))
);
CREATE INDEX aliases_organization ON aliases (organization_id);

CREATE TABLE people (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE organization_people (
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    role TEXT NOT NULL CHECK (role IN ('owner', 'director', 'manager')),
    PRIMARY KEY (organization_id, person_id, role)
);
CREATE INDEX organization_people_person ON organization_people (person_id);

CREATE TABLE licences (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    authority TEXT NOT NULL,
    authority_name TEXT NOT NULL,
    number TEXT NOT NULL,
    number_normalised TEXT NOT NULL,
    licence_type TEXT,
    valid_from DATE,
    valid_until DATE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'suspended', 'revoked', 'expired', 'cancelled')),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (authority, number_normalised)
);
CREATE INDEX licences_organization ON licences (organization_id);

CREATE TABLE licence_status_changes (
    id TEXT PRIMARY KEY NOT NULL,
    licence_id TEXT NOT NULL REFERENCES licences (id),
    from_status TEXT,
    status TEXT NOT NULL,
    reason TEXT,
    effective_date DATE NOT NULL,
    finding_id TEXT,
    actor TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX licence_status_changes_licence ON licence_status_changes (licence_id);

-- The spine: append-only, seq-ordered, hash-chained.
CREATE TABLE events (
    seq BIGINT PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    data TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX events_entity ON events (entity_type, entity_id);

-- Writers on PostgreSQL take an advisory lock instead; the row is kept so both
-- backends have the same tables.
CREATE TABLE log_lock (
    id INTEGER PRIMARY KEY NOT NULL,
    writes BIGINT NOT NULL
);
INSERT INTO log_lock (id, writes) VALUES (1, 0);

CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'inspector', 'consulate')),
    jurisdictions TEXT NOT NULL DEFAULT '',
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
