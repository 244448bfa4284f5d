-- Lineage, status history and audit stay append-only, now through the platform's refuse_rewrite()
-- (the one trigger function every service's history tables use) instead of this schema's own
-- refuse_history_rewrite(). TRUNCATE is refused too: it skips row triggers.
DROP TRIGGER sample_lineage_append_only ON sample_lineage;
DROP TRIGGER sample_status_history_append_only ON sample_status_history;
DROP TRIGGER sample_audit_append_only ON sample_audit;
DROP FUNCTION refuse_history_rewrite();

CREATE TRIGGER sample_lineage_append_only BEFORE UPDATE OR DELETE ON sample_lineage
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER sample_lineage_no_truncate BEFORE TRUNCATE ON sample_lineage
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();

CREATE TRIGGER sample_status_history_append_only BEFORE UPDATE OR DELETE ON sample_status_history
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER sample_status_history_no_truncate BEFORE TRUNCATE ON sample_status_history
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();

CREATE TRIGGER sample_audit_append_only BEFORE UPDATE OR DELETE ON sample_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER sample_audit_no_truncate BEFORE TRUNCATE ON sample_audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
