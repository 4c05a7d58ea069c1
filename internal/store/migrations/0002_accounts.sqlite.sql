-- Accounts, sessions, API tokens, the audit log, consent history and the
-- review queue of profiles edited by their experts.

-- partner_consent copies the expert's consent to be shared with the partner
-- city out of the doc, for the list filter (see ExpertFilter.Reach).
ALTER TABLE experts ADD COLUMN partner_consent INTEGER NOT NULL DEFAULT 0;

-- login is stored lower-cased; org_ids is a JSON array of organisation
-- external ids. password_hash is an argon2id PHC string.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'org_editor', 'expert')),
    city          TEXT NOT NULL DEFAULT '',
    org_ids       TEXT NOT NULL DEFAULT '[]',
    expert_id     INTEGER REFERENCES experts (id) ON DELETE SET NULL,
    password_hash TEXT NOT NULL,
    must_change   INTEGER NOT NULL DEFAULT 0,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX users_expert ON users (expert_id) WHERE expert_id IS NOT NULL;

-- A session is found by the SHA-256 of its token: a copy of this table
-- opens no session.
CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at   TIMESTAMP NOT NULL,
    addr         TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT NOT NULL DEFAULT '',
    token_hash   TEXT NOT NULL UNIQUE,
    scopes       TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Append-only: the store has no statement that changes or removes a row,
-- and the triggers refuse anyone who tries. actor_user_id has no foreign
-- key because the log outlives the accounts it names. detail is a JSON
-- object that never holds personal data.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TIMESTAMP NOT NULL,
    actor_user_id INTEGER NOT NULL DEFAULT 0,
    actor_role    TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL,
    object_type   TEXT NOT NULL DEFAULT '',
    object_id     INTEGER NOT NULL DEFAULT 0,
    addr          TEXT NOT NULL DEFAULT '',
    detail        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor_user_id, id);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Every consent as it was set, newest last; it goes with the expert on
-- erasure.
CREATE TABLE consent_history (
    id            INTEGER PRIMARY KEY,
    expert_id     INTEGER NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
    at            TIMESTAMP NOT NULL,
    actor_user_id INTEGER NOT NULL DEFAULT 0,
    actor_role    TEXT NOT NULL DEFAULT '',
    public        INTEGER NOT NULL,
    partner_city  INTEGER NOT NULL,
    contact       INTEGER NOT NULL
);
CREATE INDEX consent_history_expert ON consent_history (expert_id, id);

-- Versions of a profile submitted by its expert, waiting for (or decided
-- by) a coordinator of the profile's city. At most one is pending.
CREATE TABLE profile_versions (
    id           INTEGER PRIMARY KEY,
    expert_id    INTEGER NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
    doc          TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    city         TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    submitted_by INTEGER NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    reviewed_by  INTEGER,
    reviewed_at  TIMESTAMP,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX profile_versions_pending ON profile_versions (expert_id) WHERE status = 'pending';
CREATE INDEX profile_versions_queue ON profile_versions (status, city, id);
