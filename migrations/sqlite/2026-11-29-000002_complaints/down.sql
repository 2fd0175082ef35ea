DROP TABLE complaint_status_changes;
DROP TABLE complaint_respondents;
DROP TABLE complaint_countries;
DROP TABLE complaints;
