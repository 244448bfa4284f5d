-- ST-1: the storage hierarchy. Each row keeps its path (ancestor ids, facility first, itself last)
-- so "everything inside X" is one GIN lookup, and the zone of its storage unit (ST-4), copied down
-- to shelves, racks and boxes. capacity/occupied count box positions at or below the row (ST-5);
-- they change in the transaction that changes a placement.
CREATE TABLE locations (
    id              uuid        NOT NULL PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('facility', 'room', 'freezer', 'refrigerator',
                                                         'incubator', 'ln2_tank', 'shelf', 'rack', 'box')),
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    parent_id       uuid        REFERENCES locations (id),
    path            uuid[]      NOT NULL,
    depth           smallint    NOT NULL CHECK (depth BETWEEN 0 AND 4),
    zone            text        CHECK (zone IN ('minus_80', 'minus_20', 'plus_4', 'room_temperature',
                                                'liquid_nitrogen', 'incubator_37')),
    box_rows        smallint    CHECK (box_rows BETWEEN 1 AND 26),
    box_columns     smallint    CHECK (box_columns BETWEEN 1 AND 99),
    -- ST-2: set by the first placement, never cleared.
    geometry_locked boolean     NOT NULL DEFAULT false,
    capacity        integer     NOT NULL DEFAULT 0,
    occupied        integer     NOT NULL DEFAULT 0,
    description     text,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    CHECK ((kind = 'facility') = (parent_id IS NULL)),
    CHECK ((kind = 'box') = (box_rows IS NOT NULL AND box_columns IS NOT NULL)),
    CHECK (kind <> 'box' OR capacity = box_rows * box_columns),
    CHECK (occupied BETWEEN 0 AND capacity),
    CHECK (path[array_length(path, 1)] = id)
);
CREATE UNIQUE INDEX locations_sibling_names ON locations (parent_id, name) WHERE parent_id IS NOT NULL;
CREATE UNIQUE INDEX locations_facility_names ON locations (name) WHERE parent_id IS NULL;
CREATE INDEX locations_path ON locations USING gin (path);
CREATE INDEX locations_kind_zone ON locations (kind, zone);
-- "N free positions in a zone": boxes with room, in storage order, straight from an index.
CREATE INDEX locations_boxes_with_room ON locations (zone, name, id) WHERE kind = 'box' AND occupied < capacity;

-- Samples this service has held. The type is the samples service's at first placement (ST-4);
-- discarded is final (ST-7).
CREATE TABLE items (
    sample_id         uuid        NOT NULL PRIMARY KEY,
    barcode           text        NOT NULL UNIQUE,
    sample_type       text        NOT NULL,
    state             text        NOT NULL CHECK (state IN ('stored', 'checked_out', 'released', 'discarded')),
    freeze_thaw_count integer     NOT NULL DEFAULT 0 CHECK (freeze_thaw_count >= 0),
    updated_at        timestamptz NOT NULL
);

-- ST-3 in the database: one item per position (the primary key) and one position per item. A
-- checked-out item keeps its row: the position stays reserved (ST-6).
CREATE TABLE placements (
    box_id     uuid        NOT NULL REFERENCES locations (id),
    row_no     smallint    NOT NULL CHECK (row_no BETWEEN 1 AND 26),
    col_no     smallint    NOT NULL CHECK (col_no BETWEEN 1 AND 99),
    sample_id  uuid        NOT NULL REFERENCES items (sample_id),
    placed_at  timestamptz NOT NULL,
    placed_by  text        NOT NULL,
    CONSTRAINT placements_one_item_per_position PRIMARY KEY (box_id, row_no, col_no),
    CONSTRAINT placements_one_position_per_item UNIQUE (sample_id)
);

-- ST-8 (and the ST-5/ST-9 events of locations): append-only. `locations` holds every location id
-- the event touches (both paths of a move, the path of a unit with an alert) for per-location reads.
CREATE TABLE events (
    id            bigserial   NOT NULL PRIMARY KEY,
    kind          text        NOT NULL CHECK (kind IN ('received', 'receipt_failed', 'placed', 'moved',
                                                       'checked_out', 'checked_in', 'released', 'discarded',
                                                       'capacity_changed', 'temperature_alert',
                                                       'alert_acknowledged')),
    sample_id     uuid,
    barcode       text,
    from_box      uuid,
    from_position text,
    to_box        uuid,
    to_position   text,
    location_id   uuid,
    locations     uuid[]      NOT NULL DEFAULT '{}',
    actor         text        NOT NULL,
    at            timestamptz NOT NULL,
    condition     text,
    note          text,
    detail        text,
    CHECK (kind <> 'receipt_failed' OR (note IS NOT NULL AND length(btrim(note)) > 0))
);
CREATE INDEX events_sample ON events (sample_id, id) WHERE sample_id IS NOT NULL;
CREATE INDEX events_locations ON events USING gin (locations);

CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'custody events are append-only (ST-8)' USING ERRCODE = 'P0001';
END;
$$;
CREATE TRIGGER events_no_update_or_delete BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_append_only();

-- ST-9: readings per storage unit (kept when the unit is deleted: no foreign key) and alerts, at
-- most one open alert per unit.
CREATE TABLE sensor_readings (
    id           bigserial     NOT NULL PRIMARY KEY,
    unit_id      uuid          NOT NULL,
    sensor_id    text,
    temperature  numeric(7, 2) NOT NULL,
    measured_at  timestamptz   NOT NULL,
    within_range boolean       NOT NULL,
    recorded_at  timestamptz   NOT NULL,
    recorded_by  text          NOT NULL
);
CREATE INDEX sensor_readings_unit ON sensor_readings (unit_id, measured_at DESC, id DESC);

CREATE TABLE alerts (
    id                uuid          NOT NULL PRIMARY KEY,
    unit_id           uuid          NOT NULL,
    unit_name         text          NOT NULL,
    zone              text          NOT NULL,
    kind              text          NOT NULL CHECK (kind IN ('too_warm', 'too_cold')),
    minimum           numeric(7, 2) NOT NULL,
    maximum           numeric(7, 2) NOT NULL,
    first_temperature numeric(7, 2) NOT NULL,
    last_temperature  numeric(7, 2) NOT NULL,
    readings          integer       NOT NULL DEFAULT 1,
    raised_at         timestamptz   NOT NULL,
    acknowledged_at   timestamptz,
    acknowledged_by   text,
    note              text
);
CREATE UNIQUE INDEX alerts_one_open_per_unit ON alerts (unit_id) WHERE acknowledged_at IS NULL;
CREATE INDEX alerts_raised ON alerts (raised_at DESC);
