-- The lab's instruments. status is the current one; every change is a row of instrument_history.
CREATE TABLE instruments (
    id            uuid        NOT NULL PRIMARY KEY,
    name          text        NOT NULL UNIQUE,
    serial_number text        NOT NULL UNIQUE,
    platform      text        NOT NULL,
    capacity      smallint    NOT NULL CHECK (capacity BETWEEN 1 AND 2),
    status        text        NOT NULL CHECK (status IN ('available', 'maintenance', 'retired')),
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL
);

CREATE TABLE instrument_history (
    instrument_id uuid        NOT NULL REFERENCES instruments (id),
    status        text        NOT NULL,
    reason        text,
    changed_by    text        NOT NULL,
    changed_at    timestamptz NOT NULL
);
CREATE INDEX instrument_history_by_instrument ON instrument_history (instrument_id, changed_at);

-- Libraries as library-prep announced them (library-prep.library.created / .normalised); version is
-- the aggregate's last event applied, so a late event changes nothing.
CREATE TABLE known_libraries (
    id                      uuid    NOT NULL PRIMARY KEY,
    name                    text    NOT NULL,
    sample_id               uuid    NOT NULL,
    library_sample_id       uuid,
    barcode                 text,
    kit                     text,
    i7_name                 text,
    i7                      text,
    i5_name                 text,
    i5                      text,
    concentration_ng_per_ul numeric,
    mean_fragment_bp        integer,
    volume_ul               numeric,
    molarity_nm             numeric,
    version                 bigint  NOT NULL
);

-- A pool never changes once made: a different mix is a new pool. Its QC override (QC-4) is recorded
-- with it: who, why, and (in pool_libraries) the standing of each library when it was pooled.
CREATE TABLE pools (
    id                 uuid        NOT NULL PRIMARY KEY,
    name               text        NOT NULL,
    target_molarity_nm numeric     NOT NULL CHECK (target_molarity_nm > 0),
    target_volume_ul   numeric     NOT NULL CHECK (target_volume_ul > 0),
    buffer_ul          numeric     NOT NULL CHECK (buffer_ul >= 0),
    qc_override_reason text,
    qc_override_by     text,
    created_by         text        NOT NULL,
    created_at         timestamptz NOT NULL,
    CHECK ((qc_override_reason IS NULL) = (qc_override_by IS NULL))
);

CREATE TABLE pool_libraries (
    pool_id        uuid    NOT NULL REFERENCES pools (id),
    library_id     uuid    NOT NULL REFERENCES known_libraries (id),
    position       integer NOT NULL,
    share          numeric NOT NULL CHECK (share > 0),
    share_fraction numeric NOT NULL,
    volume_ul      numeric NOT NULL,
    molarity_nm    numeric NOT NULL,
    qc             text    NOT NULL CHECK (qc IN ('pass', 'fail', 'pending')),
    qc_reasons     jsonb   NOT NULL,
    PRIMARY KEY (pool_id, library_id)
);

-- A run (SQ-STATUS). status, flow_cell_id and the status's time change; run_history keeps every move.
CREATE TABLE runs (
    id                uuid        NOT NULL PRIMARY KEY,
    name              text        NOT NULL,
    instrument_id     uuid        NOT NULL REFERENCES instruments (id),
    platform          text        NOT NULL,
    read_structure    text        NOT NULL,
    priority          smallint    NOT NULL CHECK (priority BETWEEN 0 AND 3),
    flow_cell_id      text,
    mismatches_index1 smallint    NOT NULL CHECK (mismatches_index1 BETWEEN 0 AND 2),
    mismatches_index2 smallint    NOT NULL CHECK (mismatches_index2 BETWEEN 0 AND 2),
    status            text        NOT NULL,
    status_changed_at timestamptz NOT NULL,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL
);
-- The instrument's queue and its running runs.
CREATE INDEX runs_by_instrument_status ON runs (instrument_id, status, priority DESC, status_changed_at);

