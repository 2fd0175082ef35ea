DROP INDEX people_name_lower;
DROP TABLE import_reviews;
DROP TABLE register_listings;
