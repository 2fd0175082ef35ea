DROP TABLE import_reviews;
DROP TABLE register_listings;
