package org.tracseq.storage.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.db.ServiceDatabase;
import org.tracseq.storage.domain.EventKind;

/** The append-only event log (ST-8; the table's trigger refuses updates and deletes). */
@ApplicationScoped
public class EventRepository {
    private static final String COLUMNS = "id, kind, sample_id, barcode, from_box, from_position, to_box, to_position, "
            + "location_id, actor, at, condition, note, detail";

    @Inject
    ServiceDatabase database;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(database.dataSource());
    }

    /** One event as written and read. {@code locations}: every location id it touches, for per-location reads. */
    public record Event(
            long id,
            EventKind kind,
            UUID sampleId,
            String barcode,
            UUID fromBox,
            String fromPosition,
            UUID toBox,
            String toPosition,
            UUID locationId,
            String actor,
            Instant at,
            String condition,
            String note,
            String detail) {}

    public long append(
            EventKind kind,
            UUID sampleId,
            String barcode,
            UUID fromBox,
            String fromPosition,
            UUID toBox,
            String toPosition,
            UUID locationId,
            Set<UUID> locations,
            String actor,
            Instant at,
            String condition,
            String note,
            String detail) {
        return jdbc.one(
                        "INSERT INTO events (kind, sample_id, barcode, from_box, from_position, to_box, to_position, "
                                + "location_id, locations, actor, at, condition, note, detail) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        row -> row.getLong(1),
                        kind.wireValue(),
                        Jdbc.orNull(sampleId, Jdbc.Null.UUID),
                        Jdbc.orNull(barcode, Jdbc.Null.TEXT),
                        Jdbc.orNull(fromBox, Jdbc.Null.UUID),
                        Jdbc.orNull(fromPosition, Jdbc.Null.TEXT),
                        Jdbc.orNull(toBox, Jdbc.Null.UUID),
                        Jdbc.orNull(toPosition, Jdbc.Null.TEXT),
                        Jdbc.orNull(locationId, Jdbc.Null.UUID),
                        Jdbc.ids(List.copyOf(new LinkedHashSet<>(locations))),
                        actor,
                        at,
                        Jdbc.orNull(condition, Jdbc.Null.TEXT),
                        Jdbc.orNull(note, Jdbc.Null.TEXT),
                        Jdbc.orNull(detail, Jdbc.Null.TEXT))
                .orElseThrow();
    }

    public Event find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM events WHERE id = ?", EventRepository::event, id)
                .orElseThrow();
    }

    public List<Event> ofSample(UUID sampleId, int offset, int limit) {
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM events WHERE sample_id = ? ORDER BY id LIMIT ? OFFSET ?",
                EventRepository::event,
                sampleId,
                limit,
                offset);
    }

    public long countOfSample(UUID sampleId) {
        return jdbc.count("SELECT count(*) FROM events WHERE sample_id = ?", sampleId);
    }

    public List<Event> ofLocation(UUID locationId, int offset, int limit) {
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM events WHERE locations @> ARRAY[?]::uuid[] "
                        + "ORDER BY id DESC LIMIT ? OFFSET ?",
                EventRepository::event,
                locationId,
                limit,
                offset);
    }

    public long countOfLocation(UUID locationId) {
        return jdbc.count("SELECT count(*) FROM events WHERE locations @> ARRAY[?]::uuid[]", locationId);
    }

    public long countAll() {
        return jdbc.count("SELECT count(*) FROM events");
    }

    private static Event event(ResultSet row) throws SQLException {
        return new Event(
                row.getLong("id"),
                EventKind.fromWire(row.getString("kind")),
                Jdbc.uuid(row, "sample_id"),
                row.getString("barcode"),
                Jdbc.uuid(row, "from_box"),
                row.getString("from_position"),
                Jdbc.uuid(row, "to_box"),
                row.getString("to_position"),
                Jdbc.uuid(row, "location_id"),
                row.getString("actor"),
                Jdbc.instant(row, "at"),
                row.getString("condition"),
                row.getString("note"),
                row.getString("detail"));
    }
}
