-- QC-4 before a run is queued: a principal investigator's override of a lane's pool that failed
-- its own QC (as qaqc judged it), recorded with the move it allowed. Never changed.
CREATE TABLE run_qc_overrides (
    run_id         uuid        NOT NULL REFERENCES runs (id),
    to_status      text        NOT NULL,
    failed_pools   jsonb       NOT NULL,
    reason         text        NOT NULL,
    overridden_by  text        NOT NULL,
    overridden_at  timestamptz NOT NULL
);
CREATE INDEX run_qc_overrides_by_run ON run_qc_overrides (run_id, overridden_at DESC);

CREATE TRIGGER run_qc_overrides_append_only BEFORE UPDATE OR DELETE ON run_qc_overrides
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER run_qc_overrides_no_truncate BEFORE TRUNCATE ON run_qc_overrides
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
