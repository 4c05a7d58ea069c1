-- Experts, organisations, custom spheres and the change log.
-- doc holds the canonical JSON of the record exactly as written; the other
-- columns are copies of fields that queries filter on.

CREATE TABLE organizations (
    id          INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    doc         TEXT NOT NULL,
    city        TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);
CREATE INDEX organizations_city ON organizations (city);

CREATE TABLE experts (
    id          INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    doc         TEXT NOT NULL,
    native_lang TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    org_id      INTEGER REFERENCES organizations (id) ON DELETE SET NULL,
    orcid       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    visibility  TEXT NOT NULL DEFAULT 'public',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);
-- One index for the city and visibility filters: each column has a handful
-- of values, so separate indexes would cost every insert more than they save
-- a listing, which walks experts by id anyway.
CREATE INDEX experts_city_visibility ON experts (city, visibility, id);
CREATE INDEX experts_org ON experts (org_id, id) WHERE org_id IS NOT NULL;
CREATE INDEX experts_email ON experts (email) WHERE email <> '';
CREATE INDEX experts_orcid ON experts (orcid) WHERE orcid <> '';

-- top_sphere repeats the top-level part of sphere so that a filter on a
-- top-level sphere, which includes its sub-spheres, is one index range; the
-- same index serves a filter on a sub-sphere (top_sphere = ? AND sphere = ?).
CREATE TABLE expert_spheres (
    expert_id  INTEGER NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
    sphere     TEXT NOT NULL,
    top_sphere TEXT NOT NULL,
    PRIMARY KEY (expert_id, sphere)
) WITHOUT ROWID;
CREATE INDEX expert_spheres_sphere ON expert_spheres (top_sphere, sphere, expert_id);

CREATE TABLE custom_spheres (
    slug       TEXT PRIMARY KEY,
    parent     TEXT NOT NULL DEFAULT '',
    labels     TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- AUTOINCREMENT: a seq is never reused, even after the newest rows go.
CREATE TABLE changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    op        TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    at        TIMESTAMP NOT NULL
);