CREATE TABLE run_lanes (
    run_id  uuid     NOT NULL REFERENCES runs (id),
    lane    smallint NOT NULL CHECK (lane BETWEEN 1 AND 8),
    pool_id uuid     NOT NULL REFERENCES pools (id),
    PRIMARY KEY (run_id, lane)
);

CREATE TABLE run_history (
    run_id      uuid        NOT NULL REFERENCES runs (id),
    from_status text,
    to_status   text        NOT NULL,
    reason      text,
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL
);
CREATE INDEX run_history_by_run ON run_history (run_id, changed_at);

-- SS-3: a generated sheet is stored as generated and never changes; a change of inputs is a new
-- version. Equal inputs (the same hash) give the version already stored.
CREATE TABLE sample_sheets (
    run_id            uuid        NOT NULL REFERENCES runs (id),
    version           integer     NOT NULL CHECK (version >= 1),
    sheet_version     text        NOT NULL CHECK (sheet_version IN ('v1', 'v2')),
    content           text        NOT NULL,
    inputs_hash       text        NOT NULL,
    generator_version text        NOT NULL,
    lanes_passed      boolean     NOT NULL,
    override_reason   text,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL,
    PRIMARY KEY (run_id, version),
    UNIQUE (run_id, inputs_hash, generator_version),
    CHECK (lanes_passed OR override_reason IS NOT NULL)
);

-- Imports after the run; a re-import is a new row, the latest counts.
CREATE TABLE run_summaries (
    id          uuid        NOT NULL PRIMARY KEY,
    run_id      uuid        NOT NULL REFERENCES runs (id),
    -- [{lane, yieldGb, percentQ30, percentPf, clusterDensityKPerMm2}], as the instrument reported them.
    lanes       jsonb       NOT NULL,
    imported_by text        NOT NULL,
    imported_at timestamptz NOT NULL
);
CREATE INDEX run_summaries_by_run ON run_summaries (run_id, imported_at DESC);

CREATE TABLE demultiplexing_imports (
    id            uuid        NOT NULL PRIMARY KEY,
    run_id        uuid        NOT NULL REFERENCES runs (id),
    sheet_version        integer NOT NULL,
    -- The files as imported; the report is worked out from them and the sheet they were matched to.
    demultiplex_stats    text    NOT NULL,
    top_unknown_barcodes text,
    imported_by   text        NOT NULL,
    imported_at   timestamptz NOT NULL
);
CREATE INDEX demultiplexing_imports_by_run ON demultiplexing_imports (run_id, imported_at DESC);

CREATE TRIGGER instrument_history_append_only BEFORE UPDATE OR DELETE ON instrument_history
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER instrument_history_no_truncate BEFORE TRUNCATE ON instrument_history
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER pools_append_only BEFORE UPDATE OR DELETE ON pools
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER pools_no_truncate BEFORE TRUNCATE ON pools
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER pool_libraries_append_only BEFORE UPDATE OR DELETE ON pool_libraries
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER pool_libraries_no_truncate BEFORE TRUNCATE ON pool_libraries
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER run_lanes_append_only BEFORE UPDATE OR DELETE ON run_lanes
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER run_lanes_no_truncate BEFORE TRUNCATE ON run_lanes
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER run_history_append_only BEFORE UPDATE OR DELETE ON run_history
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER run_history_no_truncate BEFORE TRUNCATE ON run_history
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER sample_sheets_append_only BEFORE UPDATE OR DELETE ON sample_sheets
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER sample_sheets_no_truncate BEFORE TRUNCATE ON sample_sheets
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER run_summaries_append_only BEFORE UPDATE OR DELETE ON run_summaries
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER run_summaries_no_truncate BEFORE TRUNCATE ON run_summaries
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER demultiplexing_imports_append_only BEFORE UPDATE OR DELETE ON demultiplexing_imports
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER demultiplexing_imports_no_truncate BEFORE TRUNCATE ON demultiplexing_imports
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
