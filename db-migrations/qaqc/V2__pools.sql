-- A sequencing pool is a QC subject of its own (kind 'pool'), known from sequencing's
-- sequencing.pool.created events; its results are judged by the definitions for 'pool'.
CREATE TABLE known_pools (
    id      uuid   NOT NULL PRIMARY KEY,
    name    text,
    version bigint NOT NULL
);

-- The check V1 declared inline is named results_subject_kind_check by PostgreSQL.
ALTER TABLE results DROP CONSTRAINT results_subject_kind_check;
ALTER TABLE results ADD CONSTRAINT results_subject_kind_check CHECK (subject_kind IN ('sample', 'library', 'pool'));

-- DOMAIN.md has no threshold for a pool; the closest is QC-2's pre-made library (>= 10 nM in
-- >= 15 uL), which is what a pool handed to the sequencer is. Version 1, as V1 seeded the others.
INSERT INTO metric_definitions (id, metric, applies_to, version, unit, label, pass_min, pass_min_inclusive,
                                pass_max, pass_max_inclusive, verifications_required, reason, created_at, created_by)
VALUES
    (gen_random_uuid(), 'molarity', 'pool', 1, 'nM', 'Pool molarity', 10, true, NULL, true, 1, 'QC-2 default for a pre-made library (the closest rule for a pool): >= 10 nM', now(), 'qaqc'),
    (gen_random_uuid(), 'volume', 'pool', 1, 'uL', 'Pool volume', 15, true, NULL, true, 1, 'QC-2 default for a pre-made library (the closest rule for a pool): in >= 15 uL', now(), 'qaqc');
