DROP TABLE finding_status_changes;
DROP TABLE refunds;
DROP TABLE sanctions;
DROP TABLE fee_violations;
DROP TABLE violations;
DROP TABLE finding_complaints;
DROP TABLE findings;
