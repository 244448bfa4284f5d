-- QC-1: metric definitions. A change is a new row (the next version of its metric and subject),
-- never an edit, so a result can always show the version it was judged by.
CREATE TABLE metric_definitions (
    id                     uuid        NOT NULL PRIMARY KEY,
    metric                 text        NOT NULL CHECK (metric ~ '^[a-z][a-z0-9_]{1,39}$'),
    applies_to             text        NOT NULL,
    version                integer     NOT NULL CHECK (version >= 1),
    unit                   text        NOT NULL,
    label                  text,
    pass_min               numeric,
    pass_min_inclusive     boolean     NOT NULL,
    pass_max               numeric,
    pass_max_inclusive     boolean     NOT NULL,
    warn_shoulder          numeric     CHECK (warn_shoulder >= 0),
    panic_below            numeric,
    panic_above            numeric,
    verifications_required smallint    NOT NULL CHECK (verifications_required BETWEEN 1 AND 4),
    reason                 text,
    created_at             timestamptz NOT NULL,
    created_by             text        NOT NULL,
    UNIQUE (metric, applies_to, version),
    CHECK (pass_min IS NOT NULL OR pass_max IS NOT NULL)
);

-- An instrument file, once imported.
CREATE TABLE instrument_imports (
    id          uuid        NOT NULL PRIMARY KEY,
    format      text        NOT NULL CHECK (format IN ('qubit', 'nanodrop', 'tapestation', 'bioanalyzer')),
    file_name   text,
    instrument  text,
    rows        integer     NOT NULL CHECK (rows >= 1),
    imported_by text        NOT NULL,
    imported_at timestamptz NOT NULL
);

-- QC-3: one measurement each, judged once by the definition version it names; a re-measurement is
-- a new row. verifications_required is copied from that version so it never changes afterwards.
CREATE TABLE results (
    id                     uuid        NOT NULL PRIMARY KEY,
    position               bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    subject_kind           text        NOT NULL CHECK (subject_kind IN ('sample', 'library')),
    subject_id             uuid        NOT NULL,
    barcode                text,
    metric                 text        NOT NULL,
    value                  numeric     NOT NULL,
    unit                   text        NOT NULL,
    outcome                text        NOT NULL CHECK (outcome IN ('pass', 'warn', 'fail', 'panic')),
    definition_id          uuid        NOT NULL REFERENCES metric_definitions (id),
    verifications_required smallint    NOT NULL CHECK (verifications_required BETWEEN 1 AND 4),
    instrument             text,
    note                   text,
    import_id              uuid        REFERENCES instrument_imports (id),
    measured_by            text        NOT NULL,
    measured_at            timestamptz NOT NULL
);
CREATE INDEX results_by_subject ON results (subject_id, metric, position DESC);

-- QC-3: who verified a result; never the measurer (checked under the result's lock), never twice.
CREATE TABLE verifications (
    result_id   uuid        NOT NULL REFERENCES results (id),
    verified_by text        NOT NULL,
    verified_at timestamptz NOT NULL,
    note        text,
    PRIMARY KEY (result_id, verified_by)
);

-- Projections fed by other services' events (docs/events.md), so matching a barcode or a library
-- to its sample needs no call. version is the aggregate's last event applied.
CREATE TABLE known_samples (
    id      uuid    NOT NULL PRIMARY KEY,
    barcode text    NOT NULL,
    type    text,
    status  text,
    version bigint  NOT NULL
);
CREATE INDEX known_samples_by_barcode ON known_samples (barcode);

CREATE TABLE known_libraries (
    id                uuid   NOT NULL PRIMARY KEY,
    sample_id         uuid   NOT NULL,
    library_sample_id uuid,
    barcode           text,
    name              text,
    version           bigint NOT NULL
);
CREATE INDEX known_libraries_by_barcode ON known_libraries (barcode);
CREATE INDEX known_libraries_by_sample ON known_libraries (sample_id);

CREATE TRIGGER metric_definitions_append_only BEFORE UPDATE OR DELETE ON metric_definitions
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER metric_definitions_no_truncate BEFORE TRUNCATE ON metric_definitions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER instrument_imports_append_only BEFORE UPDATE OR DELETE ON instrument_imports
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER instrument_imports_no_truncate BEFORE TRUNCATE ON instrument_imports
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER results_append_only BEFORE UPDATE OR DELETE ON results
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER results_no_truncate BEFORE TRUNCATE ON results
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER verifications_append_only BEFORE UPDATE OR DELETE ON verifications
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER verifications_no_truncate BEFORE TRUNCATE ON verifications
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();

-- QC-2: the default thresholds, version 1 of each, one verification each.
INSERT INTO metric_definitions (id, metric, applies_to, version, unit, label, pass_min, pass_min_inclusive,
                                pass_max, pass_max_inclusive, verifications_required, reason, created_at, created_by)
VALUES
    (gen_random_uuid(), 'rin', 'rna', 1, 'RIN', 'RNA integrity number', 7, true, NULL, true, 1, 'QC-2 default: RNA RIN >= 7', now(), 'qaqc'),
    (gen_random_uuid(), 'dv200', 'rna', 1, '%', 'DV200 (FFPE RNA)', 30, false, NULL, true, 1, 'QC-2 default: FFPE RNA DV200 > 30 %', now(), 'qaqc'),
    (gen_random_uuid(), 'a260_280', 'dna', 1, 'ratio', 'A260/280', 1.8, true, 2.1, true, 1, 'QC-2 default: A260/280 1.8-2.1', now(), 'qaqc'),
    (gen_random_uuid(), 'a260_280', 'rna', 1, 'ratio', 'A260/280', 1.8, true, 2.1, true, 1, 'QC-2 default: A260/280 1.8-2.1', now(), 'qaqc'),
    (gen_random_uuid(), 'a260_230', 'dna', 1, 'ratio', 'A260/230', 1.8, true, 2.4, true, 1, 'QC-2 default: A260/230 1.8-2.4', now(), 'qaqc'),
    (gen_random_uuid(), 'a260_230', 'rna', 1, 'ratio', 'A260/230', 1.8, true, 2.4, true, 1, 'QC-2 default: A260/230 1.8-2.4', now(), 'qaqc'),
    (gen_random_uuid(), 'concentration', 'dna', 1, 'ng/uL', 'gDNA concentration', NULL, true, 1000, true, 1, 'QC-2 default: gDNA <= 1 ug/uL', now(), 'qaqc'),
    (gen_random_uuid(), 'volume', 'dna', 1, 'uL', 'gDNA volume', 10, true, NULL, true, 1, 'QC-2 default: gDNA >= 10 uL', now(), 'qaqc'),
    (gen_random_uuid(), 'concentration', 'library', 1, 'ng/uL', 'Submitted library concentration (Qubit)', 5, true, NULL, true, 1, 'QC-2 default: submitted library >= 5 ng/uL (Qubit)', now(), 'qaqc'),
    (gen_random_uuid(), 'molarity', 'library', 1, 'nM', 'Pre-made library molarity', 10, true, NULL, true, 1, 'QC-2 default: pre-made library >= 10 nM', now(), 'qaqc'),
    (gen_random_uuid(), 'volume', 'library', 1, 'uL', 'Pre-made library volume', 15, true, NULL, true, 1, 'QC-2 default: pre-made library in >= 15 uL', now(), 'qaqc');
