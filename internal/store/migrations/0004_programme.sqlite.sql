-- The programme of cooperation: exchanges, events, projects and joint labs,
-- agreements and best practices, all in one table keyed by kind. doc holds
-- the canonical JSON of the record; the other columns are copies for the
-- lists' filters. start_date and end_date are the record's span as dates
-- (YYYY-MM-DD, '' when open), so that a window filter is a string range;
-- search_text is the lower-cased titles and description for a plain
-- substring search.

CREATE TABLE programme (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    external_id TEXT NOT NULL,
    doc         TEXT NOT NULL,
    status      TEXT NOT NULL,
    start_date  TEXT NOT NULL DEFAULT '',
    end_date    TEXT NOT NULL DEFAULT '',
    year        INTEGER NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL,
    UNIQUE (kind, external_id)
);
CREATE INDEX programme_kind_status ON programme (kind, status, id);
CREATE INDEX programme_kind_end ON programme (kind, end_date);

-- The links below name experts and organisations by external id, as the
-- record does: a record may name a person before their profile is merged
-- or after it is erased, and the reader's view drops whom it cannot find.
-- top_sphere repeats the top-level part of sphere, as for experts.
CREATE TABLE programme_spheres (
    programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    sphere       TEXT NOT NULL,
    top_sphere   TEXT NOT NULL,
    PRIMARY KEY (programme_id, sphere)
) WITHOUT ROWID;
CREATE INDEX programme_spheres_sphere ON programme_spheres (top_sphere, sphere, programme_id);

CREATE TABLE programme_experts (
    programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    expert_xid   TEXT NOT NULL,
    role         TEXT NOT NULL,
    PRIMARY KEY (programme_id, expert_xid, role)
) WITHOUT ROWID;
CREATE INDEX programme_experts_expert ON programme_experts (expert_xid, programme_id);

CREATE TABLE programme_orgs (
    programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    org_xid      TEXT NOT NULL,
    PRIMARY KEY (programme_id, org_xid)
) WITHOUT ROWID;
CREATE INDEX programme_orgs_org ON programme_orgs (org_xid, programme_id);

CREATE TABLE programme_cities (
    programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    city         TEXT NOT NULL,
    PRIMARY KEY (programme_id, city)
) WITHOUT ROWID;
CREATE INDEX programme_cities_city ON programme_cities (city, programme_id);
