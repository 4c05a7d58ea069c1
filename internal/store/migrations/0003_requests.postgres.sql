-- Talent requests: needs for expertise, with their shortlists inside the
-- canonical JSON (doc). status and city are copies for the lists' filters.

CREATE TABLE requests (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    doc         TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open',
    city        TEXT NOT NULL DEFAULT '',
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX requests_status ON requests (status, id);
