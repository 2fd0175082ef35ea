-- Webhooks: a consulate's endpoint, its sealed secret, its filter, and where its
-- delivery stands. Delivery state (cursor, attempts, next attempt, last error) is
-- bookkeeping like the search index's commit payload; registering, enabling,
-- disabling and removing go through the event log.

CREATE TABLE webhooks (
    id TEXT PRIMARY KEY NOT NULL,
    url TEXT NOT NULL,
    secret_sealed TEXT NOT NULL,
    countries TEXT NOT NULL,
    organization_ids TEXT NOT NULL,
    owner_token TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'disabled', 'removed')),
    cursor BIGINT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP,
    failing_since TIMESTAMP,
    last_error TEXT,
    last_delivered_at TIMESTAMP,
    disabled_reason TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX webhooks_owner ON webhooks (owner_token);
