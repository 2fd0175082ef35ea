-- Findings of inspectors: violations, fee violations (money as integer minor units
-- plus an ISO 4217 code, never floating point), sanctions, refunds paid.

CREATE TABLE findings (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    jurisdiction TEXT NOT NULL,
    status TEXT NOT NULL,
    summary TEXT,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP
);
CREATE INDEX findings_organization ON findings (organization_id);

CREATE TABLE finding_complaints (
    finding_id TEXT NOT NULL REFERENCES findings (id),
    complaint_id TEXT NOT NULL REFERENCES complaints (id),
    PRIMARY KEY (finding_id, complaint_id)
);

CREATE TABLE violations (
    id TEXT PRIMARY KEY NOT NULL,
    finding_id TEXT NOT NULL REFERENCES findings (id),
    category TEXT NOT NULL,
    legal_basis TEXT,
    description TEXT,
    severity TEXT NOT NULL
);
CREATE INDEX violations_finding ON violations (finding_id);

CREATE TABLE fee_violations (
    id TEXT PRIMARY KEY NOT NULL,
    finding_id TEXT NOT NULL REFERENCES findings (id),
    category TEXT NOT NULL,
    amount_per_worker_minor BIGINT NOT NULL CHECK (amount_per_worker_minor >= 0),
    currency TEXT NOT NULL,
    workers_affected BIGINT NOT NULL CHECK (workers_affected >= 0),
    refund_ordered_minor BIGINT NOT NULL CHECK (refund_ordered_minor >= 0)
);
CREATE INDEX fee_violations_finding ON fee_violations (finding_id);

CREATE TABLE sanctions (
    id TEXT PRIMARY KEY NOT NULL,
    finding_id TEXT NOT NULL REFERENCES findings (id),
    kind TEXT NOT NULL,
    amount_minor BIGINT,
    currency TEXT,
    starts_on DATE,
    ends_on DATE,
    description TEXT
);
CREATE INDEX sanctions_finding ON sanctions (finding_id);

CREATE TABLE refunds (
    id TEXT PRIMARY KEY NOT NULL,
    finding_id TEXT NOT NULL REFERENCES findings (id),
    fee_violation_id TEXT NOT NULL REFERENCES fee_violations (id),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    paid_on DATE NOT NULL,
    workers BIGINT,
    actor TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX refunds_finding ON refunds (finding_id);

CREATE TABLE finding_status_changes (
    id TEXT PRIMARY KEY NOT NULL,
    finding_id TEXT NOT NULL REFERENCES findings (id),
    from_status TEXT,
    status TEXT NOT NULL,
    note TEXT,
    actor TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX finding_status_changes_finding ON finding_status_changes (finding_id);
