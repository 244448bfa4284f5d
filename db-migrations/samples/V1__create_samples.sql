-- The samples service's schema. The application enforces DOMAIN.md SM-TYPES, SM-STATUS and SM-1..SM-4;
-- the constraints below make the same rules hold for anything that writes here, and under concurrency.
-- Foreign keys to samples are checked at commit, so a transaction may write a sample and its
-- history rows in any order (JPA does not order inserts of unrelated entities).

CREATE TABLE samples (
    id                 uuid        PRIMARY KEY,
    barcode            text        NOT NULL,
    name               text        NOT NULL,
    type               text        NOT NULL,
    status             text        NOT NULL,
    description        text,
    -- Initial and available volume share one unit (SM-1: both >= 0, available <= initial).
    volume_unit        text,
    initial_volume     numeric,
    available_volume   numeric,
    concentration      numeric,
    concentration_unit text,
    -- A JSON object of free-form lab attributes, written and read by the service only.
    metadata           text,
    created_at         timestamptz NOT NULL,
    created_by         text        NOT NULL,
    updated_at         timestamptz NOT NULL,
    CONSTRAINT samples_barcode_unique UNIQUE (barcode),
    CONSTRAINT samples_barcode_format CHECK (barcode ~ '^[A-Z0-9-]{8,50}$'),
    CONSTRAINT samples_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
    CONSTRAINT samples_type_known CHECK (type IN ('dna', 'rna', 'protein', 'cell_culture', 'tissue', 'blood',
        'serum', 'plasma', 'urine', 'saliva', 'swab', 'environmental', 'other')),
    CONSTRAINT samples_status_known CHECK (status IN ('pending', 'validated', 'in_storage', 'in_sequencing',
        'completed', 'failed', 'rejected', 'discarded', 'archived', 'deleted')),
    CONSTRAINT samples_volume_unit_known CHECK (volume_unit IN ('nl', 'ul', 'ml', 'l')),
    CONSTRAINT samples_volumes_recorded_together CHECK (
        (initial_volume IS NULL) = (available_volume IS NULL) AND (initial_volume IS NULL) = (volume_unit IS NULL)),
    CONSTRAINT samples_volumes_not_negative CHECK (initial_volume >= 0 AND available_volume >= 0),
    CONSTRAINT samples_available_within_initial CHECK (available_volume <= initial_volume),
    CONSTRAINT samples_concentration_unit_known CHECK (concentration_unit IN ('pg_per_ul', 'ng_per_ul', 'ug_per_ul',
        'ng_per_ml', 'ug_per_ml', 'mg_per_ml', 'pm', 'nm', 'um', 'cells_per_ml')),
    CONSTRAINT samples_concentration_with_unit CHECK ((concentration IS NULL) = (concentration_unit IS NULL)),
    CONSTRAINT samples_concentration_not_negative CHECK (concentration >= 0)
);
CREATE INDEX samples_created_at ON samples (created_at, id);
CREATE INDEX samples_status ON samples (status);

-- Parent -> child links (SM-2). Append-only: a link and its relation never change.
CREATE TABLE sample_lineage (
    parent_id    uuid        NOT NULL REFERENCES samples (id) DEFERRABLE INITIALLY DEFERRED,
    child_id     uuid        NOT NULL REFERENCES samples (id) DEFERRABLE INITIALLY DEFERRED,
    relation     text        NOT NULL,
    volume_taken numeric,
    volume_unit  text,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    PRIMARY KEY (parent_id, child_id),
    CONSTRAINT sample_lineage_not_self CHECK (parent_id <> child_id),
    CONSTRAINT sample_lineage_relation_known CHECK (relation IN ('aliquot', 'derived', 'pooled')),
    CONSTRAINT sample_lineage_volume_with_unit CHECK ((volume_taken IS NULL) = (volume_unit IS NULL)),
    CONSTRAINT sample_lineage_volume_not_negative CHECK (volume_taken >= 0),
    CONSTRAINT sample_lineage_aliquot_has_volume CHECK (relation <> 'aliquot' OR volume_taken IS NOT NULL)
);
CREATE INDEX sample_lineage_child ON sample_lineage (child_id);

-- Every status a sample had (SM-STATUS): who, when, from, to and why.
CREATE SEQUENCE sample_status_history_id_seq INCREMENT BY 50;
CREATE TABLE sample_status_history (
    id          bigint      PRIMARY KEY,
    sample_id   uuid        NOT NULL REFERENCES samples (id) DEFERRABLE INITIALLY DEFERRED,
    from_status text,
    to_status   text        NOT NULL,
    reason      text,
    actor       text        NOT NULL,
    changed_at  timestamptz NOT NULL,
    CONSTRAINT sample_status_history_changes CHECK (from_status IS DISTINCT FROM to_status),
    CONSTRAINT sample_status_history_rejection_reason CHECK (
        to_status <> 'rejected' OR char_length(btrim(reason)) > 0)
);
CREATE INDEX sample_status_history_sample ON sample_status_history (sample_id, id);

-- Who changed what, when and why, one row per changed field.
CREATE SEQUENCE sample_audit_id_seq INCREMENT BY 50;
CREATE TABLE sample_audit (
    id          bigint      PRIMARY KEY,
    sample_id   uuid        NOT NULL REFERENCES samples (id) DEFERRABLE INITIALLY DEFERRED,
    action      text        NOT NULL,
    field       text,
    old_value   text,
    new_value   text,
    reason      text,
    actor       text        NOT NULL,
    recorded_at timestamptz NOT NULL,
    CONSTRAINT sample_audit_action_known CHECK (action IN ('created', 'updated', 'status_changed', 'volume_taken',
        'parent_linked'))
);
CREATE INDEX sample_audit_sample ON sample_audit (sample_id, id);

-- History is never rewritten: lineage, status history and audit rows cannot be updated or deleted.
CREATE FUNCTION refuse_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER sample_lineage_append_only BEFORE UPDATE OR DELETE ON sample_lineage
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER sample_status_history_append_only BEFORE UPDATE OR DELETE ON sample_status_history
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER sample_audit_append_only BEFORE UPDATE OR DELETE ON sample_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
