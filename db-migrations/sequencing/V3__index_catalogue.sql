-- library-prep's index catalogue (LB-4) as its events announce it (library-prep.kit.imported /
-- .superseded): CB-1 suggestions come from the current kits, unknown barcodes are named from every
-- kit. version is the kit aggregate's last imported event applied, so a late older one changes
-- nothing; indexing is null while only the supersession has been seen. superseded_by never goes back.
CREATE TABLE catalogue_kits (
    id            uuid    NOT NULL PRIMARY KEY,
    name          text    NOT NULL,
    kit_version   integer NOT NULL,
    indexing      text    CHECK (indexing IN ('single', 'combinatorial', 'unique_dual')),
    superseded_by uuid,
    version       bigint  NOT NULL
);

-- A kit's indexes in the kit's order; replaced whole when a correction is announced.
CREATE TABLE catalogue_indexes (
    kit_id   uuid    NOT NULL REFERENCES catalogue_kits (id),
    position integer NOT NULL,
    read     text    NOT NULL CHECK (read IN ('i7', 'i5')),
    name     text    NOT NULL,
    sequence text    NOT NULL,
    PRIMARY KEY (kit_id, position)
);
