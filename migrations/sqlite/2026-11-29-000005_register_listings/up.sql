-- Official licensing registers. A listing is one organization's entry in one
-- authority's register, with the rows it came from (branches merged) and the file
-- that last confirmed it. Registers without licence numbers (Hong Kong's) are known
-- only through listings; those with numbers also create licences.

CREATE TABLE register_listings (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    authority TEXT NOT NULL,
    register_name TEXT NOT NULL,
    -- The folded names that identify the entry from one file to the next.
    name_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('listed', 'expired', 'cancelled')),
    since TEXT,
    categories TEXT NOT NULL,
    branches TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    source_date DATE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (authority, name_key)
);
CREATE INDEX register_listings_organization ON register_listings (organization_id);

-- Rows an import could not place with confidence: held, not merged, until an admin
-- decides. The entry is public register data.
CREATE TABLE import_reviews (
    id TEXT PRIMARY KEY NOT NULL,
    authority TEXT NOT NULL,
    name_key TEXT NOT NULL,
    candidate_id TEXT NOT NULL REFERENCES organizations (id),
    rule TEXT NOT NULL,
    score REAL NOT NULL,
    explanation TEXT NOT NULL,
    entry TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'merged', 'separate')),
    created_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP
);
CREATE INDEX import_reviews_open ON import_reviews (status, authority);

-- People with the same name in any case: candidates for the network's name match.
CREATE INDEX people_name_lower ON people (lower(name));
