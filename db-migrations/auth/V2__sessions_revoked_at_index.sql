-- The revocation relay re-publishes the last token lifetime's revocations to Redis every 30 s.
CREATE INDEX sessions_revoked_at ON sessions (revoked_at) WHERE revoked_at IS NOT NULL;
CREATE INDEX service_principals_revoked_at ON service_principals (revoked_at) WHERE revoked_at IS NOT NULL;
