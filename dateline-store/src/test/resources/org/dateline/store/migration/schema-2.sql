-- A second schema step, for the migration test only: a new column and a new table.
ALTER TABLE articles ADD COLUMN reviewed BOOLEAN DEFAULT false;

CREATE TABLE notes (
    hash VARCHAR NOT NULL,
    note VARCHAR
);
