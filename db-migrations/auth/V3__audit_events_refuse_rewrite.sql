-- AU-4: the audit log is append-only through the platform's one trigger function, refuse_rewrite()
-- (created in this schema by the platform's migrations, which run first), instead of a function of
-- its own; TRUNCATE, which row triggers do not see, is refused too. The audit log is auth's only
-- history table: sessions, refresh tokens, keys and throttle rows change by design.
DROP TRIGGER audit_events_append_only ON audit_events;
DROP FUNCTION audit_events_append_only();

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
