-- Talent requests: needs for expertise, with their shortlists inside the
-- canonical JSON (doc). status and city are copies for the lists' filters.

CREATE TABLE requests (
    id          INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    doc         TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open',
    city        TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);
CREATE INDEX requests_status ON requests (status, id);
