-- Accounts (DOMAIN.md "Roles", AU-1). Usernames are stored in lower case, so uniqueness and login
-- are case-insensitive. The password hash is Jakarta Security's PBKDF2 string, parameters included.
CREATE TABLE users (
    id                  uuid        NOT NULL PRIMARY KEY,
    username            text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    full_name           text        NOT NULL CHECK (char_length(full_name) BETWEEN 1 AND 200),
    email               text        NOT NULL CHECK (char_length(email) <= 254),
    department          text        CHECK (char_length(department) <= 200),
    lab_affiliation     text        CHECK (char_length(lab_affiliation) <= 200),
    role                text        NOT NULL CHECK (role IN ('guest', 'data_analyst', 'research_scientist',
                                        'lab_technician', 'principal_investigator', 'lab_administrator')),
    password_hash       text        NOT NULL,
    enabled             boolean     NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL,
    created_by          text        NOT NULL,
    updated_at          timestamptz NOT NULL,
    password_changed_at timestamptz NOT NULL,
    last_login_at       timestamptz
);

-- AU-2: failed logins per login name, whether or not an account has that name, so a lockout
-- tells nothing about existence. A success deletes the row; stale rows are purged.
CREATE TABLE login_throttle (
    login_name      text        NOT NULL PRIMARY KEY,
    failures        integer     NOT NULL CHECK (failures >= 0),
    locked_until    timestamptz,
    last_failure_at timestamptz NOT NULL
);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);

-- AU-3: a session is one login's family of refresh tokens. Revoking it ends every token of the family.
CREATE TABLE sessions (
    id                uuid        NOT NULL PRIMARY KEY,
    user_id           uuid        NOT NULL REFERENCES users (id),
    created_at        timestamptz NOT NULL,
    last_refreshed_at timestamptz,
    expires_at        timestamptz NOT NULL,
    revoked_at        timestamptz,
    revoked_reason    text,
    ip                text,
    user_agent        text
);
CREATE INDEX sessions_user ON sessions (user_id, created_at DESC);

-- Refresh tokens are high-entropy secrets: only their SHA-256 is kept. A spent token stays so
-- that presenting it again is recognised as reuse.
CREATE TABLE refresh_tokens (
    token_hash text        NOT NULL PRIMARY KEY,
    session_id uuid        NOT NULL REFERENCES sessions (id),
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    spent_at   timestamptz
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

-- Instruments and integrations. Revocation keeps the row (its history stays attributable) and its name.
CREATE TABLE service_principals (
    id           uuid        NOT NULL PRIMARY KEY,
    name         text        NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    description  text        CHECK (char_length(description) <= 1000),
    role         text        NOT NULL CHECK (role IN ('guest', 'data_analyst', 'research_scientist',
                                 'lab_technician', 'principal_investigator')),
    key_hash     text        NOT NULL UNIQUE,
    key_prefix   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text
);

-- Token signing keys (JWK JSON). Exactly one is active; a retired key loses its private part at once
-- and stays published until every token it signed has expired.
CREATE TABLE signing_keys (
    kid         text        NOT NULL PRIMARY KEY,
    public_jwk  text        NOT NULL,
    private_jwk text,
    created_at  timestamptz NOT NULL,
    retired_at  timestamptz,
    CHECK ((retired_at IS NULL) = (private_jwk IS NOT NULL))
);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys ((true)) WHERE retired_at IS NULL;

-- One-time tokens for creating the first administrator; only their SHA-256 is kept.
CREATE TABLE setup_tokens (
    token_hash text        NOT NULL PRIMARY KEY,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

-- AU-4: every security event. Append-only.
CREATE TABLE audit_events (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type       text        NOT NULL,
    at         timestamptz NOT NULL,
    actor      text        NOT NULL,
    actor_id   text,
    subject    text,
    subject_id text,
    ip         text,
    request_id text,
    old_value  text,
    new_value  text,
    reason     text,
    detail     text
);
CREATE INDEX audit_events_at ON audit_events (at DESC);
CREATE INDEX audit_events_subject ON audit_events (subject, at DESC);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
