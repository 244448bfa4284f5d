-- LB-4: the index catalogue. A kit is one version of a family of named indexes; a newer version
-- supersedes it (the old one stays, readable, never used for new libraries). One current version per
-- name. A kit's indexes are replaced only while no library uses the kit (checked in the service).
CREATE TABLE kits (
    id            uuid        NOT NULL PRIMARY KEY,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    version       integer     NOT NULL CHECK (version >= 1),
    status        text        NOT NULL CHECK (status IN ('current', 'superseded')),
    -- Deferred: the old version points at the new one, inserted after it stops being current.
    superseded_by uuid        REFERENCES kits (id) DEFERRABLE INITIALLY DEFERRED,
    indexing      text        NOT NULL CHECK (indexing IN ('single', 'combinatorial', 'unique_dual')),
    adapter       text,
    layout        text        NOT NULL CHECK (layout IN ('column_wise', 'row_wise')),
    source        text        NOT NULL,
    imported_at   timestamptz NOT NULL,
    imported_by   text        NOT NULL,
    CONSTRAINT kits_name_version UNIQUE (name, version),
    CHECK ((status = 'superseded') = (superseded_by IS NOT NULL))
);
CREATE UNIQUE INDEX kits_one_current_version ON kits (name) WHERE status = 'current';

CREATE TABLE kit_indexes (
    kit_id   uuid     NOT NULL REFERENCES kits (id),
    position smallint NOT NULL CHECK (position >= 0),
    read     text     NOT NULL CHECK (read IN ('i7', 'i5')),
    name     text     NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    sequence text     NOT NULL CHECK (sequence ~ '^[ACGT]{4,24}$'),
    PRIMARY KEY (kit_id, position),
    CONSTRAINT kit_indexes_name_once_per_read UNIQUE (kit_id, read, name)
);

-- The library-prep protocols (seeded in V2): input mass, sample types (comma-separated SM-TYPES), and
-- the mean fragment size the library is expected to have.
CREATE TABLE protocols (
    code            text    NOT NULL PRIMARY KEY,
    name            text    NOT NULL UNIQUE,
    min_input_ng    numeric NOT NULL CHECK (min_input_ng >= 0),
    max_input_ng    numeric NOT NULL CHECK (max_input_ng >= min_input_ng),
    sample_types    text    NOT NULL,
    min_fragment_bp integer NOT NULL CHECK (min_fragment_bp >= 1),
    max_fragment_bp integer NOT NULL CHECK (max_fragment_bp >= min_fragment_bp)
);

CREATE TABLE plates (
    id         uuid        NOT NULL PRIMARY KEY,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    format     smallint    NOT NULL CHECK (format IN (96, 384)),
    kit_id     uuid        NOT NULL REFERENCES kits (id),
    protocol   text        NOT NULL REFERENCES protocols (code),
    created_at timestamptz NOT NULL,
    created_by text        NOT NULL
);

-- LB-1: a library, made from a sample; its tube is a derived child sample in the samples service
-- (library_sample_id, barcode). LB-2: the molarity is stored with the concentration and fragment
-- size it was computed from; a normalisation (LB-3) changes all three together.
CREATE TABLE libraries (
    id                      uuid        NOT NULL PRIMARY KEY,
    name                    text        NOT NULL,
    sample_id               uuid        NOT NULL,
    sample_barcode          text        NOT NULL,
    library_sample_id       uuid        NOT NULL UNIQUE,
    barcode                 text        NOT NULL UNIQUE,
    kit_id                  uuid        NOT NULL REFERENCES kits (id),
    protocol                text        NOT NULL REFERENCES protocols (code),
    i7_name                 text        NOT NULL,
    i7                      text        NOT NULL CHECK (i7 ~ '^[ACGT]{4,24}$'),
    i5_name                 text,
    i5                      text        CHECK (i5 ~ '^[ACGT]{4,24}$'),
    concentration_ng_per_ul numeric     NOT NULL CHECK (concentration_ng_per_ul > 0),
    mean_fragment_bp        integer     NOT NULL CHECK (mean_fragment_bp >= 1),
    volume_ul               numeric     NOT NULL CHECK (volume_ul > 0),
    input_volume_ul         numeric     NOT NULL CHECK (input_volume_ul > 0),
    input_ng                numeric     CHECK (input_ng >= 0),
    molarity_nm             numeric     NOT NULL CHECK (molarity_nm >= 0),
    plate_id                uuid        REFERENCES plates (id),
    well                    text,
    warnings                text        NOT NULL DEFAULT '',
    created_at              timestamptz NOT NULL,
    created_by              text        NOT NULL,
    CHECK ((i5 IS NULL) = (i5_name IS NULL)),
    CHECK ((plate_id IS NULL) = (well IS NULL)),
    CONSTRAINT libraries_one_per_well UNIQUE (plate_id, well)
);
CREATE INDEX libraries_sample ON libraries (sample_id);
CREATE INDEX libraries_kit ON libraries (kit_id);
CREATE INDEX libraries_created ON libraries (created_at DESC, id);

-- LB-3: every normalisation step, never changed.
CREATE TABLE normalisations (
    id                           uuid        NOT NULL PRIMARY KEY,
    library_id                   uuid        NOT NULL REFERENCES libraries (id),
    from_concentration_ng_per_ul numeric     NOT NULL,
    from_volume_ul               numeric     NOT NULL,
    to_concentration_ng_per_ul   numeric     NOT NULL,
    to_volume_ul                 numeric     NOT NULL,
    diluent_ul                   numeric     NOT NULL,
    molarity_nm                  numeric     NOT NULL,
    note                         text,
    at                           timestamptz NOT NULL,
    by_actor                     text        NOT NULL
);
CREATE INDEX normalisations_library ON normalisations (library_id, at);

-- Who changed what, when: every kit import, correction and supersession, every library, plate and
-- normalisation. Never changed.
CREATE TABLE audit_log (
    id        uuid        NOT NULL PRIMARY KEY,
    at        timestamptz NOT NULL,
    actor     text        NOT NULL,
    entity    text        NOT NULL CHECK (entity IN ('kit', 'library', 'plate')),
    entity_id uuid        NOT NULL,
    action    text        NOT NULL,
    detail    text
);
CREATE INDEX audit_log_entity ON audit_log (entity_id, at);

CREATE TRIGGER normalisations_append_only BEFORE UPDATE OR DELETE ON normalisations
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER normalisations_no_truncate BEFORE TRUNCATE ON normalisations
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
